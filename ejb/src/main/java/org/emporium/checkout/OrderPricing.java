package org.emporium.checkout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emporium.platform.Money;
import org.emporium.tax.TaxRates;

/**
 * The pricing steps of a checkout, in the order DESIGN.md §3 fixes: list price × quantity per line → (promotions:
 * none yet) → shipping per merchant (its freight template, on the group's weight and items total) → tax per line on
 * what the line costs after discounts, rounded HALF_UP per line; a group's tax is the sum of its lines' taxes and
 * its total is items − discounts + shipping + tax. Pure: the session bean supplies prices, rates and freight.
 */
public final class OrderPricing {

    /** A line to price: what the catalog says now, and the tax rate that applies at the destination. */
    public record Item(long merchantId, String merchantName, long skuId, long productId, long categoryId,
                       String skuCode, String name, String nameEn, String specLabel, String image, Money unitPrice,
                       int quantity, int unitWeightGrams, BigDecimal taxRate, boolean available) {
    }

    /** Freight for one merchant's group: (merchant, total weight in grams, items total after discounts) → fee. */
    @FunctionalInterface
    public interface FreightQuote {
        Money fee(long merchantId, int weightGrams, Money itemsTotal);
    }

    private OrderPricing() {
    }

    public static Quote price(List<Item> items, String shippingMethod, FreightQuote freight, Currency currency) {
        Map<Long, List<Item>> byMerchant = new LinkedHashMap<>();
        items.forEach(i -> byMerchant.computeIfAbsent(i.merchantId(), m -> new ArrayList<>()).add(i));
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
            int weight = 0;
            for (Item item : entry.getValue()) {
                Money lineTotal = item.unitPrice().times(item.quantity());
                Money discount = zero; // promotions will allocate order-level discounts to lines here
                Money lineTax = TaxRates.taxOn(lineTotal.minus(discount), item.taxRate());
                int lineWeight = Math.multiplyExact(item.unitWeightGrams(), item.quantity());
                lines.add(new Quote.Line(item.skuId(), item.productId(), item.categoryId(), item.skuCode(),
                        item.name(), item.nameEn(), item.specLabel(), item.image(), item.unitPrice(),
                        item.quantity(), lineTotal, discount, lineTax, lineWeight, item.available()));
                groupItems = groupItems.plus(lineTotal);
                groupDiscount = groupDiscount.plus(discount);
                groupTax = groupTax.plus(lineTax);
                weight += lineWeight;
            }
            Money groupShipping = freight.fee(entry.getKey(), weight, groupItems.minus(groupDiscount));
            Money groupTotal = groupItems.minus(groupDiscount).plus(groupShipping).plus(groupTax);
            groups.add(new Quote.Group(entry.getKey(), entry.getValue().get(0).merchantName(), lines, weight,
                    groupItems, groupDiscount, groupShipping, groupTax, groupTotal));
            itemsTotal = itemsTotal.plus(groupItems);
            discountTotal = discountTotal.plus(groupDiscount);
            shipping = shipping.plus(groupShipping);
            tax = tax.plus(groupTax);
        }
        Money total = itemsTotal.minus(discountTotal).plus(shipping).plus(tax);
        return new Quote(groups, List.of(), itemsTotal, discountTotal, shipping, tax, total, shippingMethod);
    }
}
