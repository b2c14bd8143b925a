package org.emporium.promotion;

/** How a template's coupons reach members (发放方式). */
public enum CouponIssuance {
    /** 领券中心: members claim them while the issue window is open. */
    CLAIM,
    /** 注册送券: every new member gets one. */
    REGISTRATION,
    /** 消费满额赠送: a member whose order completes at or above the spend threshold gets one. */
    SPEND,
    /** 定向发放: staff hand them to chosen members. */
    MANUAL,
    /** 积分兑换: members exchange points for them. */
    POINTS
}
