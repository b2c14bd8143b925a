package org.emporium.checkout;

import java.util.List;
import org.emporium.order.Order;

/** What a checkout placed: one order per merchant; {@code repeated} when an Idempotency-Key found an earlier one. */
public record PlacedOrders(String checkoutNo, List<Order> orders, boolean repeated) {
}
