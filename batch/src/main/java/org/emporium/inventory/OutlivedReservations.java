package org.emporium.inventory;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.emporium.cart.CartService;
import org.emporium.order.OrderService;

/**
 * First step of the reconciliation: holds that outlived their time are let go before anything is compared — cart
 * holds past their expiry, unpaid orders past their time to pay (cancelled, their stock released) — in case a node
 * was down when its timer should have done it. The exit status says how many.
 */
@Named
@Dependent
public class OutlivedReservations extends AbstractBatchlet {

    @EJB
    CartService carts;

    @EJB
    OrderService orders;

    @Override
    public String process() {
        int holds = 0;
        for (int released = carts.releaseExpiredHolds(500); released > 0; released = carts.releaseExpiredHolds(500)) {
            holds += released;
        }
        int cancelled = 0;
        for (Long id : orders.overdueUnpaid(10_000)) {
            try {
                cancelled += orders.cancelOverdue(id) ? 1 : 0;
            } catch (jakarta.ejb.EJBException e) {
                // paid or cancelled meanwhile by someone else: nothing outlived here
            }
        }
        return "RELEASED_" + holds + "_HOLDS_CANCELLED_" + cancelled + "_ORDERS";
    }
}
