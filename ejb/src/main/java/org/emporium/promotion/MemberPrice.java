package org.emporium.promotion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.emporium.platform.Money;

/**
 * 会员价: a member of a level pays {@code rate} of the list price (0.95 = 95折) on everything, rounded half up per
 * unit like a limited-time discount. {@code id} is the level's rank, {@code name} the level's name.
 */
public record MemberPrice(long id, String name, String nameEn, BigDecimal rate) implements Offer {

    public MemberPrice {
        if (rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("A member rate is above 0 and below 1: " + rate);
        }
    }

    @Override
    public Scope scope() {
        return Scope.platform();
    }

    @Override
    public PromotionKind kind() {
        return PromotionKind.MEMBER_PRICE;
    }

    Money discountOn(PricingEngine.Item item) {
        return item.unitPrice().minus(item.unitPrice().multiply(rate, RoundingMode.HALF_UP)).times(item.quantity());
    }
}
