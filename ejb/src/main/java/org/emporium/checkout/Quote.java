package org.emporium.checkout;

import java.util.List;
import org.emporium.platform.Money;
import org.emporium.promotion.PricingEngine;

/**
 * A priced checkout (结算明细): one group per merchant — each becomes one order — with its lines, shipping and
 * tax, and the totals the shopper will pay. The same computation prices the quote and the placed orders.
 */
public record Quote(List<Group> groups, List<Discount> discounts, List<Hint> hints, Money itemsTotal,
                    Money discountTotal, Money shipping, Money tax, Money total, String shippingMethod) {

    public record Group(long merchantId, String merchantName, List<Line> lines, int weightGrams, Money itemsTotal,
                        Money discountTotal, Money shipping, Money tax, Money total) {
    }

    /**
     * A line as it will be sold; {@code adjustments} explain its discount promotion by promotion; {@code available}
     * is false when stock is short right now.
     */
    public record Line(long skuId, long productId, long categoryId, String skuCode, String name, String nameEn,
                       String specLabel, String image, Money unitPrice, int quantity, Money lineTotal,
                       Money discount, List<PricingEngine.Adjustment> adjustments, Money tax, int weightGrams,
                       boolean available) {
    }

    /** A promotion that applied, and what it took off in all. */
    public record Discount(long promotionId, String kind, String name, String nameEn, Money amount) {
    }

    /**
     * 再买 ¥20 减 ¥30: how much more of a promotion's items to buy, and what would come off then; of kind GIFT,
     * 再买 ¥20 送赠品 (nothing comes off: the gift comes with the order).
     */
    public record Hint(long promotionId, String kind, String name, String nameEn, Money missing, Money reduction) {
    }

    public List<Line> lines() {
        return groups.stream().flatMap(g -> g.lines().stream()).toList();
    }

    public boolean allAvailable() {
        return lines().stream().allMatch(Line::available);
    }
}
