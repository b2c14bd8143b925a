package org.emporium.promotion;

/**
 * Where a promotion stands as staff set it: ACTIVE runs within its window (before it: scheduled, after it: over),
 * PAUSED is held until resumed, ENDED is over for good.
 */
public enum PromotionStatus {
    ACTIVE, PAUSED, ENDED
}
