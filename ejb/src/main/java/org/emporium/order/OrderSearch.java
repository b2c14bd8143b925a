package org.emporium.order;

import java.time.Instant;

/**
 * What the back office filters orders by. {@code merchantId} null means every merchant's (staff only); empty
 * fields do not filter.
 */
public record OrderSearch(Long merchantId, OrderStatus status, String orderNo, Instant placedFrom, Instant placedTo) {

    public static OrderSearch ofMerchant(Long merchantId) {
        return new OrderSearch(merchantId, null, null, null, null);
    }
}
