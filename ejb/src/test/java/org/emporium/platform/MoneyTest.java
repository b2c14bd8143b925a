package org.emporium.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsTheCurrencysDecimals() {
        assertThat(Money.cny("199").amountText()).isEqualTo("199.00");
        assertThat(Money.of("0.1", "USD").plus(Money.of("0.2", "USD"))).isEqualTo(Money.of("0.30", "USD"));
        assertThat(Money.of("100", "JPY").amountText()).isEqualTo("100");
    }

    @Test
    void refusesAmountsFinerThanTheCurrency() {
        assertThatThrownBy(() -> Money.cny("1.005")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundsOnlyWhereTheCallerSaysHow() {
        Money price = Money.cny("9.99");
        assertThat(price.multiply(new BigDecimal("0.85"), RoundingMode.HALF_UP)).isEqualTo(Money.cny("8.49"));
        assertThat(price.multiply(new BigDecimal("0.85"), RoundingMode.DOWN)).isEqualTo(Money.cny("8.49"));
        assertThat(Money.cny("0.05").multiply(new BigDecimal("0.5"), RoundingMode.HALF_UP))
                .isEqualTo(Money.cny("0.03"));
        assertThat(Money.cny("0.05").multiply(new BigDecimal("0.5"), RoundingMode.HALF_EVEN))
                .isEqualTo(Money.cny("0.02"));
    }

    @Test
    void neverMixesCurrencies() {
        assertThatThrownBy(() -> Money.cny("1").plus(Money.of("1", "USD")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.cny("1").compareTo(Money.of("1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timesQuantityAndSignChecks() {
        assertThat(Money.cny("19.90").times(3)).isEqualTo(Money.cny("59.70"));
        assertThat(Money.cny("5").minus(Money.cny("7.5")).isNegative()).isTrue();
        assertThat(Money.zero(Money.BASE_CURRENCY).isZero()).isTrue();
        assertThat(Money.cny("2.00")).isEqualTo(Money.cny("2")).hasSameHashCodeAs(Money.cny("2"));
    }
}
