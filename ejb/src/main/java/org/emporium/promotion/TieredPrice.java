package org.emporium.promotion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.emporium.platform.Money;

/**
 * 阶梯价: the more units of one item bought, the lower each unit's price — from {@code minQuantity} units on, each
 * sells at {@code rate} of its list price (rounded half up per unit, like a limited-time discount).
 */
public record TieredPrice(long id, String name, String nameEn, Scope scope, List<Tier> tiers) implements Offer {

    /** From so many units of a line on, each at this share of its price. */
    public record Tier(int minQuantity, BigDecimal rate) {
        public Tier {
            if (minQuantity < 2) {
                throw new IllegalArgumentException("A quantity price starts at 2 units or more: " + minQuantity);
            }
            if (rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
                throw new IllegalArgumentException("A quantity price rate is above 0 and below 1: " + rate);
            }
        }
    }

    public TieredPrice {
        tiers = tiers.stream().sorted(Comparator.comparingInt(Tier::minQuantity)).toList();
        if (tiers.isEmpty() || tiers.size() > 10) {
            throw new IllegalArgumentException("Quantity prices have 1 to 10 tiers");
        }
        for (int i = 1; i < tiers.size(); i++) {
            if (tiers.get(i).minQuantity() == tiers.get(i - 1).minQuantity()
                    || tiers.get(i).rate().compareTo(tiers.get(i - 1).rate()) >= 0) {
                throw new IllegalArgumentException("More units cost less each: every tier is for more units at a"
                        + " lower rate");
            }
        }
    }

    @Override
    public PromotionKind kind() {
        return PromotionKind.TIERED_PRICE;
    }

    /** The tier a line of {@code quantity} units reaches, if any. */
    public Optional<Tier> tierFor(int quantity) {
        return tiers.stream().filter(t -> t.minQuantity() <= quantity).reduce((lower, higher) -> higher);
    }

    Money discountOn(PricingEngine.Item item) {
        return tierFor(item.quantity()).map(tier -> item.unitPrice()
                        .minus(item.unitPrice().multiply(tier.rate(), RoundingMode.HALF_UP)).times(item.quantity()))
                .orElse(Money.zero(item.unitPrice().currency()));
    }
}
