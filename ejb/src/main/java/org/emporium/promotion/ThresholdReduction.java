package org.emporium.promotion;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.emporium.platform.Money;

/**
 * 满减: when the items in scope cost at least a tier's threshold (after item promotions), the tier's reduction comes
 * off — the highest tier reached. Repeating (每满减): one tier, taken as often as the threshold fits, up to an
 * optional cap. A reduction never exceeds its threshold, so it never exceeds what the items cost.
 */
public record ThresholdReduction(long id, String name, String nameEn, Scope scope, List<Tier> tiers,
                                 boolean repeating, Money cap) implements Offer {

    /** 满 {@code threshold} 减 {@code reduction}. */
    public record Tier(Money threshold, Money reduction) {
        public Tier {
            if (threshold.isNegative() || threshold.isZero() || reduction.isNegative() || reduction.isZero()
                    || reduction.compareTo(threshold) > 0) {
                throw new IllegalArgumentException("A tier takes off more than nothing and at most its threshold: "
                        + threshold + " / " + reduction);
            }
        }
    }

    public ThresholdReduction {
        if (tiers.isEmpty() || (repeating && tiers.size() != 1)) {
            throw new IllegalArgumentException("A threshold reduction has tiers; a repeating one exactly one");
        }
        if (cap != null && (cap.isNegative() || cap.isZero())) {
            throw new IllegalArgumentException("A cap is more than nothing: " + cap);
        }
        tiers = tiers.stream().sorted(Comparator.comparing(Tier::threshold)).toList();
    }

    @Override
    public PromotionKind kind() {
        return PromotionKind.THRESHOLD_REDUCTION;
    }

    /** What comes off items that cost {@code eligible} in all: zero below the first threshold. */
    public Money reductionFor(Money eligible) {
        Money zero = Money.zero(eligible.currency());
        if (repeating) {
            Tier tier = tiers.get(0);
            long times = eligible.amount().divideToIntegralValue(tier.threshold().amount()).longValueExact();
            Money reduction = tier.reduction().times(times);
            return cap != null && reduction.compareTo(cap) > 0 ? cap : reduction;
        }
        return reached(eligible).map(Tier::reduction).orElse(zero);
    }

    /** The next step up from {@code eligible}, if there is one: how much more to spend, and what it would take off. */
    public Optional<Tier> next(Money eligible) {
        if (repeating) {
            Tier tier = tiers.get(0);
            Money now = reductionFor(eligible);
            if (cap != null && now.compareTo(cap) >= 0) {
                return Optional.empty();
            }
            long times = eligible.amount().divideToIntegralValue(tier.threshold().amount()).longValueExact() + 1;
            Money more = tier.reduction().times(times);
            return Optional.of(new Tier(tier.threshold().times(times), cap != null && more.compareTo(cap) > 0 ? cap
                    : more));
        }
        return tiers.stream().filter(t -> t.threshold().compareTo(eligible) > 0).findFirst();
    }

    private Optional<Tier> reached(Money eligible) {
        return tiers.stream().filter(t -> t.threshold().compareTo(eligible) <= 0).reduce((lower, higher) -> higher);
    }
}
