package org.emporium.aftersales;

/** What the buyer asks for (售后类型). */
public enum AfterSalesType {
    /** 仅退款: money back, the goods stay with the buyer (missing, spoilt, not worth sending back). */
    REFUND_ONLY,
    /** 退货退款: the goods go back to the merchant, then the money back. */
    RETURN_REFUND,
    /** 换货: the goods go back, the merchant sends the same item again. */
    EXCHANGE;

    /** Whether the buyer sends the goods back before the request can end. */
    public boolean needsReturn() {
        return this != REFUND_ONLY;
    }
}
