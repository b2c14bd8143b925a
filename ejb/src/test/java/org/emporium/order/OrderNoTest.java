package org.emporium.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderNoTest {

    @Test
    void startsWithTheDayAndHasEighteenDigits() {
        OrderNo no = OrderNo.next(LocalDate.of(2026, 11, 25));
        assertThat(no.value()).hasSize(18).startsWith("20261125").containsOnlyDigits();
    }

    @Test
    void theCheckDigitCatchesAMistypedDigitAndSwappedNeighbours() {
        String good = OrderNo.next(LocalDate.of(2026, 11, 25)).value();
        assertThat(OrderNo.isValid(good)).isTrue();
        for (int i = 0; i < 18; i++) {
            char[] typo = good.toCharArray();
            typo[i] = (char) ('0' + (typo[i] - '0' + 1) % 10);
            assertThat(OrderNo.isValid(new String(typo))).as("digit %d changed", i).isFalse();
        }
        for (int i = 8; i < 17; i++) {
            char[] swapped = good.toCharArray();
            if (swapped[i] == swapped[i + 1] || Math.abs(swapped[i] - swapped[i + 1]) == 9) {
                continue; // Luhn cannot see 0↔9 swaps, nor swaps of equal digits (which change nothing)
            }
            char c = swapped[i];
            swapped[i] = swapped[i + 1];
            swapped[i + 1] = c;
            assertThat(OrderNo.isValid(new String(swapped))).as("digits %d and %d swapped", i, i + 1).isFalse();
        }
    }

    @Test
    void knownLuhnExample() {
        // 7992739871 has Luhn check digit 3 (the textbook example)
        assertThat(OrderNo.checkDigit("7992739871")).isEqualTo(3);
    }

    @Test
    void refusesWhatIsNotAnOrderNumber() {
        assertThat(OrderNo.isValid(null)).isFalse();
        assertThat(OrderNo.isValid("2026112512345678")).isFalse();
        assertThat(OrderNo.isValid("20261125abcdefghi1")).isFalse();
        assertThatThrownBy(() -> new OrderNo("1' OR '1'='1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aThousandNumbersOfOneDayAreDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(OrderNo.next(LocalDate.of(2026, 11, 25)).value());
        }
        assertThat(seen).hasSize(1000);
    }
}
