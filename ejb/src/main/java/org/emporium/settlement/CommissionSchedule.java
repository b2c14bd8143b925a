package org.emporium.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which commission rate applies to a sale: the most specific rate in effect on the day of the sale. A merchant's
 * own rate beats a category's; within each, a rate for the category itself beats one for a category above it;
 * a rate with neither is the standard. Of rates equally specific, the latest to take effect applies.
 */
public final class CommissionSchedule {

    private final List<Rate> rates;
    private final Map<Long, Long> parents;

    /** One rate: null merchant or category means "any". */
    public record Rate(Long merchantId, Long categoryId, BigDecimal rate, LocalDate effectiveFrom) {
    }

    /** @param parents each category's parent (absent or null for a top-level category) */
    public CommissionSchedule(List<Rate> rates, Map<Long, Long> parents) {
        this.rates = List.copyOf(rates);
        this.parents = Map.copyOf(parents);
    }

    /** The rate for a sale of {@code merchantId} in {@code categoryId} on {@code day}; zero if none is set. */
    public BigDecimal rateFor(long merchantId, long categoryId, LocalDate day) {
        List<Long> path = path(categoryId);
        Rate best = null;
        int bestRank = -1;
        for (Rate rate : rates) {
            if (rate.effectiveFrom().isAfter(day)
                    || rate.merchantId() != null && rate.merchantId() != merchantId) {
                continue;
            }
            int depth = rate.categoryId() == null ? 0 : path.size() - path.indexOf(rate.categoryId());
            if (rate.categoryId() != null && !path.contains(rate.categoryId())) {
                continue;
            }
            int rank = (rate.merchantId() != null ? 1000 : 0) + depth;
            if (rank > bestRank || rank == bestRank && !rate.effectiveFrom().isBefore(best.effectiveFrom())) {
                best = rate;
                bestRank = rank;
            }
        }
        return best == null ? BigDecimal.ZERO.setScale(4) : best.rate();
    }

    /** The category and the ones above it, the category itself first. */
    private List<Long> path(long categoryId) {
        List<Long> path = new ArrayList<>();
        Long current = categoryId;
        while (current != null && !path.contains(current)) {
            path.add(current);
            current = parents.get(current);
        }
        return path;
    }
}
