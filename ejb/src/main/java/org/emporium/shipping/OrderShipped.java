package org.emporium.shipping;

/** A merchant handed an order's parcel to a carrier (fired inside that transaction). */
public record OrderShipped(long buyerId, String orderNo, String carrier, String trackingNo) {
}
