package org.emporium.promotion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.emporium.platform.Money;

/**
 * 限时折扣: the items in scope sell at {@code rate} of their price (0.80 = 8折). The unit price after it is rounded
 * half up to the cent — the price the product page shows — and the line's discount is what that saves per unit
 * times the quantity.
 */
public record TimedDiscount(long id, String name, String nameEn, Scope scope, BigDecimal rate) implements Offer {

    public TimedDiscount {
        if (rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("A discount rate is above 0 and below 1: " + rate);
        }
    }

    @Override
    public PromotionKind kind() {
        return PromotionKind.TIMED_DISCOUNT;
    }

    /** The unit price while the discount runs. */
    public Money unitPrice(Money listPrice) {
        return listPrice.multiply(rate, RoundingMode.HALF_UP);
    }

    Money discountOn(PricingEngine.Item item) {
        return item.unitPrice().minus(unitPrice(item.unitPrice())).times(item.quantity());
    }
}
