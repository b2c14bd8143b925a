package org.emporium.review;

import java.math.BigDecimal;
import java.util.List;

/**
 * A product's visible reviews in figures: how many, the average (two decimals, 0 without any), how many gave
 * 5, 4, 3, 2 and 1 stars (in that order), and how many have photos.
 */
public record ReviewSummary(long count, BigDecimal average, List<Long> stars, long withPhotos) {

    /** Share of 4 and 5 star reviews (好评率) in percent, 0 without any. */
    public int positivePercent() {
        return count == 0 ? 0 : (int) Math.round((stars.get(0) + stars.get(1)) * 100.0 / count);
    }
}
