package org.emporium.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.Money;
import org.junit.jupiter.api.Test;

class FreightTest {

    private static final Destination HANGZHOU = new Destination("CN", "浙江省", "杭州市");
    private static final Destination NINGBO = new Destination("CN", "浙江省", "宁波市");
    private static final Destination BEIJING = new Destination("CN", "北京市", "北京市");
    private static final Destination URUMQI = new Destination("CN", "新疆维吾尔自治区", "乌鲁木齐市");
    private static final Money SMALL_ORDER = Money.cny("50.00");

    /** Ships from 杭州; standard ¥8 first kg + ¥2 per 500 g, 新疆 ¥18 + ¥6, free from ¥99 (not 新疆). */
    private static FreightTemplate template(boolean pickup, String threshold) {
        FreightTemplateDraft d = new FreightTemplateDraft();
        d.name = "test";
        d.shipFromProvince = "浙江省";
        d.shipFromCity = "杭州市";
        d.freeThreshold = threshold == null ? null : new BigDecimal(threshold);
        d.pickupEnabled = pickup;
        d.rules.add(new FreightTemplateDraft.RuleDraft("standard", List.of(), 1000, "8.00", 500, "2.00", true));
        d.rules.add(new FreightTemplateDraft.RuleDraft("standard", List.of("新疆维吾尔自治区"), 1000, "18.00", 500,
                "6.00", false));
        d.rules.add(new FreightTemplateDraft.RuleDraft("express", List.of("浙江省", "上海市"), 1000, "12.00", 1000,
                "3.00", false));
        d.rules.add(new FreightTemplateDraft.RuleDraft("same-city", List.of(), 3000, "10.00", 1000, "2.00", false));
        return new FreightTemplate(1L, d, Instant.EPOCH);
    }

    private static final FreightTemplate TEMPLATE = template(true, "99.00");

    private static Optional<Money> fee(ShippingMethod method, Destination to, int grams, Money itemsTotal) {
        return Freight.fee(TEMPLATE, method, to, grams, itemsTotal);
    }

    @Test
    void exactlyTheFirstWeightPaysTheFirstFeeOnly() {
        assertThat(fee(ShippingMethod.STANDARD, BEIJING, 1000, SMALL_ORDER)).contains(Money.cny("8.00"));
    }

    @Test
    void oneGramOverTheFirstWeightPaysOneFullStep() {
        assertThat(fee(ShippingMethod.STANDARD, BEIJING, 1001, SMALL_ORDER)).contains(Money.cny("10.00"));
        assertThat(fee(ShippingMethod.STANDARD, BEIJING, 1500, SMALL_ORDER)).contains(Money.cny("10.00"));
        assertThat(fee(ShippingMethod.STANDARD, BEIJING, 1501, SMALL_ORDER)).contains(Money.cny("12.00"));
        assertThat(fee(ShippingMethod.STANDARD, BEIJING, 3200, SMALL_ORDER)).contains(Money.cny("18.00"));
    }

    @Test
    void zeroAndLightParcelsPayTheFirstFee() {
        assertThat(fee(ShippingMethod.STANDARD, BEIJING, 0, SMALL_ORDER)).contains(Money.cny("8.00"));
        assertThat(fee(ShippingMethod.STANDARD, BEIJING, 1, SMALL_ORDER)).contains(Money.cny("8.00"));
    }

    @Test
    void aNegativeWeightIsRefused() {
        assertThatThrownBy(() -> fee(ShippingMethod.STANDARD, BEIJING, -1, SMALL_ORDER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void heavyParcelsDoNotOverflow() {
        assertThat(fee(ShippingMethod.STANDARD, BEIJING, Integer.MAX_VALUE, SMALL_ORDER))
                .contains(Money.cny("8.00").plus(Money.cny("2.00").times(4294965).plus(Money.cny("2.00"))));
    }

    @Test
    void theThresholdExactlyMetShipsFree() {
        assertThat(fee(ShippingMethod.STANDARD, BEIJING, 2000, Money.cny("99.00"))).contains(Money.cny("0.00"));
        assertThat(fee(ShippingMethod.STANDARD, BEIJING, 2000, Money.cny("98.99"))).contains(Money.cny("12.00"));
        assertThat(fee(ShippingMethod.STANDARD, BEIJING, 2000, Money.cny("1000"))).contains(Money.cny("0.00"));
    }

    @Test
    void theThresholdFreesOnlyRulesItCovers() {
        assertThat(fee(ShippingMethod.STANDARD, URUMQI, 1000, Money.cny("500"))).contains(Money.cny("18.00"));
        assertThat(fee(ShippingMethod.EXPRESS, HANGZHOU, 1000, Money.cny("500"))).contains(Money.cny("12.00"));
    }

    @Test
    void withoutAThresholdNothingShipsFree() {
        FreightTemplate noThreshold = template(true, null);
        assertThat(Freight.fee(noThreshold, ShippingMethod.STANDARD, BEIJING, 1000, Money.cny("10000")))
                .contains(Money.cny("8.00"));
    }

    @Test
    void aRuleNamingTheProvinceBeatsTheDefaultRule() {
        assertThat(fee(ShippingMethod.STANDARD, URUMQI, 1600, SMALL_ORDER)).contains(Money.cny("30.00"));
        assertThat(fee(ShippingMethod.STANDARD, NINGBO, 1600, SMALL_ORDER)).contains(Money.cny("12.00"));
    }

    @Test
    void regionsMatchExactlyOnTheProvince() {
        assertThat(fee(ShippingMethod.EXPRESS, NINGBO, 1000, SMALL_ORDER)).contains(Money.cny("12.00"));
        assertThat(fee(ShippingMethod.EXPRESS, new Destination("CN", "上海市", "上海市"), 1000, SMALL_ORDER))
                .contains(Money.cny("12.00"));
        // express has no default rule: provinces not named are not served, however similar their names
        assertThat(fee(ShippingMethod.EXPRESS, new Destination("CN", "江苏省", "苏州市"), 1000, SMALL_ORDER)).isEmpty();
        assertThat(fee(ShippingMethod.EXPRESS, new Destination("CN", "浙江省杭州市", "杭州市"), 1000, SMALL_ORDER))
                .isEmpty();
        assertThat(fee(ShippingMethod.EXPRESS, BEIJING, 1000, SMALL_ORDER)).isEmpty();
    }

    @Test
    void aShortProvinceNameInTheAddressIsTheSameProvince() {
        assertThat(fee(ShippingMethod.STANDARD, new Destination("cn", " 新疆 ", "乌鲁木齐市"), 1000, SMALL_ORDER))
                .contains(Money.cny("18.00"));
    }

    @Test
    void sameCityOnlyInTheShipFromCity() {
        assertThat(fee(ShippingMethod.SAME_CITY, HANGZHOU, 3000, SMALL_ORDER)).contains(Money.cny("10.00"));
        assertThat(fee(ShippingMethod.SAME_CITY, HANGZHOU, 3001, SMALL_ORDER)).contains(Money.cny("12.00"));
        assertThat(fee(ShippingMethod.SAME_CITY, NINGBO, 1000, SMALL_ORDER)).isEmpty();
        assertThat(fee(ShippingMethod.SAME_CITY, new Destination("CN", "江苏省", "杭州市"), 1000, SMALL_ORDER))
                .isEmpty();
    }

    @Test
    void pickupIsFreeWhenOfferedAndUnavailableOtherwise() {
        assertThat(fee(ShippingMethod.PICKUP, URUMQI, 50_000, SMALL_ORDER)).contains(Money.cny("0"));
        assertThat(Freight.fee(template(false, "99"), ShippingMethod.PICKUP, HANGZHOU, 100, SMALL_ORDER)).isEmpty();
    }

    @Test
    void nothingIsDeliveredAbroad() {
        Destination hongKong = new Destination("HK", "香港", "香港");
        assertThat(fee(ShippingMethod.STANDARD, hongKong, 1000, SMALL_ORDER)).isEmpty();
        assertThat(Freight.methods(TEMPLATE, hongKong)).containsExactly(ShippingMethod.PICKUP);
    }

    @Test
    void theMethodsAvailableDependOnTheDestination() {
        assertThat(Freight.methods(TEMPLATE, HANGZHOU)).containsExactly(ShippingMethod.STANDARD,
                ShippingMethod.EXPRESS, ShippingMethod.SAME_CITY, ShippingMethod.PICKUP);
        assertThat(Freight.methods(TEMPLATE, BEIJING)).containsExactly(ShippingMethod.STANDARD,
                ShippingMethod.PICKUP);
    }

    @Test
    void aTemplateWithoutADefaultRuleLeavesProvincesUncovered() {
        FreightTemplateDraft d = new FreightTemplateDraft();
        d.name = "江浙沪 only";
        d.shipFromProvince = "上海";
        d.shipFromCity = "上海市";
        d.rules.add(new FreightTemplateDraft.RuleDraft("standard", List.of("上海", "江苏", "浙江"), 1000, "5.00", 1000,
                "1.00", false));
        FreightTemplate local = new FreightTemplate(1L, d, Instant.EPOCH);
        assertThat(local.getShipFromProvince()).isEqualTo("上海市");
        assertThat(local.getRules().get(0).getProvinces()).containsExactly("上海市", "江苏省", "浙江省");
        assertThat(Freight.methods(local, BEIJING)).isEmpty();
        assertThat(Freight.fee(local, ShippingMethod.STANDARD, NINGBO, 2500, SMALL_ORDER)).contains(Money.cny("7"));
    }

    @Test
    void thePlatformDefaultDeliversStandardAndExpressEverywhereInChina() {
        FreightTemplate platform = Freight.platformDefault();
        assertThat(Freight.methods(platform, URUMQI)).containsExactly(ShippingMethod.STANDARD,
                ShippingMethod.EXPRESS);
        assertThat(Freight.fee(platform, ShippingMethod.STANDARD, BEIJING, 2500, Money.cny("1000")))
                .contains(Money.cny("20.00"));
        assertThat(Freight.fee(platform, ShippingMethod.EXPRESS, BEIJING, 1000, SMALL_ORDER))
                .contains(Money.cny("22.00"));
    }

    @Test
    void theDemoTemplatesAreConsistentAndPriceAsAdvertised() {
        FreightTemplate hangzhou = new FreightTemplate(1L, DemoShipping.hangzhou(), Instant.EPOCH);
        FreightTemplate shenzhen = new FreightTemplate(2L, DemoShipping.shenzhen(), Instant.EPOCH);
        assertThat(Freight.fee(hangzhou, ShippingMethod.STANDARD, BEIJING, 1000, SMALL_ORDER))
                .contains(Money.cny("8.00"));
        assertThat(Freight.fee(hangzhou, ShippingMethod.STANDARD, BEIJING, 1000, Money.cny("99")))
                .contains(Money.cny("0.00"));
        assertThat(Freight.fee(hangzhou, ShippingMethod.STANDARD, URUMQI, 1000, Money.cny("99")))
                .contains(Money.cny("18.00"));
        assertThat(Freight.methods(shenzhen, new Destination("CN", "广东省", "深圳市"))).hasSize(4);
        assertThat(Freight.methods(shenzhen, HANGZHOU)).containsExactly(ShippingMethod.STANDARD,
                ShippingMethod.EXPRESS, ShippingMethod.PICKUP);
    }

    @Test
    void shippingMethodsHaveStableCodes() {
        assertThat(ShippingMethod.fromCode("same-city")).isEqualTo(ShippingMethod.SAME_CITY);
        assertThat(ShippingMethod.fromCode("pickup").code()).isEqualTo("pickup");
        assertThatThrownBy(() -> ShippingMethod.fromCode("SAME_CITY")).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).code()).isEqualTo("VALIDATION");
        assertThatThrownBy(() -> ShippingMethod.fromCode(null)).isInstanceOf(BusinessRuleException.class);
    }
}
