package org.emporium.promotion;

/** A member's coupon: usable, used by a checkout (given back if its orders are cancelled), or past its time. */
public enum CouponStatus {
    AVAILABLE, USED, EXPIRED
}
