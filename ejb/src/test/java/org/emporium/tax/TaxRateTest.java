package org.emporium.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.emporium.platform.Money;
import org.emporium.shipping.Destination;
import org.junit.jupiter.api.Test;

class TaxRateTest {

    private static final long DIAPERS = 7;
    private static final long TEA = 8;
    private static final Destination HANGZHOU = new Destination("CN", "浙江省", "杭州市");
    private static final Destination HAIKOU = new Destination("CN", "海南省", "海口市");

    private static TaxRate rate(String country, String province, Long category, String rate) {
        return new TaxRate(new TaxRateDraft(country, province, category, rate, "l", "l"), Instant.EPOCH);
    }

    private static final TaxRate COUNTRY = rate("CN", null, null, "0.0100");
    private static final TaxRate PROVINCE = rate("CN", "海南", null, "0.0200");
    private static final TaxRate CATEGORY = rate("CN", null, DIAPERS, "0.0910");
    private static final TaxRate PROVINCE_AND_CATEGORY = rate("CN", "海南省", DIAPERS, "0.0300");
    private static final List<TaxRate> ALL = List.of(PROVINCE_AND_CATEGORY, COUNTRY, CATEGORY, PROVINCE);

    private static Optional<BigDecimal> best(List<TaxRate> rates, Destination to, long category) {
        return TaxRate.mostSpecific(rates, to, category).map(TaxRate::getRate);
    }

    @Test
    void theMostSpecificRateWins() {
        assertThat(best(ALL, HAIKOU, DIAPERS)).contains(new BigDecimal("0.0300"));
        assertThat(best(ALL, HANGZHOU, DIAPERS)).contains(new BigDecimal("0.0910"));
        assertThat(best(ALL, HAIKOU, TEA)).contains(new BigDecimal("0.0200"));
        assertThat(best(ALL, HANGZHOU, TEA)).contains(new BigDecimal("0.0100"));
    }

    @Test
    void aCategoryRateBeatsAProvinceRate() {
        assertThat(best(List.of(PROVINCE, CATEGORY, COUNTRY), HAIKOU, DIAPERS)).contains(new BigDecimal("0.0910"));
    }

    @Test
    void nothingMatchesAnotherCountry() {
        assertThat(best(ALL, new Destination("SG", "", "Singapore"), TEA)).isEmpty();
        assertThat(best(List.of(PROVINCE, CATEGORY), HANGZHOU, TEA)).isEmpty();
    }

    @Test
    void provinceNamesAreCanonicalOnBothSides() {
        assertThat(PROVINCE.getProvince()).isEqualTo("海南省");
        assertThat(best(List.of(PROVINCE), new Destination("CN", "海南", "三亚市"), TEA))
                .contains(new BigDecimal("0.0200"));
        assertThat(rate("hk", "香港", null, "0").getCountry()).isEqualTo("HK");
    }

    @Test
    void taxIsRoundedHalfUpPerLine() {
        BigDecimal crossBorder = new BigDecimal("0.0910");
        assertThat(TaxRates.taxOn(Money.cny("139.00"), crossBorder)).isEqualTo(Money.cny("12.65")); // 12.649
        assertThat(TaxRates.taxOn(Money.cny("5.00"), crossBorder)).isEqualTo(Money.cny("0.46")); // 0.455
        assertThat(TaxRates.taxOn(Money.cny("4.94"), crossBorder)).isEqualTo(Money.cny("0.45")); // 0.44954
        assertThat(TaxRates.taxOn(Money.cny("0.05"), new BigDecimal("0.1000"))).isEqualTo(Money.cny("0.01"));
        assertThat(TaxRates.taxOn(Money.cny("199.00"), BigDecimal.ZERO)).isEqualTo(Money.cny("0.00"));
        assertThat(TaxRates.taxOn(Money.of("100", "JPY"), new BigDecimal("0.0850"))).isEqualTo(Money.of("9", "JPY"));
    }

    @Test
    void anOrdersTaxIsTheSumOfItsLines() {
        BigDecimal rate = new BigDecimal("0.0910");
        Money lines = TaxRates.taxOn(Money.cny("5.00"), rate).plus(TaxRates.taxOn(Money.cny("5.00"), rate));
        assertThat(lines).isEqualTo(Money.cny("0.92")); // not 10.00 × 9.1% = 0.91
    }

    @Test
    void aRateIsAFractionBelowOne() {
        assertThatThrownBy(() -> rate("CN", null, null, "1.0000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rate("CN", null, null, "-0.01")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void specificityOrder() {
        assertThat(List.of(PROVINCE_AND_CATEGORY, CATEGORY, PROVINCE, COUNTRY))
                .extracting(TaxRate::specificity).containsExactly(3, 2, 1, 0);
        assertThat(COUNTRY.sameScopeAs(new TaxRateDraft("cn", " ", null, "0.5", "x", "x"))).isTrue();
        assertThat(COUNTRY.sameScopeAs(new TaxRateDraft("CN", "海南", null, "0.5", "x", "x"))).isFalse();
    }
}
