package org.emporium.order;

/** An order was cancelled: by its buyer, by staff, or because it was not paid in time ({@code reason}). */
public record OrderCancelled(long buyerId, String orderNo, String reason) {
}
