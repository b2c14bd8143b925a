package org.emporium.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.emporium.platform.Money;
import org.emporium.promotion.Gift;
import org.emporium.promotion.PointsDeduction;
import org.emporium.promotion.Scope;
import org.emporium.promotion.Stacking;
import org.junit.jupiter.api.Test;

class OrderPricingTest {

    private static OrderPricing.Item item(long merchant, long sku, String price, int quantity, int grams,
                                          String taxRate) {
        return new OrderPricing.Item(merchant, "shop " + merchant, sku, sku * 10, 1, "SKU-" + sku, "名" + sku,
                "name " + sku, "红", null, Money.cny(price), quantity, grams, new BigDecimal(taxRate), true);
    }

    @Test
    void oneGroupPerMerchantWithItsOwnShippingAndTotals() {
        List<Long> freightAskedFor = new ArrayList<>();
        Quote quote = OrderPricing.price(List.of(
                        item(1, 11, "19.90", 3, 200, "0"),
                        item(2, 21, "100.00", 1, 1500, "0"),
                        item(1, 12, "5.00", 2, 50, "0")),
                "standard", (merchant, grams, itemsTotal) -> {
                    freightAskedFor.add(merchant);
                    return merchant == 1 ? Money.cny("8.00") : Money.cny("12.00");
                }, Money.BASE_CURRENCY);

        assertThat(quote.groups()).hasSize(2);
        Quote.Group first = quote.groups().get(0);
        assertThat(first.merchantId()).isEqualTo(1);
        assertThat(first.lines()).extracting(Quote.Line::skuId).containsExactly(11L, 12L);
        assertThat(first.itemsTotal()).isEqualTo(Money.cny("69.70"));
        assertThat(first.weightGrams()).isEqualTo(700);
        assertThat(first.total()).isEqualTo(Money.cny("77.70"));
        assertThat(quote.groups().get(1).total()).isEqualTo(Money.cny("112.00"));
        assertThat(quote.itemsTotal()).isEqualTo(Money.cny("169.70"));
        assertThat(quote.shipping()).isEqualTo(Money.cny("20.00"));
        assertThat(quote.total()).isEqualTo(Money.cny("189.70"));
        assertThat(freightAskedFor).containsExactly(1L, 2L);
    }

    @Test
    void taxIsRoundedHalfUpPerLineAndTheOrderTaxIsTheirSum() {
        // 3 × 3.33 = 9.99 × 9.1% = 0.90909 → 0.91; 1 × 0.55 × 9.1% = 0.05005 → 0.05; sum 0.96
        // (taxing the 10.54 total at once would give 0.95914 → 0.96 here too, but per line is the documented step)
        Quote quote = OrderPricing.price(List.of(item(1, 1, "3.33", 3, 0, "0.091"), item(1, 2, "0.55", 1, 0, "0.091")),
                "standard", (m, g, t) -> Money.cny("0.00"), Money.BASE_CURRENCY);
        assertThat(quote.lines()).extracting(Quote.Line::tax).containsExactly(Money.cny("0.91"), Money.cny("0.05"));
        assertThat(quote.tax()).isEqualTo(Money.cny("0.96"));
        assertThat(quote.total()).isEqualTo(Money.cny("11.50"));
    }

    @Test
    void halfACentRoundsUp() {
        // 0.50 × 9% = 0.045 → 0.05 (HALF_UP, not banker's rounding which would give 0.04)
        Quote quote = OrderPricing.price(List.of(item(1, 1, "0.50", 1, 0, "0.09")), "standard",
                (m, g, t) -> Money.cny("0.00"), Money.BASE_CURRENCY);
        assertThat(quote.tax()).isEqualTo(Money.cny("0.05"));
    }

    @Test
    void freightSeesTheGroupsWeightAndItemsTotal() {
        List<String> asked = new ArrayList<>();
        OrderPricing.price(List.of(item(7, 1, "49.50", 2, 600, "0")), "express", (m, grams, total) -> {
            asked.add(m + ":" + grams + ":" + total.amountText());
            return Money.cny("0.00");
        }, Money.BASE_CURRENCY);
        assertThat(asked).containsExactly("7:1200:99.00");
    }

    @Test
    void pointsPayLikeMoneyAndNeverCostTheFreeShipping() {
        // ¥88 reaches the shop's free shipping at ¥88; 5 points (¥0.05) must not take it below and add freight
        var points = new OrderPricing.Promotions(Stacking.standard(), List.of(new PointsDeduction(9, "积分抵扣",
                "Paid with points", Money.cny("0.05"), new BigDecimal("0.5"))), java.util.Map.of());
        Quote quote = OrderPricing.price(List.of(item(7, 1, "88.00", 1, 500, "0")), "standard",
                (m, grams, total) -> total.compareTo(Money.cny("88.00")) >= 0 ? Money.cny("0.00") : Money.cny("8.00"),
                Money.BASE_CURRENCY, points);
        assertThat(quote.shipping()).isEqualTo(Money.cny("0.00"));
        assertThat(quote.total()).isEqualTo(Money.cny("87.95"));
    }

    @Test
    void aGiftIsALineAtItsListPriceAllOfItTakenOffOrMoreUnitsOnTheLineOfItsSku() {
        var gift = new Gift(4, "满100赠杯", "Free mug over 100", Scope.merchant(7), Money.cny("100.00"), 2, 1);
        var promotions = new OrderPricing.Promotions(Stacking.standard(), List.of(gift), java.util.Map.of(),
                java.util.Map.of(2L, item(7, 2, "25.00", 0, 300, "0.13")));
        Quote alone = OrderPricing.price(List.of(item(7, 1, "120.00", 1, 500, "0")), "standard",
                (m, grams, total) -> Money.cny(grams > 500 ? "10.00" : "8.00"), Money.BASE_CURRENCY, promotions);
        Quote.Line mug = alone.lines().get(1);
        assertThat(mug.skuId()).isEqualTo(2L);
        assertThat(mug.quantity()).isEqualTo(1);
        assertThat(mug.lineTotal()).isEqualTo(Money.cny("25.00"));
        assertThat(mug.discount()).isEqualTo(Money.cny("25.00"));
        assertThat(mug.tax()).as("nothing paid, no tax").isEqualTo(Money.cny("0.00"));
        assertThat(mug.adjustments()).extracting(a -> a.kind().name()).containsExactly("GIFT");
        assertThat(alone.discounts()).extracting(Quote.Discount::kind).containsExactly("GIFT");
        assertThat(alone.shipping()).as("the gift ships, and weighs").isEqualTo(Money.cny("10.00"));
        assertThat(alone.total()).isEqualTo(Money.cny("130.00"));

        Quote alsoBought = OrderPricing.price(List.of(item(7, 1, "120.00", 1, 500, "0"),
                        item(7, 2, "25.00", 2, 300, "0.13")), "standard", (m, grams, total) -> Money.cny("0.00"),
                Money.BASE_CURRENCY, promotions);
        Quote.Line mugs = alsoBought.lines().get(1);
        assertThat(mugs.quantity()).isEqualTo(3);
        assertThat(mugs.discount()).isEqualTo(Money.cny("25.00"));
        assertThat(mugs.tax()).as("13% of the two paid for").isEqualTo(Money.cny("6.50"));
        assertThat(alsoBought.total()).isEqualTo(Money.cny("176.50"));

        Quote outOfStock = OrderPricing.price(List.of(item(7, 1, "120.00", 1, 500, "0")), "standard",
                (m, grams, total) -> Money.cny("0.00"), Money.BASE_CURRENCY,
                new OrderPricing.Promotions(Stacking.standard(), List.of(gift), java.util.Map.of()));
        assertThat(outOfStock.lines()).as("a gift the checkout cannot give is not given").hasSize(1);
    }
}
