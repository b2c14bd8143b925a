package org.emporium.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emporium.platform.Money;
import org.junit.jupiter.api.Test;

/** Worked examples of each kind of promotion, of the stacking table and of the explanations and hints. */
class PricingEngineTest {

    private static final long SHOP = 7L;
    private static final long OTHER_SHOP = 8L;
    private static final long PHONES = 100L;
    private static final long ELECTRONICS = 10L;

    private final PricingEngine engine = new PricingEngine(Stacking.standard());

    @Test
    void timedDiscountPricesEachUnitAtTheRateRoundedHalfUp() {
        // 8折 of 79.99 is 63.992 → 63.99 a unit; three units save 3 × 16.00
        var result = engine.price(List.of(item(1, "79.99", 3)), List.of(discount(1, "0.80", Scope.merchant(SHOP))));

        assertThat(result.of(1).discount()).isEqualTo(Money.cny("48.00"));
        assertThat(result.of(1).net()).isEqualTo(Money.cny("191.97"));
        assertThat(result.of(1).adjustments()).extracting(PricingEngine.Adjustment::name).containsExactly("限时折扣 1");
    }

    @Test
    void anItemTakesTheBestOfTwoDiscountsNotBoth() {
        var result = engine.price(List.of(item(1, "100.00", 1)), List.of(
                discount(1, "0.90", Scope.platform()), discount(2, "0.70", Scope.merchant(SHOP))));

        assertThat(result.of(1).discount()).isEqualTo(Money.cny("30.00"));
        assertThat(result.of(1).adjustments()).extracting(PricingEngine.Adjustment::offerId).containsExactly(2L);
    }

    @Test
    void tieredReductionTakesTheHighestTierReachedAndSplitsItOverItsItemsToTheCent() {
        // 满 200 减 20, 满 300 减 50: 120 + 180.01 = 300.01 reaches 300
        var offer = reduction(1, Scope.merchant(SHOP), false, null, "200.00", "20.00", "300.00", "50.00");
        var result = engine.price(List.of(item(1, "120.00", 1), item(2, "60.00", 3), item(3, "0.01", 1)),
                List.of(offer));

        assertThat(result.discount()).isEqualTo(Money.cny("50.00"));
        // shares by what each line costs: 19.999.. and 29.999.. round down and get the two cents left over; 0.0017 → 0
        assertThat(result.of(1).discount()).isEqualTo(Money.cny("20.00"));
        assertThat(result.of(2).discount()).isEqualTo(Money.cny("30.00"));
        assertThat(result.of(3).discount()).isEqualTo(Money.cny("0.00"));
        assertThat(result.hints()).isEmpty(); // the top tier is reached
    }

    @Test
    void belowTheFirstTierNothingComesOffAndTheShopperIsToldWhatIsMissing() {
        var offer = reduction(1, Scope.merchant(SHOP), false, null, "200.00", "20.00", "300.00", "50.00");
        var result = engine.price(List.of(item(1, "180.00", 1)), List.of(offer));

        assertThat(result.discount()).isEqualTo(Money.cny("0.00"));
        assertThat(result.hints()).singleElement().satisfies(hint -> {
            assertThat(hint.missing()).isEqualTo(Money.cny("20.00")); // 再买 ¥20 减 ¥20
            assertThat(hint.reduction()).isEqualTo(Money.cny("20.00"));
        });
    }

    @Test
    void reachingATierStillShowsTheNextOne() {
        var offer = reduction(1, Scope.merchant(SHOP), false, null, "200.00", "20.00", "300.00", "50.00");
        var result = engine.price(List.of(item(1, "280.00", 1)), List.of(offer));

        assertThat(result.discount()).isEqualTo(Money.cny("20.00"));
        assertThat(result.hints()).singleElement().satisfies(hint -> {
            assertThat(hint.missing()).isEqualTo(Money.cny("20.00")); // 再买 ¥20 减 ¥50
            assertThat(hint.reduction()).isEqualTo(Money.cny("50.00"));
        });
    }

    @Test
    void repeatingReductionIsTakenAsOftenAsTheThresholdFitsUpToItsCap() {
        // 每满 100 减 10, at most 30
        var offer = reduction(1, Scope.merchant(SHOP), true, "30.00", "100.00", "10.00");

        assertThat(engine.price(List.of(item(1, "259.00", 1)), List.of(offer)).discount())
                .isEqualTo(Money.cny("20.00"));
        assertThat(engine.price(List.of(item(1, "999.00", 1)), List.of(offer)).discount())
                .isEqualTo(Money.cny("30.00"));
        assertThat(engine.price(List.of(item(1, "999.00", 1)), List.of(offer)).hints()).isEmpty();
    }

    @Test
    void scopeLimitsAReductionToItsCategoriesAndSubcategoriesAndItsShop() {
        var electronics = reduction(1, new Scope(SHOP, Set.of(ELECTRONICS), Set.of(), Set.of()), false, null,
                "100.00", "15.00");
        var phone = new PricingEngine.Item(1, 11, Set.of(PHONES, ELECTRONICS), SHOP, Money.cny("90.00"), 1);
        var book = new PricingEngine.Item(2, 12, Set.of(200L), SHOP, Money.cny("50.00"), 1);
        var otherShopsPhone = new PricingEngine.Item(3, 13, Set.of(PHONES, ELECTRONICS), OTHER_SHOP,
                Money.cny("50.00"), 1);

        var result = engine.price(List.of(phone, book, otherShopsPhone), List.of(electronics));

        assertThat(result.discount()).as("only the phone counts: 90 < 100").isEqualTo(Money.cny("0.00"));
        assertThat(result.hints()).singleElement().satisfies(h -> assertThat(h.missing())
                .isEqualTo(Money.cny("10.00")));
    }

    @Test
    void reductionCountsWhatTheItemsCostAfterTheirDiscountUnderTheStandardTable() {
        var result = engine.price(List.of(item(1, "110.00", 2)), List.of(
                discount(1, "0.90", Scope.merchant(SHOP)),
                reduction(2, Scope.merchant(SHOP), false, null, "200.00", "20.00")));

        // 220 → 198 after 9折: short of 200, so no 满减
        assertThat(result.discount()).isEqualTo(Money.cny("22.00"));
        assertThat(result.hints()).singleElement().satisfies(h -> assertThat(h.missing())
                .isEqualTo(Money.cny("2.00")));
    }

    @Test
    void aTableThatForbidsCombiningKeepsDiscountedItemsOutOfTheReduction() {
        Map<PromotionKind, Stacking.Rule> rules = new EnumMap<>(PromotionKind.class);
        rules.put(PromotionKind.TIMED_DISCOUNT, new Stacking.Rule(10, Set.of()));
        rules.put(PromotionKind.THRESHOLD_REDUCTION, new Stacking.Rule(20, Set.of()));
        rules.put(PromotionKind.COUPON, new Stacking.Rule(30, Set.of()));
        rules.put(PromotionKind.FLASH_SALE, new Stacking.Rule(3, Set.of()));
        rules.put(PromotionKind.MEMBER_PRICE, new Stacking.Rule(6, Set.of()));
        rules.put(PromotionKind.POINTS, new Stacking.Rule(40, Set.of()));
        rules.put(PromotionKind.BUY_MORE_GET_FREE, new Stacking.Rule(5, Set.of()));
        rules.put(PromotionKind.GIFT, new Stacking.Rule(15, Set.of()));
        rules.put(PromotionKind.TIERED_PRICE, new Stacking.Rule(9, Set.of()));
        var exclusive = new PricingEngine(new Stacking(rules));

        var result = exclusive.price(List.of(item(1, "300.00", 1), item(2, "150.00", 1)), List.of(
                new TimedDiscount(1, "限时折扣", "Sale", new Scope(SHOP, Set.of(), Set.of(), Set.of(1L)),
                        new BigDecimal("0.50")),
                reduction(2, Scope.merchant(SHOP), false, null, "200.00", "20.00")));

        assertThat(result.of(1).discount()).isEqualTo(Money.cny("150.00"));
        assertThat(result.of(2).discount()).as("150 alone does not reach 200").isEqualTo(Money.cny("0.00"));
    }

    @Test
    void aFlashSaleStandsAloneOnItsItemAndOnlyPointsFollowIt() {
        var sale = new FlashSale(7, "秒杀", "Flash sale", new Scope(SHOP, Set.of(), Set.of(), Set.of(1L)),
                Money.cny("99.00"), 1, 100);
        var member = new MemberPrice(2, "银卡会员价", "Silver member price", new BigDecimal("0.98"));
        var shopWide = reduction(3, Scope.merchant(SHOP), false, null, "100.00", "10.00");
        var points = new PointsDeduction(42, "积分抵扣", "Paid with points", Money.cny("50.00"),
                new BigDecimal("0.5"));

        var result = engine.price(List.of(item(1, "199.00", 1), item(2, "120.00", 1)),
                List.of(sale, member, shopWide, points));

        // item 1: 199 → 99 (flash sale), nothing else but points; item 2: 120 → 117.60 (98%) → 满 100 减 10
        assertThat(result.of(1).adjustments()).extracting(PricingEngine.Adjustment::kind)
                .containsExactly(PromotionKind.FLASH_SALE, PromotionKind.POINTS);
        assertThat(result.of(2).adjustments()).extracting(PricingEngine.Adjustment::kind)
                .containsExactly(PromotionKind.MEMBER_PRICE, PromotionKind.THRESHOLD_REDUCTION, PromotionKind.POINTS);
        // points pay at most half of what is left, 99 + 107.60 = 206.60 → 103.30, but only ¥50 are offered
        assertThat(result.applied()).filteredOn(a -> a.offer().kind() == PromotionKind.POINTS).singleElement()
                .satisfies(a -> assertThat(a.amount()).isEqualTo(Money.cny("50.00")));
        assertThat(result.discount()).isEqualTo(Money.cny("100.00").plus(Money.cny("2.40"))
                .plus(Money.cny("10.00")).plus(Money.cny("50.00")));
    }

    @Test
    void buyTwoGetOneFreeGivesTheCheapestUnitsOfAllItemsInScope() {
        var deal = new BuyMoreGetFree(5, "买二送一", "Buy 2 get 1 free", Scope.merchant(SHOP), 2, 1);

        // 3 × 30 and 2 × 50 = five units: one group of three → the cheapest unit (30) is free
        var result = engine.price(List.of(item(2, "50.00", 2), item(1, "30.00", 3)), List.of(deal));
        assertThat(result.of(1).discount()).isEqualTo(Money.cny("30.00"));
        assertThat(result.of(2).discount()).isEqualTo(Money.cny("0.00"));

        // six units: two free, both at 30
        var six = engine.price(List.of(item(2, "50.00", 3), item(1, "30.00", 3)), List.of(deal));
        assertThat(six.of(1).discount()).isEqualTo(Money.cny("60.00"));
        assertThat(six.discount()).isEqualTo(Money.cny("60.00"));
    }

    @Test
    void memberQuantityAndSalePricesCompeteAndTheBestWinsPerItem() {
        var member = new MemberPrice(2, "银卡会员价", "Silver member price", new BigDecimal("0.95"));
        var tiers = new TieredPrice(8, "阶梯价", "Quantity price", Scope.merchant(SHOP), List.of(
                new TieredPrice.Tier(3, new BigDecimal("0.90")), new TieredPrice.Tier(10, new BigDecimal("0.80"))));
        var sale = new TimedDiscount(9, "限时折扣", "Sale", new Scope(SHOP, Set.of(), Set.of(), Set.of(3L)),
                new BigDecimal("0.70"));

        var result = engine.price(List.of(item(1, "100.00", 1), item(2, "100.00", 3), item(3, "100.00", 10)),
                List.of(member, tiers, sale));

        assertThat(result.of(1).adjustments()).extracting(PricingEngine.Adjustment::kind)
                .containsExactly(PromotionKind.MEMBER_PRICE);
        assertThat(result.of(1).discount()).isEqualTo(Money.cny("5.00"));
        assertThat(result.of(2).adjustments()).extracting(PricingEngine.Adjustment::kind)
                .containsExactly(PromotionKind.TIERED_PRICE);
        assertThat(result.of(2).discount()).isEqualTo(Money.cny("30.00"));
        assertThat(result.of(3).adjustments()).extracting(PricingEngine.Adjustment::kind)
                .as("30% off beats 20% for ten and 5% for members").containsExactly(PromotionKind.TIMED_DISCOUNT);
        assertThat(result.of(3).discount()).isEqualTo(Money.cny("300.00"));
    }

    @Test
    void quantityPricesGoDownWithEveryTier() {
        assertThatThrownBy(() -> new TieredPrice(1, "阶梯价", "Quantity price", Scope.platform(), List.of(
                new TieredPrice.Tier(3, new BigDecimal("0.90")), new TieredPrice.Tier(5, new BigDecimal("0.95")))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BuyMoreGetFree(1, "买零送一", "Buy 0", Scope.platform(), 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pointsPayNoMoreThanTheirShareOfWhatIsLeftToPay() {
        var points = new PointsDeduction(42, "积分抵扣", "Paid with points", Money.cny("500.00"),
                new BigDecimal("0.5"));

        var result = engine.price(List.of(item(1, "8.01", 1)), List.of(points));

        assertThat(result.discount()).as("half of 8.01, rounded down").isEqualTo(Money.cny("4.00"));
    }

    @Test
    void competingReductionsLetTheLargerOneKeepTheItems() {
        var shopWide = reduction(1, Scope.merchant(SHOP), false, null, "100.00", "10.00");
        var platformWide = reduction(2, Scope.platform(), false, null, "100.00", "25.00");

        var result = engine.price(List.of(item(1, "120.00", 1)), List.of(shopWide, platformWide));

        assertThat(result.discount()).isEqualTo(Money.cny("25.00"));
        assertThat(result.applied()).extracting(a -> a.offer().id()).containsExactly(2L);
    }

    @Test
    void aCouponComesAfterTheReductionOnWhatIsLeftAndNeedsItsMinimum() {
        // 300 → 满 300 减 50 → 250; 满 200 减 30 coupon on that: 220
        var reduction = reduction(1, Scope.merchant(SHOP), false, null, "300.00", "50.00");
        var coupon = new CouponOffer(9, "店铺券", "Shop coupon", Scope.merchant(SHOP), Money.cny("200.00"),
                Money.cny("30.00"), null, null);
        var result = engine.price(List.of(item(1, "100.00", 3)), List.of(coupon, reduction));

        assertThat(result.of(1).adjustments()).extracting(PricingEngine.Adjustment::kind)
                .containsExactly(PromotionKind.THRESHOLD_REDUCTION, PromotionKind.COUPON);
        assertThat(result.discount()).isEqualTo(Money.cny("80.00"));

        var tooSmall = engine.price(List.of(item(1, "100.00", 1)), List.of(coupon));
        assertThat(tooSmall.discount()).as("100 is short of its minimum of 200").isEqualTo(Money.cny("0.00"));
    }

    @Test
    void aPercentageCouponIsCappedAndAFixedOneNeverExceedsTheItems() {
        var percent = new CouponOffer(9, "9 折券", "10% off", Scope.platform(), null, null, new BigDecimal("0.90"),
                Money.cny("15.00"));
        assertThat(engine.price(List.of(item(1, "99.99", 1)), List.of(percent)).discount())
                .isEqualTo(Money.cny("10.00")); // 99.99 - 89.99
        assertThat(engine.price(List.of(item(1, "500.00", 1)), List.of(percent)).discount())
                .isEqualTo(Money.cny("15.00"));

        var fixed = new CouponOffer(10, "无门槛 20", "20 off", Scope.platform(), null, Money.cny("20.00"), null, null);
        assertThat(engine.price(List.of(item(1, "12.50", 1)), List.of(fixed)).discount())
                .isEqualTo(Money.cny("12.50"));
    }

    @Test
    void aGiftIsEarnedOnceWhenTheItemsInScopeReachItsMinimumAfterTheirPrices() {
        // 满 199 赠 2 × SKU 50: ¥220 of the shop's items at 8折 is ¥176 — short; at 9折 ¥198 — short by a cent
        var gift = new Gift(5, "满199赠杯", "Free mug over 199", Scope.merchant(SHOP), Money.cny("199.00"), 50, 2);
        var items = List.of(item(1, "120.00", 1), item(2, "100.00", 1));
        assertThat(engine.price(items, List.of(gift)).gifts()).containsExactly(gift);
        var short176 = engine.price(items, List.of(gift, discount(1, "0.80", Scope.merchant(SHOP))));
        assertThat(short176.gifts()).as("the minimum counts what the items cost after their prices").isEmpty();
        assertThat(short176.hints()).singleElement().satisfies(hint -> { // 再买 ¥23 送赠品
            assertThat(hint.offer()).isEqualTo(gift);
            assertThat(hint.missing()).isEqualTo(Money.cny("23.00"));
            assertThat(hint.reduction()).isEqualTo(Money.cny("0.00"));
        });
        var twice = engine.price(List.of(item(1, "199.00", 2)), List.of(gift));
        assertThat(twice.gifts()).as("once per checkout, however much more is bought").containsExactly(gift);
        assertThat(twice.hints()).as("nothing more to hint once it is earned").isEmpty();

        var result = engine.price(items, List.of(gift, reduction(2, Scope.merchant(SHOP), false, null,
                "200.00", "20.00")));
        assertThat(result.gifts()).containsExactly(gift);
        assertThat(result.discount()).as("the gift takes nothing off what is bought; 满减 still applies")
                .isEqualTo(Money.cny("20.00"));
    }

    @Test
    void aFlashSaleItemDoesNotCountTowardsAGiftAndAnotherShopsItemsNeither() {
        var gift = new Gift(5, "满100赠", "Gift over 100", Scope.merchant(SHOP), Money.cny("100.00"), 50, 1);
        var flash = new FlashSale(1, "秒杀", "Flash", new Scope(null, Set.of(), Set.of(), Set.of(1L)),
                Money.cny("150.00"), 1, 10);
        assertThat(engine.price(List.of(item(1, "200.00", 1)), List.of(gift, flash)).gifts()).isEmpty();
        var elsewhere = new PricingEngine.Item(3, 1003, Set.of(PHONES), OTHER_SHOP, Money.cny("500.00"), 1);
        assertThat(engine.price(List.of(elsewhere), List.of(gift)).gifts()).isEmpty();
    }

    @Test
    void offersAreCheckedWhenMade() {
        assertThatThrownBy(() -> new TimedDiscount(1, "x", "x", Scope.platform(), new BigDecimal("1.20")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reduction(1, Scope.platform(), false, null, "50.00", "60.00"))
                .as("taking off more than the threshold").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reduction(1, Scope.platform(), true, null, "50.00", "5.00", "100.00", "10.00"))
                .as("repeating with two tiers").isInstanceOf(IllegalArgumentException.class);
    }

    static PricingEngine.Item item(long sku, String price, int quantity) {
        return new PricingEngine.Item(sku, sku + 1000, Set.of(PHONES, ELECTRONICS), SHOP, Money.cny(price),
                quantity);
    }

    static TimedDiscount discount(long id, String rate, Scope scope) {
        return new TimedDiscount(id, "限时折扣 " + id, "Sale " + id, scope, new BigDecimal(rate));
    }

    static ThresholdReduction reduction(long id, Scope scope, boolean repeating, String cap, String... tiers) {
        List<ThresholdReduction.Tier> list = new java.util.ArrayList<>();
        for (int i = 0; i < tiers.length; i += 2) {
            list.add(new ThresholdReduction.Tier(Money.cny(tiers[i]), Money.cny(tiers[i + 1])));
        }
        return new ThresholdReduction(id, "满减 " + id, "Spend and save " + id, scope, list, repeating,
                cap == null ? null : Money.cny(cap));
    }
}
