package org.emporium.order;

/** An order was completed (确认收货, automatically after delivery, or picked up): membership earns on it. */
public record OrderCompleted(long buyerId, String orderNo) {
}
