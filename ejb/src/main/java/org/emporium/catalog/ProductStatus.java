package org.emporium.catalog;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A product's life: DRAFT → PENDING_REVIEW → ON_SHELF ⇄ OFF_SHELF. A rejected product goes back to DRAFT with the
 * reviewer's reason; an approved product waiting for its scheduled on-shelf time is OFF_SHELF. The allowed moves
 * are defined here and nowhere else.
 */
public enum ProductStatus {
    DRAFT, PENDING_REVIEW, ON_SHELF, OFF_SHELF;

    private static final Map<ProductStatus, Set<ProductStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(PENDING_REVIEW),
            PENDING_REVIEW, EnumSet.of(ON_SHELF, OFF_SHELF, DRAFT),
            ON_SHELF, EnumSet.of(OFF_SHELF),
            OFF_SHELF, EnumSet.of(ON_SHELF, PENDING_REVIEW));

    public boolean canMoveTo(ProductStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Whether shoppers may see a product in this state. */
    public boolean isVisible() {
        return this == ON_SHELF;
    }
}
