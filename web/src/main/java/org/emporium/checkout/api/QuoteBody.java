package org.emporium.checkout.api;

import java.util.List;
import org.emporium.checkout.Quote;
import org.emporium.platform.api.MoneyView;

/**
 * A checkout quote as the API writes it: the lines with their discounts explained, the promotions that applied and
 * those within reach (hints), shipping, tax and total, the per-merchant split, and how many points pay part of it.
 */
public record QuoteBody(List<Line> lines, List<Discount> discounts, List<Hint> hints, MoneyView itemsTotal,
                        MoneyView discountTotal, MoneyView shipping, MoneyView tax, MoneyView total,
                        String shippingMethod, List<Group> groups, long pointsUsed) {

    public record Line(long skuId, long productId, String name, String nameEn, String specs, String image,
                       MoneyView unitPrice, int quantity, MoneyView lineTotal, MoneyView discount,
                       List<Adjustment> discounts, MoneyView tax, boolean available) {
        static Line of(Quote.Line l) {
            return new Line(l.skuId(), l.productId(), l.name(), l.nameEn(), l.specLabel(), l.image(),
                    MoneyView.of(l.unitPrice()), l.quantity(), MoneyView.of(l.lineTotal()),
                    MoneyView.of(l.discount()), l.adjustments().stream().map(a -> new Adjustment(a.offerId(),
                            a.kind().name(), a.name(), a.nameEn(), MoneyView.of(a.amount()))).toList(),
                    MoneyView.of(l.tax()), l.available());
        }
    }

    /** One promotion's part in a line's discount. */
    public record Adjustment(long promotionId, String kind, String name, String nameEn, MoneyView amount) {
    }

    /** A promotion that applied, and what it took off in all. */
    public record Discount(long promotionId, String kind, String name, String nameEn, MoneyView amount) {
    }

    /**
     * 再买 ¥20 减 ¥30: {@code missing} more of the promotion's items and {@code reduction} comes off; of kind GIFT,
     * the gift comes with the order instead (reduction 0).
     */
    public record Hint(long promotionId, String name, String nameEn, MoneyView missing, MoneyView reduction,
                       String kind) {
    }

    /** One merchant's part: it becomes one order. */
    public record Group(long merchantId, String merchantName, List<Line> lines, int weightGrams,
                        MoneyView itemsTotal, MoneyView discountTotal, MoneyView shipping, MoneyView tax,
                        MoneyView total) {
    }

    public static QuoteBody of(Quote quote, long pointsUsed) {
        return new QuoteBody(quote.lines().stream().map(Line::of).toList(),
                quote.discounts().stream().map(d -> new Discount(d.promotionId(), d.kind(), d.name(), d.nameEn(),
                        MoneyView.of(d.amount()))).toList(),
                quote.hints().stream().map(h -> new Hint(h.promotionId(), h.name(), h.nameEn(),
                        MoneyView.of(h.missing()), MoneyView.of(h.reduction()), h.kind())).toList(),
                MoneyView.of(quote.itemsTotal()), MoneyView.of(quote.discountTotal()), MoneyView.of(quote.shipping()),
                MoneyView.of(quote.tax()), MoneyView.of(quote.total()), quote.shippingMethod(),
                quote.groups().stream().map(g -> new Group(g.merchantId(), g.merchantName(),
                        g.lines().stream().map(Line::of).toList(), g.weightGrams(), MoneyView.of(g.itemsTotal()),
                        MoneyView.of(g.discountTotal()), MoneyView.of(g.shipping()), MoneyView.of(g.tax()),
                        MoneyView.of(g.total()))).toList(), pointsUsed);
    }
}
