package org.emporium.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommissionScheduleTest {

    static final LocalDate START = LocalDate.of(2000, 1, 1);
    static final LocalDate CHANGE = LocalDate.of(2026, 11, 15);

    // category 3 (茶杯) is under 2 (茶具), which is under 1 (家居)
    final CommissionSchedule schedule = new CommissionSchedule(List.of(
            new CommissionSchedule.Rate(null, null, new BigDecimal("0.0500"), START),
            new CommissionSchedule.Rate(null, 1L, new BigDecimal("0.0600"), START),
            new CommissionSchedule.Rate(null, 2L, new BigDecimal("0.0700"), START),
            new CommissionSchedule.Rate(null, 2L, new BigDecimal("0.0750"), CHANGE),
            new CommissionSchedule.Rate(42L, null, new BigDecimal("0.0300"), START),
            new CommissionSchedule.Rate(42L, 3L, new BigDecimal("0.0200"), CHANGE)),
            Map.of(3L, 2L, 2L, 1L));

    @Test
    void theMostSpecificRateInEffectOnTheDayApplies() {
        LocalDate before = CHANGE.minusDays(1);
        assertThat(schedule.rateFor(7, 9, before)).isEqualByComparingTo("0.05"); // no rate for category 9
        assertThat(schedule.rateFor(7, 1, before)).isEqualByComparingTo("0.06");
        assertThat(schedule.rateFor(7, 3, before)).isEqualByComparingTo("0.07"); // inherited from 茶具
        assertThat(schedule.rateFor(7, 3, CHANGE)).isEqualByComparingTo("0.075"); // changed mid-period
        assertThat(schedule.rateFor(42, 1, before)).isEqualByComparingTo("0.03"); // the merchant's own rate
        assertThat(schedule.rateFor(42, 3, before)).isEqualByComparingTo("0.03");
        assertThat(schedule.rateFor(42, 3, CHANGE)).isEqualByComparingTo("0.02"); // its own for 茶杯, from then
        assertThat(new CommissionSchedule(List.of(), Map.of()).rateFor(1, 1, CHANGE)).isZero();
    }

    @Test
    void commissionIsRoundedHalfUpOnEachLineAndRefundsGiveItBackSymmetrically() {
        SettlementLine.Draft sale = new SettlementLine.Draft("L:1", SettlementKind.SALE, 1, "1", 1, null, "cup",
                new BigDecimal("10.50"), new BigDecimal("0.0500"), Instant.EPOCH);
        assertThat(sale.commission()).isEqualByComparingTo("0.53"); // 0.525 rounds up
        assertThat(sale.net()).isEqualByComparingTo("9.97");
        SettlementLine.Draft refund = new SettlementLine.Draft("R:1", SettlementKind.REFUND, 1, "1", null, "R1",
                "refund", new BigDecimal("-10.50"), new BigDecimal("0.0500"), Instant.EPOCH);
        assertThat(refund.commission()).isEqualByComparingTo("-0.53");
        assertThat(sale.net().add(refund.net())).isZero();
        assertThat(sale.commission().scale()).isEqualTo(2);
    }

    @Test
    void aPeriodIsADayOrARangeAndYesterdayByDefault() {
        LocalDate yesterday = LocalDate.of(2026, 11, 28);
        assertThat(SettlementPeriod.of(null, null, null, yesterday)).isEqualTo(
                new SettlementPeriod(yesterday, yesterday));
        assertThat(SettlementPeriod.of("2026-11-01", null, null, yesterday).to()).isEqualTo(
                LocalDate.of(2026, 11, 1));
        assertThat(SettlementPeriod.of(null, "2026-11-01", "2026-11-30", yesterday).from()).isEqualTo(
                LocalDate.of(2026, 11, 1));
        assertThat(new SettlementPeriod(yesterday, yesterday).end(java.time.ZoneId.of("Asia/Shanghai")))
                .isEqualTo(Instant.parse("2026-11-28T16:00:00Z"));
    }
}
