package org.emporium.promotion;

/** A running promotion as the pricing engine sees it: what it is called, what it does and to which items. */
public sealed interface Offer permits FlashSale, BuyMoreGetFree, MemberPrice, TieredPrice,
        TimedDiscount, Gift, ThresholdReduction, CouponOffer, PointsDeduction {

    long id();

    String name();

    String nameEn();

    Scope scope();

    PromotionKind kind();
}
