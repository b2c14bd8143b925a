package org.emporium.settlement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.emporium.platform.BusinessRuleException;

/** The business days a settlement run covers, both included, in the shop's time zone. */
public record SettlementPeriod(LocalDate from, LocalDate to) {

    public SettlementPeriod {
        if (from == null || to == null || to.isBefore(from)) {
            throw new BusinessRuleException("VALIDATION",
                    "A settlement period runs from a day to the same or a later day");
        }
    }

    /**
     * The period of a job's parameters: {@code period} (one day), or {@code from} and {@code to}; none means
     * {@code yesterday}.
     */
    public static SettlementPeriod of(String period, String from, String to, LocalDate yesterday) {
        try {
            if (period != null && !period.isBlank()) {
                LocalDate day = LocalDate.parse(period.trim());
                return new SettlementPeriod(day, day);
            }
            if (from != null && !from.isBlank()) {
                LocalDate first = LocalDate.parse(from.trim());
                return new SettlementPeriod(first, to == null || to.isBlank() ? first : LocalDate.parse(to.trim()));
            }
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException("VALIDATION", "Days are written 2026-11-29");
        }
        return new SettlementPeriod(yesterday, yesterday);
    }

    /** The first moment after the period. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
