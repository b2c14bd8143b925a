package org.emporium.payment;

/** Money went back to the buyer for an order (fired inside the refund's transaction). */
public record RefundCompleted(long buyerId, String orderNo, String refundNo, String amount, String reason) {
}
