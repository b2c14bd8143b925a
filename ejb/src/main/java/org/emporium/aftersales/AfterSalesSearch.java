package org.emporium.aftersales;

/**
 * The back office's filter of after-sales requests: {@code merchantId} null = every shop's; {@code status} null =
 * any; {@code escalatedOnly} = customer service's queue; {@code number} matches a request or an order number.
 */
public record AfterSalesSearch(Long merchantId, AfterSalesStatus status, boolean escalatedOnly, String number) {
}
