package org.emporium.shipping;

/**
 * A merchant handed a parcel of an order to a carrier (fired inside that transaction); {@code complete} when it
 * carried the order's last lines.
 */
public record OrderShipped(long buyerId, String orderNo, String carrier, String trackingNo, boolean complete) {
}
