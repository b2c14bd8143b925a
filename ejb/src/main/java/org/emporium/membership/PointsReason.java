package org.emporium.membership;

/** Why a member's points moved (积分明细); credits are earned, the rest take points away or give them back. */
public enum PointsReason {
    /** Earned on a completed order (reference: the order number). */
    ORDER(true),
    /** The day's sign-in (签到; reference: the day). */
    SIGN_IN(true),
    /** A review written (reference: the review). */
    REVIEW(true),
    /** Given back: points paid with on an order that was cancelled or refunded (reference: order or refund). */
    RETURNED(true),
    /** Paid with at checkout (reference: the order number). */
    SPENT(false),
    /** Earned points taken back because the order was refunded (reference: the refund number). */
    CLAWBACK(false),
    /** Exchanged for a coupon (积分兑换; reference: the coupon). */
    EXCHANGED(false),
    /** Not used in time (reference: the credit that ran out). */
    EXPIRED(false);

    private final boolean credit;

    PointsReason(boolean credit) {
        this.credit = credit;
    }

    public boolean isCredit() {
        return credit;
    }
}
