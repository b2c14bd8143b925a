package org.emporium.order;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Cancels orders nobody paid in time ({@code EMPORIUM_ORDER_PAY_WITHIN}, default 30 minutes) and gives their stock
 * back, every 15 seconds. Each order is cancelled in its own transaction, so one failure does not hold up the rest;
 * on a cluster every node may run this safely (the order's version settles who cancels).
 */
@Singleton
public class UnpaidOrderTimeout {

    private static final Logger LOG = Logger.getLogger(UnpaidOrderTimeout.class.getName());

    @Inject
    OrderService orders;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void cancelOverdue() {
        for (Long id : orders.overdueUnpaid(200)) {
            try {
                orders.cancelOverdue(id);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Order " + id + " changed while timing out; left to the next round", e);
            }
        }
    }
}
