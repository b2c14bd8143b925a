package org.emporium.settlement;

/** What a statement line settles. */
public enum SettlementKind {
    /** An order line sold: what the buyer paid for it, less the commission. */
    SALE,
    /**
     * 平台补贴: what the platform's own discounts took off an order line (its promotions and coupons, member prices,
     * points) — the shop sold at the price before them, so the platform pays them, with commission like the sale;
     * negative when a refund gives back its share.
     */
    SUBSIDY,
    /**
     * An order's freight: the merchant ships, so it is theirs, without commission — what the buyer paid, and in a
     * line of its own what the platform pays when it gave the buyer free shipping (平台包邮).
     */
    FREIGHT,
    /** A refund of an order settled in the same statement: deducted, with its share of commission given back. */
    REFUND,
    /** A refund of an order settled in an earlier statement (追扣): taken back from this one. */
    CLAWBACK
}
