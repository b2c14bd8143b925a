package org.emporium.order;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * An order's life (DESIGN.md §3). The allowed moves are defined here and nowhere else:
 * PENDING_PAYMENT → PAID → SHIPPED → DELIVERED → COMPLETED; unpaid or paid-but-not-shipped orders can be
 * cancelled; a buyer may confirm receipt of a shipped order before the carrier reports delivery; a pickup order
 * (自提) goes from PAID to COMPLETED when staff hand it over at the counter.
 */
public enum OrderStatus {
    PENDING_PAYMENT,
    PAID,
    SHIPPED,
    DELIVERED,
    COMPLETED,
    CANCELLED;

    private static final Map<OrderStatus, Set<OrderStatus>> NEXT = Map.of(
            PENDING_PAYMENT, EnumSet.of(PAID, CANCELLED),
            PAID, EnumSet.of(SHIPPED, CANCELLED, COMPLETED),
            SHIPPED, EnumSet.of(DELIVERED, COMPLETED),
            DELIVERED, EnumSet.of(COMPLETED),
            COMPLETED, EnumSet.noneOf(OrderStatus.class),
            CANCELLED, EnumSet.noneOf(OrderStatus.class));

    public boolean canMoveTo(OrderStatus next) {
        return NEXT.get(this).contains(next);
    }

    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }

    /** The shopper's tabs in 我的订单: 待付款, 待发货, 已发货 (shipped or delivered), 已完成, 已取消. */
    public static Set<OrderStatus> ofTab(String tab) {
        return switch (tab == null ? "" : tab) {
            case "unpaid" -> EnumSet.of(PENDING_PAYMENT);
            case "to-ship" -> EnumSet.of(PAID);
            case "shipped" -> EnumSet.of(SHIPPED, DELIVERED);
            case "completed" -> EnumSet.of(COMPLETED);
            case "cancelled" -> EnumSet.of(CANCELLED);
            default -> EnumSet.allOf(OrderStatus.class);
        };
    }
}
