package org.emporium.checkout.api;

import java.util.List;
import org.emporium.checkout.Quote;
import org.emporium.platform.api.MoneyView;

/** A checkout quote as the API writes it: the lines, discounts, shipping, tax and total, and the per-merchant split. */
public record QuoteBody(List<Line> lines, List<Discount> discounts, MoneyView itemsTotal, MoneyView discountTotal,
                        MoneyView shipping, MoneyView tax, MoneyView total, String shippingMethod,
                        List<Group> groups) {

    public record Line(long skuId, long productId, String name, String nameEn, String specs, String image,
                       MoneyView unitPrice, int quantity, MoneyView lineTotal, MoneyView discount, MoneyView tax,
                       boolean available) {
        static Line of(Quote.Line l) {
            return new Line(l.skuId(), l.productId(), l.name(), l.nameEn(), l.specLabel(), l.image(),
                    MoneyView.of(l.unitPrice()), l.quantity(), MoneyView.of(l.lineTotal()),
                    MoneyView.of(l.discount()), MoneyView.of(l.tax()), l.available());
        }
    }

    public record Discount(String code, String description, MoneyView amount) {
    }

    /** One merchant's part: it becomes one order. */
    public record Group(long merchantId, String merchantName, List<Line> lines, int weightGrams,
                        MoneyView itemsTotal, MoneyView discountTotal, MoneyView shipping, MoneyView tax,
                        MoneyView total) {
    }

    public static QuoteBody of(Quote quote) {
        return new QuoteBody(quote.lines().stream().map(Line::of).toList(),
                quote.discounts().stream().map(d -> new Discount(d.code(), d.description(), MoneyView.of(d.amount())))
                        .toList(),
                MoneyView.of(quote.itemsTotal()), MoneyView.of(quote.discountTotal()), MoneyView.of(quote.shipping()),
                MoneyView.of(quote.tax()), MoneyView.of(quote.total()), quote.shippingMethod(),
                quote.groups().stream().map(g -> new Group(g.merchantId(), g.merchantName(),
                        g.lines().stream().map(Line::of).toList(), g.weightGrams(), MoneyView.of(g.itemsTotal()),
                        MoneyView.of(g.discountTotal()), MoneyView.of(g.shipping()), MoneyView.of(g.tax()),
                        MoneyView.of(g.total()))).toList());
    }
}
