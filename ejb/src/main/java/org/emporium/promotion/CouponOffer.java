package org.emporium.promotion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.emporium.platform.Money;

/**
 * 优惠券 as the pricing engine sees one the shopper holds: on the items in scope that cost at least
 * {@code minimum} (after item and order promotions), a fixed amount off (满 X 减 Y when there is a minimum) or a
 * percentage off with a cap. Never more than the items cost. Free-shipping coupons are not item discounts: the
 * checkout waives the freight of the shops they cover.
 */
public record CouponOffer(long id, String name, String nameEn, Scope scope, Money minimum, Money amountOff,
                     BigDecimal rate, Money cap) implements Offer {

    public CouponOffer {
        if ((amountOff == null) == (rate == null)) {
            throw new IllegalArgumentException("A coupon takes off either an amount or a percentage");
        }
        if (amountOff != null && (amountOff.isNegative() || amountOff.isZero())) {
            throw new IllegalArgumentException("A coupon takes off more than nothing: " + amountOff);
        }
        if (rate != null && (rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) >= 0)) {
            throw new IllegalArgumentException("A percentage coupon's rate is above 0 and below 1: " + rate);
        }
    }

    @Override
    public PromotionKind kind() {
        return PromotionKind.COUPON;
    }

    /** What it takes off items that cost {@code eligible} in all: nothing below its minimum. */
    public Money discountFor(Money eligible) {
        if (minimum != null && eligible.compareTo(minimum) < 0) {
            return Money.zero(eligible.currency());
        }
        Money off = amountOff != null ? amountOff
                : eligible.minus(eligible.multiply(rate, RoundingMode.HALF_UP));
        if (cap != null && off.compareTo(cap) > 0) {
            off = cap;
        }
        return off.compareTo(eligible) > 0 ? eligible : off;
    }
}
