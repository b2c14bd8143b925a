package org.emporium.payment.sandbox;

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
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.platform.InvalidWebhookException;
import org.emporium.payment.spi.PaymentGateway;
import org.emporium.platform.Money;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.WebhookSignature;

/**
 * The shop's side of the sandbox gateway: opens trades, verifies its notifications (HMAC-SHA256 over timestamp and
 * raw body, in constant time, within the replay window {@code EMPORIUM_PAYMENT_CALLBACK_WINDOW}, default five
 * minutes), asks for status, refunds and closes. The signing key comes from configuration
 * ({@code EMPORIUM_SANDBOX_SIGNING_KEY}); the demo default is for the embedded demo only. A shop that takes real
 * money switches the sandbox off ({@code EMPORIUM_PAYMENT_SANDBOX=false}): its methods, page and API disappear.
 */
@ApplicationScoped
public class SandboxGateway implements PaymentGateway {

    public static final String TIMESTAMP_HEADER = "X-Sandbox-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Sandbox-Signature";

    private static final Set<String> METHODS = Set.of("sandbox-alipay", "sandbox-wechat", "sandbox-card");

    @Inject
    SandboxAcquirer acquirer;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "EMPORIUM_SANDBOX_SIGNING_KEY")
    String signingKey;

    @Inject
    @ConfigProperty(name = "EMPORIUM_PAYMENT_CALLBACK_WINDOW", defaultValue = "PT5M")
    String window;

    /** The sandbox takes no real money: a shop with real gateways switches it off. */
    @Inject
    @ConfigProperty(name = "EMPORIUM_PAYMENT_SANDBOX", defaultValue = "true")
    boolean enabled;

    /** False when the shop switched the sandbox off: then its page and API answer "not found". */
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public boolean handles(String method) {
        return enabled && METHODS.contains(method);
    }

    @Override
    public Trade open(TradeRequest request) {
        SandboxTrade trade = acquirer.open(request);
        return new Trade(trade.getTradeNo(), SandboxAcquirer.payUrl(request.notifyUrl(), trade.getTradeNo()));
    }

    @Override
    public Status query(String paymentNo) {
        return acquirer.status(paymentNo);
    }

    @Override
    public Notification verify(Map<String, String> headers, byte[] rawBody) {
        if (!enabled) {
            throw new NotFoundException("Payment gateway sandbox");
        }
        new WebhookSignature(signingKey).verify(headers, TIMESTAMP_HEADER, SIGNATURE_HEADER, rawBody,
                Duration.parse(window), clock.instant());
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(rawBody))) {
            JsonObject body = reader.readObject();
            Outcome outcome = switch (body.getString("status")) {
                case "PAID" -> Outcome.PAID;
                case "DECLINED" -> Outcome.DECLINED;
                case "CLOSED" -> Outcome.CLOSED;
                default -> throw InvalidWebhookException.malformed("Unknown status " + body.getString("status"));
            };
            return new Notification(body.getString("eventId"), body.getString("paymentNo"),
                    body.getString("tradeNo"), outcome,
                    Money.of(body.getString("amount"), body.getString("currency")),
                    Instant.parse(body.getString("finishedAt")));
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException
                 | DateTimeParseException e) {
            throw InvalidWebhookException.malformed("The notification body is not what the gateway sends");
        }
    }

    @Override
    public RefundResult refund(RefundRequest request) {
        return acquirer.refund(request);
    }

    @Override
    public Status close(String paymentNo) {
        return acquirer.close(paymentNo);
    }
}
