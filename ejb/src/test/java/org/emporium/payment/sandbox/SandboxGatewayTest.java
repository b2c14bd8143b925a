package org.emporium.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.emporium.platform.InvalidWebhookException;
import org.emporium.payment.spi.PaymentGateway;
import org.emporium.platform.Money;
import org.junit.jupiter.api.Test;
import org.emporium.platform.WebhookSignature;

/** The shop believes a sandbox notification only when it is signed, fresh and well-formed. */
class SandboxGatewayTest {

    static final String KEY = "unit-test-signing-key-0123456789";
    static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

    private final SandboxGateway gateway = gateway();
    private final WebhookSignature signature = new WebhookSignature(KEY);

    private static SandboxGateway gateway() {
        SandboxGateway gateway = new SandboxGateway();
        gateway.signingKey = KEY;
        gateway.window = "PT5M";
        gateway.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        gateway.enabled = true;
        return gateway;
    }

    private static byte[] body(String amount) {
        return ("{\"eventId\":\"SBX1-PAID\",\"tradeNo\":\"SBX1\",\"paymentNo\":\"P20261129000000000001\","
                + "\"status\":\"PAID\",\"amount\":\"" + amount + "\",\"currency\":\"CNY\",\"method\":\"sandbox-alipay\","
                + "\"installments\":1,\"finishedAt\":\"2026-11-29T07:59:58Z\"}").getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, String> headers(long timestamp, byte[] body) {
        String ts = Long.toString(timestamp);
        return Map.of("x-sandbox-timestamp", ts, "X-Sandbox-Signature", signature.sign(ts, body));
    }

    @Test
    void aSignedFreshNotificationIsBelievedWithItsAmount() {
        byte[] body = body("128.50");
        PaymentGateway.Notification notice = gateway.verify(headers(NOW.getEpochSecond() - 30, body), body);
        assertThat(notice.outcome()).isEqualTo(PaymentGateway.Outcome.PAID);
        assertThat(notice.amount()).isEqualTo(Money.cny("128.50"));
        assertThat(notice.tradeNo()).isEqualTo("SBX1");
        assertThat(notice.paymentNo()).isEqualTo("P20261129000000000001");
    }

    @Test
    void aChangedBodyOrAnotherKeyFailsTheSignature() {
        byte[] body = body("128.50");
        Map<String, String> headers = headers(NOW.getEpochSecond(), body);
        assertThatThrownBy(() -> gateway.verify(headers, body("1.00")))
                .isInstanceOfSatisfying(InvalidWebhookException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.code()).isEqualTo("BAD_SIGNATURE");
                });
        String ts = Long.toString(NOW.getEpochSecond());
        String forged = new WebhookSignature("another-key-of-enough-length").sign(ts, body);
        assertThatThrownBy(() -> gateway.verify(Map.of("X-Sandbox-Timestamp", ts, "X-Sandbox-Signature", forged),
                body)).isInstanceOf(InvalidWebhookException.class);
        assertThatThrownBy(() -> gateway.verify(Map.of(), body)).isInstanceOf(InvalidWebhookException.class);
        assertThatThrownBy(() -> gateway.verify(Map.of("X-Sandbox-Timestamp", ts, "X-Sandbox-Signature", "zz"),
                body)).isInstanceOf(InvalidWebhookException.class);
    }

    @Test
    void aNotificationOutsideTheReplayWindowIsStale() {
        byte[] body = body("128.50");
        for (long offset : new long[] {-301, 301}) {
            assertThatThrownBy(() -> gateway.verify(headers(NOW.getEpochSecond() + offset, body), body))
                    .isInstanceOfSatisfying(InvalidWebhookException.class,
                            e -> assertThat(e.code()).isEqualTo("STALE_NOTIFICATION"));
        }
        assertThat(gateway.verify(headers(NOW.getEpochSecond() - 299, body), body)).isNotNull();
    }

    @Test
    void aSignedButMalformedBodyIsRefused() {
        byte[] body = "{\"status\":\"PAID\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> gateway.verify(headers(NOW.getEpochSecond(), body), body))
                .isInstanceOfSatisfying(InvalidWebhookException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void aSwitchedOffSandboxTakesNoMethodAndBelievesNothing() {
        SandboxGateway off = gateway();
        off.enabled = false;
        byte[] body = body("128.50");
        assertThat(off.handles("sandbox-alipay")).isFalse();
        assertThat(gateway.handles("sandbox-alipay")).isTrue();
        assertThat(gateway.handles("cod")).isFalse();
        assertThatThrownBy(() -> off.verify(headers(NOW.getEpochSecond(), body), body))
                .isInstanceOf(org.emporium.platform.NotFoundException.class);
    }

    @Test
    void cardNumbersAreCheckedByLuhn() {
        assertThat(SandboxAcquirer.luhn("4242424242424242")).isTrue();
        assertThat(SandboxAcquirer.luhn(SandboxAcquirer.DECLINED_CARD)).isTrue();
        assertThat(SandboxAcquirer.luhn("4242424242424241")).isFalse();
    }

    @Test
    void thePayPageLivesWhereTheNotificationsGo() {
        assertThat(SandboxAcquirer.payUrl("https://shop.example.com:8443/api/v1/payments/callback/sandbox", "SBX9"))
                .isEqualTo("https://shop.example.com:8443/sandbox-gateway/pay.xhtml?trade=SBX9");
    }
}
