package org.emporium.payment.sandbox;

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

/**
 * The sandbox gateway's outgoing notifications: every two seconds, each owed notification is POSTed to the
 * shop's notify URL with its signature, over real HTTP, outside any transaction. A shop that does not answer 2xx
 * is tried again with growing pauses, as Alipay and WeChat Pay do; several copies of one event may be delivered.
 */
@Singleton
public class SandboxNotifier {

    private static final Logger LOG = Logger.getLogger(SandboxNotifier.class.getName());

    @Inject
    SandboxAcquirer acquirer;

    @Inject
    @ConfigProperty(name = "EMPORIUM_SANDBOX_SIGNING_KEY")
    String signingKey;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendDue() {
        for (Long tradeId : acquirer.notificationsDue(50)) {
            SandboxAcquirer.Delivery delivery;
            try {
                delivery = acquirer.claim(tradeId);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Trade " + tradeId + " is being notified elsewhere", e);
                continue;
            }
            if (delivery != null) {
                send(delivery);
            }
        }
    }

    private void send(SandboxAcquirer.Delivery delivery) {
        boolean ok;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .header(SandboxGateway.TIMESTAMP_HEADER, delivery.timestamp())
                    .header(SandboxGateway.SIGNATURE_HEADER,
                            new WebhookSignature(signingKey).sign(delivery.timestamp(), delivery.body()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            ok = response.statusCode() / 100 == 2;
            if (!ok) {
                error = "HTTP " + response.statusCode() + " " + response.body();
            }
        } catch (IOException | IllegalArgumentException e) {
            ok = false;
            error = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ok = false;
            error = "interrupted";
        }
        if (!ok) {
            LOG.warning("Sandbox gateway: notification to " + delivery.url() + " failed: " + error);
        }
        acquirer.delivered(delivery.tradeId(), ok, error);
    }
}
