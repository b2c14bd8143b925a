package org.emporium.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.emporium.checkout.OrderPricing;
import org.emporium.checkout.Quote;
import org.emporium.platform.Money;
import org.emporium.promotion.Offer;
import org.emporium.promotion.Scope;
import org.emporium.promotion.Stacking;
import org.emporium.promotion.ThresholdReduction;
import org.emporium.promotion.TimedDiscount;

/**
 * The pricing step of a quote alone, in this JVM: {@link OrderPricing#price} (the promotion engine, then freight and
 * tax per line) over the benchmark's cart and the same 50 promotions as the shop runs, built directly from the
 * domain's classes (the {@code emporium-ejb} artifact in the local repository). No database, HTTP or JSON: what is
 * left of a quote's time when those are taken away. Freight is a constant here (the shop reads freight templates),
 * tax a flat 13 %; the items total and the discounts must come out as the shop's quote has them, or the timing is
 * not of the same work.
 */
final class PricingTiming {

    private static final BigDecimal TAX_RATE = new BigDecimal("0.13");

    private final List<OrderPricing.Item> items;
    private final OrderPricing.Promotions promotions;

    PricingTiming(List<QuoteBenchmark.CartLine> cart, Function<Long, List<Long>> categoryPath,
                  List<PromotionMix.Planned> planned, List<Long> ids) {
        this.items = cart.stream().map(l -> new OrderPricing.Item(l.merchantId(), "shop " + l.merchantId(),
                l.skuId(), l.productId(), l.categoryId(), "SKU-" + l.skuId(), "商品 " + l.productId(),
                "Product " + l.productId(), "", null, Money.of(l.price(), Money.BASE_CURRENCY), l.quantity(),
                l.weightGrams(), TAX_RATE, true)).toList();
        List<Offer> offers = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            offers.add(offer(planned.get(i), ids.get(i)));
        }
        Map<Long, Set<Long>> paths = cart.stream().map(QuoteBenchmark.CartLine::categoryId).distinct()
                .collect(Collectors.toMap(c -> c, c -> new HashSet<>(categoryPath.apply(c))));
        this.promotions = new OrderPricing.Promotions(Stacking.standard(), List.copyOf(offers), paths);
    }

    /** One pricing of the whole cart. */
    Quote price() {
        return OrderPricing.price(items, "standard", (merchant, grams, itemsTotal) -> Money.of(BigDecimal.TEN,
                Money.BASE_CURRENCY), Money.BASE_CURRENCY, promotions);
    }

    /** Why this pricing is not the shop's, or null if its items total, discounts and applied promotions agree. */
    String differenceFrom(BigDecimal shopItemsTotal, BigDecimal shopDiscountTotal, Set<Long> shopApplied) {
        Quote quote = price();
        Set<Long> applied = quote.discounts().stream().map(Quote.Discount::promotionId).collect(Collectors.toSet());
        if (quote.itemsTotal().amount().compareTo(shopItemsTotal) != 0
                || quote.discountTotal().amount().compareTo(shopDiscountTotal) != 0 || !applied.equals(shopApplied)) {
            return String.format("in-process pricing gives items %s, discounts %s from promotions %s; the shop's"
                            + " quote items %s, discounts %s from %s", quote.itemsTotal().amount(),
                    quote.discountTotal().amount(), applied, shopItemsTotal, shopDiscountTotal, shopApplied);
        }
        return null;
    }

    private static Offer offer(PromotionMix.Planned p, long id) {
        Scope scope = new Scope(p.merchantId(), Set.copyOf(p.categoryIds()), Set.copyOf(p.productIds()),
                Set.copyOf(p.skuIds()));
        if (p.timed()) {
            return new TimedDiscount(id, p.name(), p.nameEn(), scope, p.rate());
        }
        return new ThresholdReduction(id, p.name(), p.nameEn(), scope, p.tiers().stream()
                .map(t -> new ThresholdReduction.Tier(money(t.threshold()), money(t.reduction()))).toList(),
                p.repeating(), p.cap() == null ? null : money(p.cap()));
    }

    private static Money money(BigDecimal amount) {
        return Money.of(amount, Money.BASE_CURRENCY);
    }
}
