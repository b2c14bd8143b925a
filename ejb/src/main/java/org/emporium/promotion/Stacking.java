package org.emporium.promotion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
     * The shop's default (as migration V20 leaves the table): a flash sale first and alone on its item (only points
     * may follow), then 买N送M on list prices, then the prices — member price, quantity price and limited-time
     * discount share a stage, so each item takes the best of them, not all — then 满赠 and 满减 on what the items
     * cost by then, the coupon on what is left, and points last on what is still to pay.
     */
    public static Stacking standard() {
        Set<PromotionKind> orderLevel = Set.of(PromotionKind.GIFT, PromotionKind.THRESHOLD_REDUCTION,
                PromotionKind.COUPON, PromotionKind.POINTS);
        Map<PromotionKind, Rule> rules = new EnumMap<>(PromotionKind.class);
        rules.put(PromotionKind.FLASH_SALE, new Rule(3, Set.of(PromotionKind.POINTS)));
        rules.put(PromotionKind.BUY_MORE_GET_FREE, new Rule(5, orderLevel));
        rules.put(PromotionKind.MEMBER_PRICE, new Rule(10, orderLevel));
        rules.put(PromotionKind.TIERED_PRICE, new Rule(10, orderLevel));
        rules.put(PromotionKind.TIMED_DISCOUNT, new Rule(10, orderLevel));
        rules.put(PromotionKind.GIFT, new Rule(15, EnumSet.complementOf(EnumSet.of(PromotionKind.FLASH_SALE,
                PromotionKind.GIFT))));
        rules.put(PromotionKind.THRESHOLD_REDUCTION, new Rule(20, EnumSet.complementOf(EnumSet.of(
                PromotionKind.FLASH_SALE, PromotionKind.THRESHOLD_REDUCTION))));
        rules.put(PromotionKind.COUPON, new Rule(30, EnumSet.complementOf(EnumSet.of(PromotionKind.FLASH_SALE,
                PromotionKind.COUPON))));
        rules.put(PromotionKind.POINTS, new Rule(40, EnumSet.complementOf(EnumSet.of(PromotionKind.POINTS))));
        return new Stacking(rules);
    }

    /** The kinds in stages, in the order applied; kinds of one stage are applied together. */
    public List<List<PromotionKind>> stageGroups() {
        Map<Integer, List<PromotionKind>> groups = new TreeMap<>();
        stages().forEach(kind -> groups.computeIfAbsent(rules.get(kind).stage(), s -> new ArrayList<>()).add(kind));
        return List.copyOf(groups.values());
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
