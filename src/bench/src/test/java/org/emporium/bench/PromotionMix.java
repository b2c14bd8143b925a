package org.emporium.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The quote benchmark's 50 promotions, planned around the cart so that the engine has real work: 20 限时折扣 and 30
 * 满减 (tiered and repeating, some capped) over the platform, each shop, categories (leaves and top-level ones, which
 * cover their subcategories), products and SKUs, most of them on the cart's items and a few on nothing in it, as a
 * real shop's list would be. The narrow 满减 are the generous ones, so that they win their items first (the engine
 * gives each item to the largest reduction) and the wide ones take what is left: many promotions apply, not one
 * that takes the whole cart. Tiers are set from what the items in scope cost, so the lower ones are reached and the
 * top one is a hint (再买 ¥x 减 ¥y).
 */
final class PromotionMix {

    static final String NAME_EN_PREFIX = "Bench ";

    record Tier(BigDecimal threshold, BigDecimal reduction) {
    }

    /** One promotion as the benchmark asks for it; {@code merchantId} null is the platform's. */
    record Planned(String kind, String name, String nameEn, Long merchantId, List<Long> categoryIds,
                   List<Long> productIds, List<Long> skuIds, BigDecimal rate, List<Tier> tiers, boolean repeating,
                   BigDecimal cap) {

        boolean timed() {
            return "TIMED_DISCOUNT".equals(kind);
        }

        /** The body of {@code POST /admin/promotions} (a PromotionDraft). */
        String json(Instant startsAt, Instant endsAt) {
            JsonObjectBuilder draft = Json.createObjectBuilder().add("kind", kind).add("name", name)
                    .add("nameEn", nameEn).add("categoryIds", ids(categoryIds)).add("productIds", ids(productIds))
                    .add("skuIds", ids(skuIds)).add("repeating", repeating)
                    .add("startsAt", startsAt.toString()).add("endsAt", endsAt.toString());
            if (merchantId != null) {
                draft.add("merchantId", merchantId);
            }
            if (rate != null) {
                draft.add("rate", rate.toPlainString());
            }
            JsonArrayBuilder tierArray = Json.createArrayBuilder();
            tiers.forEach(t -> tierArray.add(Json.createObjectBuilder().add("threshold", t.threshold().toPlainString())
                    .add("reduction", t.reduction().toPlainString())));
            draft.add("tiers", tierArray);
            if (cap != null) {
                draft.add("cap", cap.toPlainString());
            }
            return draft.build().toString();
        }

        private static JsonArrayBuilder ids(List<Long> ids) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            ids.forEach(array::add);
            return array;
        }
    }

    private final List<QuoteBenchmark.CartLine> cart;
    private final Map<Long, Long> parents;
    private final List<Long> merchants;
    private final List<Long> elsewhere = new ArrayList<>();
    private final List<Planned> planned = new ArrayList<>();

    /**
     * @param parents     each category's parent (top-level categories have none)
     * @param categories  all categories of the shop
     */
    private PromotionMix(List<QuoteBenchmark.CartLine> cart, Map<Long, Long> parents, Collection<Long> categories) {
        this.cart = cart;
        this.parents = parents;
        this.merchants = cart.stream().map(QuoteBenchmark.CartLine::merchantId).distinct().sorted().toList();
        Set<Long> onPaths = new TreeSet<>();
        cart.forEach(line -> onPaths.addAll(path(parents, line.categoryId())));
        categories.stream().filter(c -> !onPaths.contains(c)).sorted().forEach(elsewhere::add);
    }

    /** The 50 promotions for this cart; {@code otherProducts}: products of each shop that are not in it. */
    static List<Planned> plan(List<QuoteBenchmark.CartLine> cart, Map<Long, Long> parents,
                              Collection<Long> categories, Map<Long, List<Long>> otherProducts) {
        PromotionMix mix = new PromotionMix(cart, parents, categories);
        mix.discounts();
        mix.reductions(otherProducts);
        if (mix.planned.size() != 50 || mix.planned.stream().filter(Planned::timed).count() != 20) {
            throw new IllegalStateException("The mix is 20 discounts and 30 满减, not " + mix.planned.size());
        }
        return List.copyOf(mix.planned);
    }

    /** A category and its parents, the category first. */
    static List<Long> path(Map<Long, Long> parents, long categoryId) {
        List<Long> path = new ArrayList<>();
        for (Long c = categoryId; c != null; c = parents.get(c)) {
            path.add(c);
        }
        return path;
    }

    // --- 20 限时折扣: every item takes the best one open to it ---

    private void discounts() {
        discount(merchant(0), "0.95", List.of(), List.of(), List.of());
        discount(merchant(1), "0.92", List.of(), List.of(), List.of());
        discount(null, "0.98", List.of(), List.of(), List.of());
        // categories of items no product or SKU discount covers, so that they win some items
        discount(null, "0.90", List.of(topOf(0, 8)), List.of(), List.of());
        discount(null, "0.88", List.of(topOf(1, 10)), List.of(), List.of());
        discount(null, "0.85", List.of(leafOf(0, 9)), List.of(), List.of());
        discount(null, "0.87", List.of(leafOf(1, 11), leafOf(0, 12)), List.of(), List.of());
        discount(null, "0.86", List.of(leafOf(1, 13)), List.of(), List.of());
        for (int m = 0; m < 2; m++) {
            discount(merchant(m), m == 0 ? "0.80" : "0.81", List.of(), products(m, 0, 1, 2), List.of());
            discount(merchant(m), m == 0 ? "0.82" : "0.83", List.of(), products(m, 3, 4), List.of());
            discount(merchant(m), m == 0 ? "0.78" : "0.75", List.of(), products(m, 5), List.of());
        }
        discount(null, "0.70", List.of(), List.of(), join(skus(0, 6), skus(1, 6)));
        discount(merchant(0), "0.72", List.of(), List.of(), skus(0, 7));
        discount(merchant(1), "0.74", List.of(), List.of(), skus(1, 7));
        for (int i = 0; i < 3; i++) { // on nothing in the cart
            discount(null, "0.80", List.of(elsewhere(i)), List.of(), List.of());
        }
    }

    // --- 30 满减: each item keeps at most one; the largest reduction goes first and keeps its items ---

    private void reductions(Map<Long, List<Long>> otherProducts) {
        for (int m = 0; m < 2; m++) { // products: 8, at shares of what their items cost, the most generous
            tiered(merchant(m), List.of(), products(m, 8, 9, 10), List.of(), 0.14, 0.3, 0.7, 1.3);
            repeating(merchant(m), List.of(), products(m, 11, 12), List.of(), 0.12, 0.25, 3);
            tiered(merchant(m), List.of(), products(m, 13, 14), List.of(), 0.13, 0.5, 0.9, 1.5);
            tiered(merchant(m), List.of(), products(m, 0, 1), List.of(), 0.12, 0.4, 0.8, 1.2);
        }
        tiered(null, List.of(), List.of(), join(skus(0, 2), skus(1, 2)), 0.12, 0.5, 0.9, 1.6); // SKUs: 4
        repeating(null, List.of(), List.of(), join(skus(0, 3), skus(1, 3)), 0.11, 0.3, 0);
        tiered(merchant(0), List.of(), List.of(), skus(0, 4), 0.12, 0.6, 1.4);
        tiered(merchant(1), List.of(), List.of(), skus(1, 4), 0.12, 0.6, 1.4);
        // leaf categories: 6, four of items no product or SKU 满减 covers, two competing with product ones
        tiered(null, List.of(leafOf(0, 5)), List.of(), List.of(), 0.09, 0.3, 0.8, 1.5);
        repeating(null, List.of(leafOf(1, 5)), List.of(), List.of(), 0.08, 0.3, 2);
        tiered(null, List.of(leafOf(0, 6)), List.of(), List.of(), 0.09, 0.3, 0.8, 1.5);
        repeating(null, List.of(leafOf(1, 6)), List.of(), List.of(), 0.08, 0.3, 2);
        tiered(null, List.of(leafOf(0, 9)), List.of(), List.of(), 0.1, 0.4, 0.9);
        repeating(null, List.of(leafOf(1, 10)), List.of(), List.of(), 0.1, 0.3, 2);
        // top categories, shops and the platform: 8, fixed terms of at most ¥30, as shops print them: they take
        // what the narrow ones leave
        fixed(null, List.of(topOf(0, 7)), List.of(), false, null, "300/15", "600/30");
        fixed(null, List.of(topOf(1, 10)), List.of(), true, "24", "150/8");
        fixed(merchant(0), List.of(), List.of(), false, null, "99/8", "199/15", "399/30");
        fixed(merchant(1), List.of(), List.of(), false, null, "149/10", "299/20", "599/30");
        fixed(merchant(0), List.of(), List.of(), true, "15", "50/3");
        fixed(merchant(1), List.of(), List.of(), true, "20", "80/5");
        fixed(null, List.of(), List.of(), false, null, "100/6", "200/12", "400/25");
        fixed(null, List.of(), List.of(), true, "30", "100/5");
        for (int i = 0; i < 2; i++) { // on nothing in the cart: 4
            fixed(null, List.of(elsewhere(3 + i)), List.of(), false, null, "300/30", "600/70");
            List<Long> others = otherProducts.getOrDefault(merchant(i), List.of());
            fixed(merchant(i), List.of(), others.isEmpty() ? List.of() : List.of(others.get(0)), false, null,
                    "200/20", "500/60");
        }
    }

    // --- the terms ---

    private void discount(Long merchantId, String rate, List<Long> categories, List<Long> products,
                          List<Long> skus) {
        int n = planned.size() + 1;
        planned.add(new Planned("TIMED_DISCOUNT", String.format("压测限时折扣 %02d", n),
                String.format(NAME_EN_PREFIX + "discount %02d", n), merchantId, categories, products, skus,
                new BigDecimal(rate), List.of(), false, null));
    }

    /**
     * 满减 with tiers at these shares of what its cart items cost at list price, each taking off {@code share} of its
     * threshold, a little more for each tier up.
     */
    private void tiered(Long merchantId, List<Long> categories, List<Long> products, List<Long> skus, double share,
                        double... at) {
        BigDecimal base = listCost(merchantId, categories, products, skus);
        TreeMap<BigDecimal, BigDecimal> tiers = new TreeMap<>();
        for (int i = 0; i < at.length; i++) {
            BigDecimal threshold = round(base.multiply(BigDecimal.valueOf(at[i])));
            tiers.putIfAbsent(threshold, reduction(threshold, share + 0.01 * i));
        }
        add(merchantId, categories, products, skus, tiers.entrySet().stream().map(e -> new Tier(e.getKey(),
                e.getValue())).toList(), false, null);
    }

    /** 每满减: every {@code at} share of what its cart items cost, {@code share} of that off, up to {@code capTimes}. */
    private void repeating(Long merchantId, List<Long> categories, List<Long> products, List<Long> skus,
                           double share, double at, int capTimes) {
        BigDecimal threshold = round(listCost(merchantId, categories, products, skus)
                .multiply(BigDecimal.valueOf(at)));
        BigDecimal reduction = reduction(threshold, share);
        add(merchantId, categories, products, skus, List.of(new Tier(threshold, reduction)), true,
                capTimes == 0 ? null : reduction.multiply(BigDecimal.valueOf(capTimes)));
    }

    /** 满减 on fixed terms ("199/10": 满 ¥199 减 ¥10), as shops print them; repeating: one term, optionally capped. */
    private void fixed(Long merchantId, List<Long> categories, List<Long> products, boolean repeating, String cap,
                       String... terms) {
        add(merchantId, categories, products, List.of(), Arrays.stream(terms).map(t -> t.split("/"))
                .map(t -> new Tier(yuan(t[0]), yuan(t[1]))).toList(), repeating, cap == null ? null : yuan(cap));
    }

    private void add(Long merchantId, List<Long> categories, List<Long> products, List<Long> skus, List<Tier> tiers,
                     boolean repeating, BigDecimal cap) {
        int n = planned.size() + 1;
        planned.add(new Planned("THRESHOLD_REDUCTION", String.format(repeating ? "压测每满减 %02d" : "压测满减 %02d", n),
                String.format(NAME_EN_PREFIX + (repeating ? "every-spend" : "spend and save") + " %02d", n),
                merchantId, categories, products, skus, null, tiers, repeating, cap));
    }

    /** What the cart's items in this scope cost at list price; never nothing (the terms would make no sense). */
    private BigDecimal listCost(Long merchantId, List<Long> categories, List<Long> products, List<Long> skus) {
        Predicate<QuoteBenchmark.CartLine> inScope = l -> (merchantId == null || merchantId == l.merchantId())
                && ((categories.isEmpty() && products.isEmpty() && skus.isEmpty()) || skus.contains(l.skuId())
                || products.contains(l.productId())
                || path(parents, l.categoryId()).stream().anyMatch(categories::contains));
        BigDecimal cost = cart.stream().filter(inScope).map(QuoteBenchmark.CartLine::cost)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (cost.signum() == 0) {
            throw new IllegalStateException("No item of the cart in scope " + merchantId + categories + products
                    + skus);
        }
        return cost;
    }

    private static BigDecimal yuan(String amount) {
        return new BigDecimal(amount).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A threshold a shop would print: whole tens below ¥1,000, whole hundreds above; at least ¥1. */
    private static BigDecimal round(BigDecimal amount) {
        BigDecimal step = amount.compareTo(BigDecimal.valueOf(1000)) >= 0 ? BigDecimal.valueOf(100)
                : amount.compareTo(BigDecimal.valueOf(100)) >= 0 ? BigDecimal.TEN : BigDecimal.ONE;
        BigDecimal rounded = amount.divide(step, 0, RoundingMode.DOWN).multiply(step);
        return rounded.max(BigDecimal.ONE).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Whole yuan, at least one, never above the threshold. */
    private static BigDecimal reduction(BigDecimal threshold, double share) {
        return threshold.multiply(BigDecimal.valueOf(share)).setScale(0, RoundingMode.DOWN).max(BigDecimal.ONE)
                .min(threshold).setScale(2, RoundingMode.UNNECESSARY);
    }

    // --- the cart's items, by shop and position ---

    private Long merchant(int m) {
        return merchants.get(m % merchants.size());
    }

    private List<QuoteBenchmark.CartLine> linesOf(int m) {
        return cart.stream().filter(l -> l.merchantId() == merchant(m)).toList();
    }

    private List<Long> products(int m, int... positions) {
        List<QuoteBenchmark.CartLine> lines = linesOf(m);
        List<Long> ids = new ArrayList<>();
        for (int p : positions) {
            ids.add(lines.get(p % lines.size()).productId());
        }
        return ids.stream().distinct().toList();
    }

    private List<Long> skus(int m, int position) {
        List<QuoteBenchmark.CartLine> lines = linesOf(m);
        return List.of(lines.get(position % lines.size()).skuId());
    }

    private Long leafOf(int m, int position) {
        List<QuoteBenchmark.CartLine> lines = linesOf(m);
        return lines.get(position % lines.size()).categoryId();
    }

    /** The top-level category of a shop's item: covers the item's category and all its siblings. */
    private Long topOf(int m, int position) {
        List<Long> path = path(parents, leafOf(m, position));
        return path.get(path.size() - 1);
    }

    private Long elsewhere(int i) {
        if (elsewhere.isEmpty()) {
            throw new IllegalStateException("Every category has an item in the cart: no room for promotions that"
                    + " apply to nothing in it");
        }
        return elsewhere.get(i % elsewhere.size());
    }

    private static List<Long> join(List<Long> a, List<Long> b) {
        Set<Long> both = new LinkedHashSet<>(a);
        both.addAll(b);
        return List.copyOf(both);
    }
}
