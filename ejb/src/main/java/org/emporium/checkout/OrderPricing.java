package org.emporium.checkout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emporium.platform.Money;
import org.emporium.promotion.Gift;
import org.emporium.promotion.Offer;
import org.emporium.promotion.PricingEngine;
import org.emporium.promotion.PromotionKind;
import org.emporium.promotion.Stacking;
import org.emporium.tax.TaxRates;

/**
 * The pricing steps of a checkout, in the order DESIGN.md §3 fixes: list price × quantity per line → promotions
 * (the {@link PricingEngine}: limited-time discounts, then 满减, each line's share to the cent) → shipping per
 * merchant (its freight template, on the group's weight and items total after discounts) → tax per line on what
 * the line costs after discounts, rounded HALF_UP per line (freight thresholds count the items before points, which
 * pay like money); a group's tax is the sum of its lines' taxes and its
 * total is items − discounts + shipping + tax. Pure: the session bean supplies prices, offers, rates and freight.
 */
public final class OrderPricing {

    /** A line to price: what the catalog says now, and the tax rate that applies at the destination. */
    public record Item(long merchantId, String merchantName, long skuId, long productId, long categoryId,
                       String skuCode, String name, String nameEn, String specLabel, String image, Money unitPrice,
                       int quantity, int unitWeightGrams, BigDecimal taxRate, boolean available) {

        /** The same SKU, so many units. */
        public Item withQuantity(int units) {
            return new Item(merchantId, merchantName, skuId, productId, categoryId, skuCode, name, nameEn, specLabel,
                    image, unitPrice, units, unitWeightGrams, taxRate, available);
        }
    }

    /** Freight for one merchant's group: (merchant, total weight in grams, items total after discounts) → fee. */
    @FunctionalInterface
    public interface FreightQuote {
        Money fee(long merchantId, int weightGrams, Money itemsTotal);
    }

    /**
     * The promotions running now, the stacking table, each category with its parents (for scopes), and the gift
     * SKUs that can be given now (by SKU; their quantity is not read): a gift earned but not among them is not given.
     */
    public record Promotions(Stacking stacking, List<Offer> offers, Map<Long, Set<Long>> categoryPaths,
                             Map<Long, Item> giftItems) {
        public Promotions(Stacking stacking, List<Offer> offers, Map<Long, Set<Long>> categoryPaths) {
            this(stacking, offers, categoryPaths, Map.of());
        }

        public static Promotions none() {
            return new Promotions(Stacking.standard(), List.of(), Map.of());
        }

        Set<Long> pathOf(long categoryId) {
            return categoryPaths.getOrDefault(categoryId, Set.of(categoryId));
        }
    }

    private OrderPricing() {
    }

    public static Quote price(List<Item> items, String shippingMethod, FreightQuote freight, Currency currency) {
        return price(items, shippingMethod, freight, currency, Promotions.none());
    }

    public static Quote price(List<Item> items, String shippingMethod, FreightQuote freight, Currency currency,
                              Promotions promotions) {
        PricingEngine.Result promoted = new PricingEngine(promotions.stacking()).price(items.stream()
                .map(i -> new PricingEngine.Item(i.skuId(), i.productId(), promotions.pathOf(i.categoryId()),
                        i.merchantId(), i.unitPrice(), i.quantity())).toList(), promotions.offers());
        // 满赠: each gift earned joins its shop's items — more units on the line of its SKU, or a line of its own —
        // at its list price, all of it taken off
        List<Item> all = new ArrayList<>(items);
        Map<Long, Integer> giftUnits = new HashMap<>();
        Map<Long, List<PricingEngine.Adjustment>> giftAdjustments = new HashMap<>();
        List<Quote.Discount> gifts = new ArrayList<>();
        for (Gift gift : promoted.gifts()) {
            Item given = promotions.giftItems().get(gift.giftSkuId());
            if (given == null) {
                continue;
            }
            Money worth = given.unitPrice().times(gift.quantity());
            if (all.stream().noneMatch(i -> i.skuId() == given.skuId())) {
                all.add(given.withQuantity(0)); // none of its units bought: a line of gifts only
            }
            giftUnits.merge(given.skuId(), gift.quantity(), Integer::sum);
            giftAdjustments.computeIfAbsent(given.skuId(), sku -> new ArrayList<>()).add(new PricingEngine.Adjustment(
                    gift.id(), PromotionKind.GIFT, gift.name(), gift.nameEn(), worth, false)); // the shop's own
            gifts.add(new Quote.Discount(gift.id(), PromotionKind.GIFT.name(), gift.name(), gift.nameEn(), worth));
        }
        Map<Long, List<Item>> byMerchant = new LinkedHashMap<>();
        all.forEach(i -> byMerchant.computeIfAbsent(i.merchantId(), m -> new ArrayList<>()).add(i));
        Money zero = Money.zero(currency);
        List<Quote.Group> groups = new ArrayList<>();
        Money itemsTotal = zero;
        Money discountTotal = zero;
        Money shipping = zero;
        Money tax = zero;
        for (Map.Entry<Long, List<Item>> entry : byMerchant.entrySet()) {
            List<Quote.Line> lines = new ArrayList<>();
            Money groupItems = zero;
            Money groupDiscount = zero;
            Money groupTax = zero;
            Money groupPoints = zero;
            int weight = 0;
            for (Item item : entry.getValue()) {
                int quantity = item.quantity() + giftUnits.getOrDefault(item.skuId(), 0);
                Money lineTotal = item.unitPrice().times(quantity);
                List<PricingEngine.Adjustment> adjustments = new ArrayList<>(promoted.items().stream()
                        .filter(p -> p.item().skuId() == item.skuId()).findFirst()
                        .map(PricingEngine.PricedItem::adjustments).orElse(List.of()));
                adjustments.addAll(giftAdjustments.getOrDefault(item.skuId(), List.of()));
                Money discount = adjustments.stream().map(PricingEngine.Adjustment::amount).reduce(zero, Money::plus);
                Money lineTax = TaxRates.taxOn(lineTotal.minus(discount), item.taxRate());
                int lineWeight = Math.multiplyExact(item.unitWeightGrams(), quantity);
                lines.add(new Quote.Line(item.skuId(), item.productId(), item.categoryId(), item.skuCode(),
                        item.name(), item.nameEn(), item.specLabel(), item.image(), item.unitPrice(),
                        quantity, lineTotal, discount, List.copyOf(adjustments), lineTax, lineWeight,
                        item.available()));
                groupItems = groupItems.plus(lineTotal);
                groupDiscount = groupDiscount.plus(discount);
                groupTax = groupTax.plus(lineTax);
                groupPoints = adjustments.stream().filter(a -> a.kind() == PromotionKind.POINTS)
                        .map(PricingEngine.Adjustment::amount).reduce(groupPoints, Money::plus);
                weight += lineWeight;
            }
            // points pay like money: they never push the items below a free-shipping threshold
            Money groupShipping = freight.fee(entry.getKey(), weight,
                    groupItems.minus(groupDiscount).plus(groupPoints));
            Money groupTotal = groupItems.minus(groupDiscount).plus(groupShipping).plus(groupTax);
            groups.add(new Quote.Group(entry.getKey(), entry.getValue().get(0).merchantName(), lines, weight,
                    groupItems, groupDiscount, groupShipping, groupTax, groupTotal));
            itemsTotal = itemsTotal.plus(groupItems);
            discountTotal = discountTotal.plus(groupDiscount);
            shipping = shipping.plus(groupShipping);
            tax = tax.plus(groupTax);
        }
        Money total = itemsTotal.minus(discountTotal).plus(shipping).plus(tax);
        List<Quote.Discount> discounts = new ArrayList<>(promoted.applied().stream().map(a -> new Quote.Discount(
                a.offer().id(), a.offer().kind().name(), a.offer().name(), a.offer().nameEn(), a.amount())).toList());
        discounts.addAll(gifts);
        List<Quote.Hint> hints = promoted.hints().stream().map(h -> new Quote.Hint(h.offer().id(),
                h.offer().kind().name(), h.offer().name(), h.offer().nameEn(), h.missing(), h.reduction())).toList();
        return new Quote(groups, List.copyOf(discounts), hints, itemsTotal, discountTotal, shipping, tax, total,
                shippingMethod);
    }
}
