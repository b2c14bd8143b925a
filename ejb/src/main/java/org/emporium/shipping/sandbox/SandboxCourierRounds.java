package org.emporium.shipping.sandbox;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.platform.WebhookSignature;

/** The sandbox carrier's rounds: every two seconds, each parcel whose next step is due is reported by webhook. */
@Singleton
public class SandboxCourierRounds {

    private static final Logger LOG = Logger.getLogger(SandboxCourierRounds.class.getName());

    @Inject
    SandboxCourier courier;

    @Inject
    @ConfigProperty(name = "EMPORIUM_SANDBOX_CARRIER_KEY")
    String signingKey;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void report() {
        for (Long id : courier.due(50)) {
            try {
                SandboxCourier.Report report = courier.claim(id);
                if (report != null) {
                    courier.reported(id, report.url() == null || send(report));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Waybill " + id + " is reported elsewhere; left to the next round", e);
            }
        }
    }

    private boolean send(SandboxCourier.Report report) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(report.url()))
                    .timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .header(SandboxCarrier.TIMESTAMP_HEADER, report.timestamp())
                    .header(SandboxCarrier.SIGNATURE_HEADER,
                            new WebhookSignature(signingKey).sign(report.timestamp(), report.body()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(report.body()))
                    .build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                LOG.warning("Sandbox carrier: webhook to " + report.url() + " answered " + status);
            }
            return status / 100 == 2;
        } catch (IOException | IllegalArgumentException e) {
            LOG.warning("Sandbox carrier: webhook to " + report.url() + " failed: " + e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
