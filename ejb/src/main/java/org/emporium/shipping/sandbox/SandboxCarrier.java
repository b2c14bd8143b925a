package org.emporium.shipping.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.platform.InvalidWebhookException;
import org.emporium.platform.WebhookSignature;
import org.emporium.shipping.spi.Carrier;

/**
 * The shop's side of the sandbox carrier ({@code sandbox-express}): registers waybills and verifies its tracking
 * webhooks (HMAC-SHA256 over timestamp and raw body with {@code EMPORIUM_SANDBOX_CARRIER_KEY}, in constant time,
 * within {@code EMPORIUM_CARRIER_WEBHOOK_WINDOW}, default five minutes).
 */
@ApplicationScoped
public class SandboxCarrier implements Carrier {

    public static final String TIMESTAMP_HEADER = "X-Carrier-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Carrier-Signature";

    @Inject
    SandboxCourier courier;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "EMPORIUM_SANDBOX_CARRIER_KEY")
    String signingKey;

    @Inject
    @ConfigProperty(name = "EMPORIUM_CARRIER_WEBHOOK_WINDOW", defaultValue = "PT5M")
    String window;

    @Override
    public String name() {
        return "sandbox-express";
    }

    @Override
    public String register(Waybill waybill) {
        return courier.register(waybill);
    }

    @Override
    public java.util.List<Event> track(String trackingNo) {
        return courier.track(trackingNo);
    }

    @Override
    public Event verify(Map<String, String> headers, byte[] rawBody) {
        new WebhookSignature(signingKey).verify(headers, TIMESTAMP_HEADER, SIGNATURE_HEADER, rawBody,
                Duration.parse(window), clock.instant());
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(rawBody))) {
            JsonObject body = reader.readObject();
            return new Event(body.getString("eventId"), body.getString("trackingNo"), body.getString("code"),
                    body.getString("city", null), body.getString("description", null),
                    Instant.parse(body.getString("occurredAt")));
        } catch (JsonException | ClassCastException | NullPointerException | DateTimeParseException e) {
            throw InvalidWebhookException.malformed("The webhook body is not what the carrier sends");
        }
    }
}
