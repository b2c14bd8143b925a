package org.emporium.settlement;

/** A statement is OPEN until finance has paid the merchant and recorded it (PAID_OUT). */
public enum SettlementStatus {
    OPEN,
    PAID_OUT
}
