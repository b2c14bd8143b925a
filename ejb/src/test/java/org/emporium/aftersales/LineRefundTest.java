package org.emporium.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.emporium.platform.Money;
import org.junit.jupiter.api.Test;

class LineRefundTest {

    // 3 × 33.33 = 99.99, less 10.00 of the order's discount, plus 0 tax: the line paid 89.99
    private final LineRefund line = new LineRefund(Money.cny("89.99"), 3);

    @Test
    void oneUnitGivesBackItsShareRoundedToTheCent() {
        assertThat(line.forUnits(1, 0, Money.cny("0.00"))).isEqualTo(Money.cny("30.00"));
        assertThat(line.forUnits(2, 0, Money.cny("0.00"))).isEqualTo(Money.cny("59.99"));
    }

    @Test
    void theLastUnitsGiveWhatIsLeftSoTheRefundsSumToWhatTheLinePaid() {
        Money first = line.forUnits(1, 0, Money.cny("0.00"));
        Money second = line.forUnits(1, 1, first);
        Money third = line.forUnits(1, 2, first.plus(second));
        assertThat(first.plus(second).plus(third)).isEqualTo(Money.cny("89.99"));
        assertThat(third).isEqualTo(Money.cny("29.99"));
    }

    @Test
    void theWholeLineGivesBackExactlyWhatItPaid() {
        assertThat(line.forUnits(3, 0, Money.cny("0.00"))).isEqualTo(Money.cny("89.99"));
    }

    @Test
    void neverMoreUnitsThanTheLineHadNorMoreMoneyThanIsLeft() {
        assertThatThrownBy(() -> line.forUnits(2, 2, Money.cny("60.00"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line.forUnits(0, 0, Money.cny("0.00"))).isInstanceOf(IllegalArgumentException.class);
        // a goodwill refund already took most of it: one unit gives back at most what is left
        assertThat(line.forUnits(1, 1, Money.cny("80.00"))).isEqualTo(Money.cny("9.99"));
    }
}
