package org.emporium.payment.spi;

import java.time.Instant;
import java.util.Map;
import org.emporium.platform.Money;
import org.emporium.platform.InvalidWebhookException;

/**
 * A payment service the shop talks to (支付渠道): Alipay, WeChat Pay, a card acquirer — or the built-in sandbox.
 * Implementations are CDI beans; {@link org.emporium.payment.Payments} picks the one that {@link #handles} the
 * method the shopper chose. Everything crossing this boundary is what a real third party would see or say: never a
 * card number, and notifications only as raw bytes plus headers, which the gateway itself verifies.
 */
public interface PaymentGateway {

    /** The gateway's name in callback URLs and notification records, e.g. {@code sandbox}. */
    String name();

    /** True for the payment methods (API codes such as {@code sandbox-alipay}) this gateway serves. */
    boolean handles(String method);

    /** Opens a trade at the gateway; the shopper pays on the returned page. */
    Trade open(TradeRequest request);

    /** Asks the gateway what became of a payment (for notifications that never arrived). */
    Status query(String paymentNo);

    /**
     * Checks a notification exactly as received: signature over the raw body, time window, format. Anything that
     * fails is an {@link InvalidWebhookException}; nothing about the payment is decided here.
     */
    Notification verify(Map<String, String> headers, byte[] rawBody);

    /** Refunds part or all of a paid trade; the refund number makes a repeated request harmless. */
    RefundResult refund(RefundRequest request);

    /** Closes a trade nobody paid, so it can no longer be paid; answers what the trade is now. */
    Status close(String paymentNo);

    /** What became of a trade at the gateway. */
    enum Outcome {
        WAITING,
        PAID,
        DECLINED,
        CLOSED,
        UNKNOWN
    }

    record TradeRequest(String paymentNo, String method, Money amount, int installments, String subject,
                        String notifyUrl, String returnUrl, Instant expiresAt) {
    }

    record Trade(String tradeNo, String payUrl) {
    }

    record Status(Outcome outcome, String tradeNo, Money amount, Instant at) {
    }

    /** A verified notification; {@code eventId} is the same for every copy of one event (duplicates). */
    record Notification(String eventId, String paymentNo, String tradeNo, Outcome outcome, Money amount,
                        Instant at) {
    }

    record RefundRequest(String paymentNo, String tradeNo, String refundNo, Money amount, String reason) {
    }

    record RefundResult(boolean succeeded, String gatewayRefundNo, String failure) {
    }
}
