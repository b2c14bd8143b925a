package org.emporium.shipping;

/** A carrier reported a step of a parcel's journey (物流通知); fired once per event, inside its transaction. */
public record ParcelTracked(long buyerId, String orderNo, String carrier, String trackingNo, String code,
                            String city) {
}
