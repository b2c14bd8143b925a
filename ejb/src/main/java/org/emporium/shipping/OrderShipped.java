package org.emporium.shipping;

/** A merchant handed a parcel of an order to a carrier (fired inside that transaction). */
public record OrderShipped(long buyerId, String orderNo, String carrier, String trackingNo) {
}
