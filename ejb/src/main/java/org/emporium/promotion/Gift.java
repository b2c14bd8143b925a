package org.emporium.promotion;

import org.emporium.platform.Money;

/**
 * 满赠 / 赠品: when the items in scope cost at least {@code minimum} (after the item prices; nothing: any item in
 * scope), the checkout gets {@code quantity} units of the gift SKU free — a line of its own, or more units on the
 * line of that SKU when it is bought too. A gift takes nothing off what is bought; it is worth its list price, which
 * is the discount on the gift's line (and what the promotion's budget pays). Once per checkout, however much more is
 * bought.
 */
public record Gift(long id, String name, String nameEn, Scope scope, Money minimum, long giftSkuId, int quantity)
        implements Offer {

    public Gift {
        if (minimum.isNegative()) {
            throw new IllegalArgumentException("A gift's minimum spend is not below nothing: " + minimum);
        }
        if (quantity < 1 || quantity > 99) {
            throw new IllegalArgumentException("A gift is 1 to 99 units: " + quantity);
        }
    }

    @Override
    public PromotionKind kind() {
        return PromotionKind.GIFT;
    }

    /** Whether items in scope costing {@code eligible} earn the gift. */
    boolean earnedBy(Money eligible) {
        return eligible.compareTo(minimum) >= 0;
    }
}
