package org.emporium.shipping;

/** Where a parcel is: on its way (SHIPPED), handed over (DELIVERED), or stuck (EXCEPTION, e.g. 派送失败). */
public enum ShipmentStatus {
    SHIPPED,
    DELIVERED,
    EXCEPTION
}
