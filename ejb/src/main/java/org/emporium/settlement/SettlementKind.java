package org.emporium.settlement;

/** What a statement line settles. */
public enum SettlementKind {
    /** An order line sold: what the buyer paid for it, less the commission. */
    SALE,
    /** An order's freight: the merchant ships, so it is theirs, without commission. */
    FREIGHT,
    /** A refund of an order settled in the same statement: deducted, with its share of commission given back. */
    REFUND,
    /** A refund of an order settled in an earlier statement (追扣): taken back from this one. */
    CLAWBACK
}
