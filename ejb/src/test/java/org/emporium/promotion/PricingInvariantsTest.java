package org.emporium.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.emporium.platform.Money;

/**
 * The engine's invariants over random carts and random promotions: nothing goes below zero, no promotion takes off
 * more than its items cost, lines' shares add up to each promotion to the cent, and the order of the lines changes
 * nothing.
 */
class PricingInvariantsTest {

    private static final List<Long> SHOPS = List.of(1L, 2L);
    private static final List<Long> CATEGORIES = List.of(10L, 20L, 30L);

    private final PricingEngine engine = new PricingEngine(Stacking.standard());

    @Property
    void noLineAndNoTotalGoesBelowZero(@ForAll("carts") List<PricingEngine.Item> cart,
                                       @ForAll("offers") List<Offer> offers) {
        PricingEngine.Result result = engine.price(cart, offers);

        result.items().forEach(line -> {
            assertThat(line.net().isNegative()).as("net of %s", line).isFalse();
            line.adjustments().forEach(a -> assertThat(a.amount().isNegative() || a.amount().isZero())
                    .as("a zero or negative share in %s", line).isFalse());
        });
    }

    @Property
    void eachPromotionTakesOffWhatItsLinesSayAndNoMoreThanTheyCost(@ForAll("carts") List<PricingEngine.Item> cart,
                                                                   @ForAll("offers") List<Offer> offers) {
        PricingEngine.Result result = engine.price(cart, offers);

        for (PricingEngine.Applied applied : result.applied()) {
            List<PricingEngine.PricedItem> lines = result.items().stream()
                    .filter(l -> l.adjustments().stream().anyMatch(a -> a.offerId() == applied.offer().id()))
                    .toList();
            Money shares = lines.stream().flatMap(l -> l.adjustments().stream())
                    .filter(a -> a.offerId() == applied.offer().id()).map(PricingEngine.Adjustment::amount)
                    .reduce(Money::plus).orElseThrow();
            Money cost = lines.stream().map(l -> l.item().amount()).reduce(Money::plus).orElseThrow();
            assertThat(shares).as("shares of %s", applied.offer()).isEqualTo(applied.amount());
            assertThat(applied.amount().compareTo(cost)).as("%s against %s", applied, cost).isLessThanOrEqualTo(0);
            lines.forEach(l -> assertThat(applied.offer().scope().covers(l.item())).isTrue());
        }
        Money applied = result.applied().stream().map(PricingEngine.Applied::amount)
                .reduce(Money.cny("0.00"), Money::plus);
        assertThat(result.discount()).as("the total discount is the promotions'").isEqualTo(applied);
    }

    @Property
    void theOrderOfTheLinesChangesNothing(@ForAll("carts") List<PricingEngine.Item> cart,
                                          @ForAll("offers") List<Offer> offers, @ForAll long seed) {
        List<PricingEngine.Item> shuffled = new ArrayList<>(cart);
        Collections.shuffle(shuffled, new Random(seed));

        PricingEngine.Result once = engine.price(cart, offers);
        PricingEngine.Result again = engine.price(shuffled, offers);

        for (PricingEngine.Item item : cart) {
            assertThat(again.of(item.skuId()).adjustments()).isEqualTo(once.of(item.skuId()).adjustments());
        }
        assertThat(again.hints()).containsExactlyInAnyOrderElementsOf(once.hints());
    }

    @Property
    void allocationSumsExactlyAndNoShareExceedsItsWeight(@ForAll("weights") List<Money> weights,
                                                          @ForAll("fractions") BigDecimal fraction) {
        Money whole = weights.stream().reduce(Money::plus).orElseThrow();
        Money amount = whole.multiply(fraction, java.math.RoundingMode.DOWN);

        List<Money> shares = Allocation.split(amount, weights);

        assertThat(shares.stream().reduce(Money::plus).orElseThrow()).isEqualTo(amount);
        for (int i = 0; i < weights.size(); i++) {
            assertThat(shares.get(i).isNegative()).isFalse();
            assertThat(shares.get(i).compareTo(weights.get(i))).isLessThanOrEqualTo(0);
        }
    }

    @Provide
    Arbitrary<List<PricingEngine.Item>> carts() {
        Arbitrary<PricingEngine.Item> item = Combinators.combine(
                Arbitraries.of(SHOPS), Arbitraries.of(CATEGORIES), prices(), Arbitraries.integers().between(1, 5))
                .as((shop, category, price, quantity) -> new PricingEngine.Item(0, 0, Set.of(category), shop,
                        price, quantity));
        return item.list().ofMinSize(1).ofMaxSize(30).map(items -> {
            List<PricingEngine.Item> numbered = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                PricingEngine.Item it = items.get(i);
                numbered.add(new PricingEngine.Item(i + 1, i + 101, it.categoryPath(), it.merchantId(),
                        it.unitPrice(), it.quantity()));
            }
            return numbered;
        });
    }

    @Provide
    Arbitrary<List<Offer>> offers() {
        Arbitrary<Scope> scopes = Arbitraries.oneOf(Arbitraries.just(Scope.platform()),
                Arbitraries.of(SHOPS).map(Scope::merchant),
                Combinators.combine(Arbitraries.of(SHOPS), Arbitraries.of(CATEGORIES))
                        .as((shop, category) -> new Scope(shop, Set.of(category), Set.of(), Set.of())));
        Arbitrary<Offer> discount = Combinators.combine(scopes, Arbitraries.integers().between(1, 99))
                .as((scope, percent) -> new TimedDiscount(0, "折扣", "Sale", scope, BigDecimal.valueOf(percent, 2)));
        Arbitrary<Offer> tiered = Combinators.combine(scopes, prices(), Arbitraries.integers().between(1, 100),
                        Arbitraries.integers().between(1, 3))
                .as((scope, threshold, percent, tiers) -> {
                    List<ThresholdReduction.Tier> list = new ArrayList<>();
                    for (int t = 1; t <= tiers; t++) {
                        Money step = threshold.times(t);
                        list.add(new ThresholdReduction.Tier(step, share(step, percent)));
                    }
                    return new ThresholdReduction(0, "满减", "Spend and save", scope, list, false, null);
                });
        Arbitrary<Offer> repeating = Combinators.combine(scopes, prices(), Arbitraries.integers().between(1, 100),
                        Arbitraries.of(true, false))
                .as((scope, threshold, percent, capped) -> {
                    Money off = share(threshold, percent);
                    return new ThresholdReduction(0, "每满减", "Every", scope,
                            List.of(new ThresholdReduction.Tier(threshold, off)), true, capped ? off.times(2) : null);
                });
        Arbitrary<Offer> coupon = Combinators.combine(scopes, prices(), prices(), Arbitraries.integers().between(1, 99),
                        Arbitraries.of(true, false))
                .as((scope, minimum, off, percent, fixed) -> new CouponOffer(0, "券", "CouponOffer", scope, minimum,
                        fixed ? off : null, fixed ? null : BigDecimal.valueOf(percent, 2), fixed ? null : off));
        Arbitrary<Offer> member = Arbitraries.integers().between(80, 99)
                .map(percent -> new MemberPrice(0, "会员价", "Member price", BigDecimal.valueOf(percent, 2)));
        Arbitrary<Offer> quantity = Combinators.combine(scopes, Arbitraries.integers().between(2, 5),
                        Arbitraries.integers().between(50, 99))
                .as((scope, from, percent) -> new TieredPrice(0, "阶梯价", "Quantity price", scope,
                        List.of(new TieredPrice.Tier(from, BigDecimal.valueOf(percent, 2)))));
        Arbitrary<Offer> free = Combinators.combine(scopes, Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(1, 2))
                .as((scope, buy, gift) -> new BuyMoreGetFree(0, "买N送M", "Buy N get M", scope, buy, gift));
        Arbitrary<Offer> points = Combinators.combine(prices(), Arbitraries.integers().between(1, 100))
                .as((value, percent) -> new PointsDeduction(0, "积分抵扣", "Points", value,
                        BigDecimal.valueOf(percent, 2)));
        Arbitrary<Offer> gift = Combinators.combine(Arbitraries.of(SHOPS).map(Scope::merchant), prices(),
                        Arbitraries.integers().between(1, 3))
                .as((scope, minimum, units) -> new Gift(0, "满赠", "Gift", scope, minimum, 1, units));
        return Arbitraries.oneOf(discount, tiered, repeating, coupon, member, quantity, free, points, gift).list()
                .ofMaxSize(6).map(list -> {
            List<Offer> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                numbered.add(withId(list.get(i), i + 1));
            }
            return numbered;
        });
    }

    @Provide
    Arbitrary<List<Money>> weights() {
        return prices().list().ofMinSize(1).ofMaxSize(30);
    }

    @Provide
    Arbitrary<BigDecimal> fractions() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4);
    }

    private static Arbitrary<Money> prices() {
        return Arbitraries.longs().between(1, 500_000).map(cents -> Money.of(BigDecimal.valueOf(cents, 2),
                Money.BASE_CURRENCY));
    }

    /** {@code percent} % of a threshold, at least a cent and at most all of it. */
    private static Money share(Money threshold, int percent) {
        Money off = threshold.multiply(BigDecimal.valueOf(percent, 2), java.math.RoundingMode.DOWN)
                .plus(Money.cny("0.01"));
        return off.compareTo(threshold) > 0 ? threshold : off;
    }

    private static Offer withId(Offer offer, long id) {
        if (offer instanceof TimedDiscount d) {
            return new TimedDiscount(id, d.name(), d.nameEn(), d.scope(), d.rate());
        }
        if (offer instanceof CouponOffer c) {
            return new CouponOffer(id, c.name(), c.nameEn(), c.scope(), c.minimum(), c.amountOff(), c.rate(), c.cap());
        }
        if (offer instanceof MemberPrice m) {
            return new MemberPrice(id, m.name(), m.nameEn(), m.rate());
        }
        if (offer instanceof TieredPrice t) {
            return new TieredPrice(id, t.name(), t.nameEn(), t.scope(), t.tiers());
        }
        if (offer instanceof BuyMoreGetFree b) {
            return new BuyMoreGetFree(id, b.name(), b.nameEn(), b.scope(), b.buy(), b.free());
        }
        if (offer instanceof Gift g) {
            return new Gift(id, g.name(), g.nameEn(), g.scope(), g.minimum(), g.giftSkuId(), g.quantity());
        }
        if (offer instanceof PointsDeduction p) {
            return new PointsDeduction(id, p.name(), p.nameEn(), p.offered(), p.maxShare());
        }
        ThresholdReduction r = (ThresholdReduction) offer;
        return new ThresholdReduction(id, r.name(), r.nameEn(), r.scope(), r.tiers(), r.repeating(), r.cap());
    }
}
