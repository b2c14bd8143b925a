package org.emporium.promotion;

/**
 * What a promotion does (促销类型). The pricing engine applies the kinds in the stages of {@link Stacking}: item
 * promotions first, then order promotions on what the items cost after them, points last (DESIGN.md §3).
 */
public enum PromotionKind {
    /** 秒杀: one SKU at a set price for a window, from a quota of units, so many per member. */
    FLASH_SALE(true),
    /** 买N送M: of the units in scope, for every N bought M more (the cheapest) are free. */
    BUY_MORE_GET_FREE(true),
    /** 会员价: the member's level pays a rate of the list price. */
    MEMBER_PRICE(false),
    /** 阶梯价: the more units of an item, the lower each unit's price. */
    TIERED_PRICE(true),
    /** 限时折扣: the items in scope sell at a rate of their price (0.80 = 8折) while the promotion runs. */
    TIMED_DISCOUNT(true),
    /** 满赠 / 赠品: spend a minimum on the items in scope, a gift SKU comes free with the order. */
    GIFT(true),
    /** 满减 / 每满减: spend a threshold on the items in scope, so much comes off; tiers, or repeating. */
    THRESHOLD_REDUCTION(true),
    /** 优惠券: a coupon the shopper holds and chose (or was offered) at checkout. */
    COUPON(false),
    /** 积分抵扣: points the shopper pays with, up to a share of what the order costs by then. */
    POINTS(false);

    private final boolean campaign;

    PromotionKind(boolean campaign) {
        this.campaign = campaign;
    }

    /**
     * Made by staff as a {@link Promotion}, with a budget and statistics kept there; coupons, member prices and
     * points keep their own books.
     */
    public boolean campaign() {
        return campaign;
    }
}
