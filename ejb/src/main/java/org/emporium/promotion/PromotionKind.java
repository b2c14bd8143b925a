package org.emporium.promotion;

/**
 * What a promotion does (促销类型). The pricing engine applies the kinds in the stages of {@link Stacking}: item
 * promotions first, then order promotions on what the items cost after them (DESIGN.md §3).
 */
public enum PromotionKind {
    /** 限时折扣: the items in scope sell at a rate of their price (0.80 = 8折) while the promotion runs. */
    TIMED_DISCOUNT,
    /** 满减 / 每满减: spend a threshold on the items in scope, so much comes off; tiers, or repeating. */
    THRESHOLD_REDUCTION,
    /** 优惠券: a coupon the shopper holds and chose (or was offered) at checkout. */
    COUPON
}
