package org.emporium.payment;

/**
 * A payment's life: PENDING until the gateway says PAID or DECLINED (FAILED), or until it is CLOSED (expired, its
 * orders cancelled, or replaced by another method). A gateway may still report PAID for a FAILED or CLOSED payment
 * (money taken late); the shop then accepts it and refunds whatever can no longer be delivered. Cash on delivery
 * is COLLECT_ON_DELIVERY until the carrier hands over the goods and takes the money.
 */
public enum PaymentStatus {
    PENDING,
    PAID,
    FAILED,
    CLOSED,
    COLLECT_ON_DELIVERY;

    /** The statuses a gateway's "paid" may still move a payment out of. */
    public boolean canBecomePaid() {
        return this == PENDING || this == FAILED || this == CLOSED;
    }
}
