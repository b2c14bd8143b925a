package org.emporium.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.emporium.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;

class PriceChangeTest {

    private static BigDecimal of(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void aPercentageIsRoundedHalfUpToCentsOnce() {
        PriceChange cut = new PriceChange(PriceChange.Kind.PERCENT, of("-15"));
        assertThat(cut.applyTo(of("99.90"))).isEqualTo(of("84.92")); // 84.915 → 84.92
        assertThat(cut.applyTo(of("0.10"))).isEqualTo(of("0.09")); // 0.085 → 0.09
        assertThat(new PriceChange(PriceChange.Kind.PERCENT, of("12.5")).applyTo(of("19.99")))
                .isEqualTo(of("22.49")); // 22.48875
        assertThat(new PriceChange(PriceChange.Kind.PERCENT, of("-33.3333")).applyTo(of("3.00")))
                .isEqualTo(of("2.00"));
    }

    @Test
    void anAmountIsAddedOrTakenOffButNeverBelowOneCent() {
        assertThat(new PriceChange(PriceChange.Kind.AMOUNT, of("-10")).applyTo(of("59.90"))).isEqualTo(of("49.90"));
        assertThat(new PriceChange(PriceChange.Kind.AMOUNT, of("5.5")).applyTo(of("1.00"))).isEqualTo(of("6.50"));
        assertThat(new PriceChange(PriceChange.Kind.AMOUNT, of("-100")).applyTo(of("59.90"))).isEqualTo(of("0.01"));
        assertThat(new PriceChange(PriceChange.Kind.PERCENT, of("-99.99")).applyTo(of("0.50")))
                .isEqualTo(of("0.01"));
    }

    @Test
    void setGivesEverySkuThePrice() {
        assertThat(new PriceChange(PriceChange.Kind.SET, of("19.9")).applyTo(of("59.90"))).isEqualTo(of("19.90"));
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> new PriceChange(PriceChange.Kind.SET, of("0")))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> new PriceChange(PriceChange.Kind.PERCENT, of("-100")))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> new PriceChange(PriceChange.Kind.AMOUNT, of("1.001")))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> new PriceChange(PriceChange.Kind.AMOUNT, null))
                .isInstanceOf(BusinessRuleException.class);
    }
}
