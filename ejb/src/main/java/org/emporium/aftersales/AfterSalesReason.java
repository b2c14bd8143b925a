package org.emporium.aftersales;

/** Why the buyer asks (售后原因), a fixed list so the back office can count them; details go in the description. */
public enum AfterSalesReason {
    QUALITY,
    DAMAGED,
    WRONG_ITEM,
    NOT_AS_DESCRIBED,
    MISSING_PARTS,
    SIZE,
    NOT_RECEIVED,
    CHANGED_MIND,
    OTHER
}
