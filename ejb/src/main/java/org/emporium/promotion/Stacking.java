package org.emporium.promotion;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stacking table (叠加规则), data rather than code: the stage each kind is applied in (item promotions before
 * order promotions) and which kinds may fall on the same item. A line keeps at most one promotion of each kind.
 */
public record Stacking(Map<PromotionKind, Rule> rules) {

    /** {@code stage}: lower first; {@code combinesWith}: kinds that may also apply to an item this kind applied to. */
    public record Rule(int stage, Set<PromotionKind> combinesWith) {
        public Rule {
            combinesWith = Set.copyOf(combinesWith);
        }
    }

    public Stacking {
        rules = Map.copyOf(rules);
        if (!rules.keySet().containsAll(Set.of(PromotionKind.values()))) {
            throw new IllegalArgumentException("Every kind of promotion needs a stacking rule: " + rules.keySet());
        }
    }

    /**
     * The shop's default: 限时折扣 first, then 满减 on the discounted prices, then the coupon on what is left; all
     * may fall on one item.
     */
    public static Stacking standard() {
        Map<PromotionKind, Rule> rules = new EnumMap<>(PromotionKind.class);
        rules.put(PromotionKind.TIMED_DISCOUNT, new Rule(10, Set.of(PromotionKind.THRESHOLD_REDUCTION,
                PromotionKind.COUPON)));
        rules.put(PromotionKind.THRESHOLD_REDUCTION, new Rule(20, Set.of(PromotionKind.TIMED_DISCOUNT,
                PromotionKind.COUPON)));
        rules.put(PromotionKind.COUPON, new Rule(30, Set.of(PromotionKind.TIMED_DISCOUNT,
                PromotionKind.THRESHOLD_REDUCTION)));
        return new Stacking(rules);
    }

    /** The kinds in the order they are applied. */
    public List<PromotionKind> stages() {
        return rules.keySet().stream()
                .sorted(Comparator.comparingInt((PromotionKind k) -> rules.get(k).stage()).thenComparing(Enum::ordinal))
                .toList();
    }

    /** May {@code next} apply to an item that {@code earlier} already applied to? Both rules must allow it. */
    public boolean combines(PromotionKind earlier, PromotionKind next) {
        return earlier != next && rules.get(earlier).combinesWith().contains(next)
                && rules.get(next).combinesWith().contains(earlier);
    }
}
