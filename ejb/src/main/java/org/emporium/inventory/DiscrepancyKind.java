package org.emporium.inventory;

/** What a reconciliation compared. */
public enum DiscrepancyKind {
    /** On hand against the replayed stock ledger: the figure changed without a ledger entry. */
    ON_HAND,
    /** Reserved against the replayed stock ledger. */
    RESERVED,
    /** Reserved against what open orders and live cart holds actually hold. */
    OPEN_RESERVATIONS,
    /** On hand against a physical count (盘点). */
    PHYSICAL_COUNT
}
