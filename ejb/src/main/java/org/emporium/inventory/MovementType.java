package org.emporium.inventory;

/** Why stock changed (库存流水). Reconciliation replays these to check each SKU's figures. */
public enum MovementType {
    /** Goods arrived: on hand up. */
    RECEIPT,
    /** An order holds units: reserved up. */
    RESERVE,
    /** A hold ends without a sale (cancel, timeout): reserved down. */
    RELEASE,
    /** A paid order takes its units: on hand and reserved down. */
    DEDUCT,
    /** Goods came back from a customer: on hand up. */
    RETURN,
    /** A correction with a reason (stock count, damage): on hand up or down. */
    ADJUST;

    /** How a movement of {@code quantity} units changes what can be sold (on hand − reserved). */
    public int availableChange(int quantity) {
        return switch (this) {
            case RECEIPT, RELEASE, RETURN, ADJUST -> quantity;
            case RESERVE -> -quantity;
            case DEDUCT -> 0;
        };
    }
}
