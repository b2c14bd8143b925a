package org.emporium.payment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.emporium.payment.JournalEntry;
import org.emporium.platform.Money;
import org.junit.jupiter.api.Test;

class JournalPageTest {

    private static JournalEntry entry(String amount) {
        return new JournalEntry() {
            @Override
            public Money getAmount() {
                return Money.cny(amount);
            }
        };
    }

    @Test
    void refundsAreMoneyOutAndTheNetIsInMinusOut() {
        JournalPage.Totals totals = JournalPage.Totals.of(List.of(entry("299.00"), entry("-50.00"), entry("20.50"),
                entry("-0.50")));
        assertThat(totals.in()).isEqualTo(Money.cny("319.50"));
        assertThat(totals.out()).isEqualTo(Money.cny("50.50"));
        assertThat(totals.net()).isEqualTo(Money.cny("269.00"));
    }

    @Test
    void noEntriesMeanZeroEverywhere() {
        JournalPage.Totals totals = JournalPage.Totals.of(List.of());
        assertThat(totals.in().isZero()).isTrue();
        assertThat(totals.out().isZero()).isTrue();
        assertThat(totals.net().isZero()).isTrue();
    }

    @Test
    void signedAmountsPutTheMinusBeforeTheCurrency() {
        JournalPage page = new JournalPage();
        assertThat(page.signed(Money.cny("-50.00"))).isEqualTo("-¥50.00");
        assertThat(page.signed(Money.cny("199.00"))).isEqualTo("¥199.00");
    }
}
