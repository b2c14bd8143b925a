package org.emporium.review;

import java.math.BigDecimal;

/** One product's satisfaction for the back office's statistics: reviews, average stars, share of 4–5 stars. */
public record ProductSatisfaction(long productId, long reviews, BigDecimal average, int positivePercent,
                                  long withPhotos) {
}
