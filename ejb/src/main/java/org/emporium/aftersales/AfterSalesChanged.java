package org.emporium.aftersales;

/** A step was taken on an after-sales request; both sides hear of it (and customer service of an escalation). */
public record AfterSalesChanged(String requestNo, String orderNo, long buyerId, long merchantId,
                                AfterSalesStep.Action action, AfterSalesStatus status) {
}
