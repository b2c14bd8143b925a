package org.emporium.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.order.OrderStatus.CANCELLED;
import static org.emporium.order.OrderStatus.COMPLETED;
import static org.emporium.order.OrderStatus.DELIVERED;
import static org.emporium.order.OrderStatus.PAID;
import static org.emporium.order.OrderStatus.PENDING_PAYMENT;
import static org.emporium.order.OrderStatus.SHIPPED;

import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void theHappyPathMovesOneStepAtATime() {
        assertThat(PENDING_PAYMENT.canMoveTo(PAID)).isTrue();
        assertThat(PAID.canMoveTo(SHIPPED)).isTrue();
        assertThat(SHIPPED.canMoveTo(DELIVERED)).isTrue();
        assertThat(DELIVERED.canMoveTo(COMPLETED)).isTrue();
        assertThat(PENDING_PAYMENT.canMoveTo(SHIPPED)).isFalse();
        assertThat(PAID.canMoveTo(DELIVERED)).isFalse();
    }

    @Test
    void aPickupOrderIsCompletedAtTheCounterWithoutShipping() {
        assertThat(PAID.canMoveTo(COMPLETED)).isTrue();
    }

    @Test
    void onlyUnshippedOrdersCanBeCancelled() {
        assertThat(PENDING_PAYMENT.canMoveTo(CANCELLED)).isTrue();
        assertThat(PAID.canMoveTo(CANCELLED)).isTrue();
        assertThat(SHIPPED.canMoveTo(CANCELLED)).isFalse();
        assertThat(DELIVERED.canMoveTo(CANCELLED)).isFalse();
    }

    @Test
    void aBuyerMayConfirmReceiptBeforeTheCarrierReportsDelivery() {
        assertThat(SHIPPED.canMoveTo(COMPLETED)).isTrue();
    }

    @Test
    void finalStatesGoNowhere() {
        for (OrderStatus any : OrderStatus.values()) {
            assertThat(COMPLETED.canMoveTo(any)).isFalse();
            assertThat(CANCELLED.canMoveTo(any)).isFalse();
        }
        assertThat(COMPLETED.isFinal()).isTrue();
        assertThat(PAID.isFinal()).isFalse();
    }

    @Test
    void tabsGroupStatusesAsTheShopperSeesThem() {
        assertThat(OrderStatus.ofTab("unpaid")).containsExactly(PENDING_PAYMENT);
        assertThat(OrderStatus.ofTab("to-ship")).containsExactly(PAID);
        assertThat(OrderStatus.ofTab("shipped")).containsExactlyInAnyOrder(SHIPPED, DELIVERED);
        assertThat(OrderStatus.ofTab(null)).hasSize(OrderStatus.values().length);
    }
}
