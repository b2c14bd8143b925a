package org.emporium.aftersales;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an after-sales request stands. REQUESTED → APPROVED or REJECTED; a refund-only request is refunded on
 * approval (REFUNDED); goods to return go APPROVED → RETURNING (the buyer sent them) → REFUNDED or EXCHANGED when
 * the merchant has them back. The buyer may withdraw until the goods are on their way.
 */
public enum AfterSalesStatus {
    REQUESTED,
    APPROVED,
    RETURNING,
    REFUNDED,
    EXCHANGED,
    REJECTED,
    WITHDRAWN;

    private static final Map<AfterSalesStatus, Set<AfterSalesStatus>> NEXT = Map.of(
            REQUESTED, EnumSet.of(APPROVED, REFUNDED, REJECTED, WITHDRAWN),
            APPROVED, EnumSet.of(RETURNING, WITHDRAWN),
            RETURNING, EnumSet.of(REFUNDED, EXCHANGED),
            REFUNDED, EnumSet.noneOf(AfterSalesStatus.class),
            EXCHANGED, EnumSet.noneOf(AfterSalesStatus.class),
            REJECTED, EnumSet.noneOf(AfterSalesStatus.class),
            WITHDRAWN, EnumSet.noneOf(AfterSalesStatus.class));

    public boolean canMoveTo(AfterSalesStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Still waiting for someone: the line cannot have a second request meanwhile. */
    public boolean isOpen() {
        return !NEXT.get(this).isEmpty();
    }

    /** Whose move it is: the merchant decides and receives, the buyer sends the goods back. */
    public boolean awaitsMerchant() {
        return this == REQUESTED || this == RETURNING;
    }
}
