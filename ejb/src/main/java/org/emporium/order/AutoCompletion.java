package org.emporium.order;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * 自动收货: completes orders delivered {@code EMPORIUM_AUTO_COMPLETE_AFTER} ago (default 7 days) whose buyer never
 * confirmed receipt, every 20 seconds; each in its own transaction, and the order's version settles a race with
 * the buyer's own confirmation.
 */
@Singleton
public class AutoCompletion {

    private static final Logger LOG = Logger.getLogger(AutoCompletion.class.getName());

    @Inject
    OrderService orders;

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void completeDelivered() {
        for (Long id : orders.deliveredLongAgo(200)) {
            try {
                orders.completeDelivered(id);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Order " + id + " changed while completing; left to the next round", e);
            }
        }
    }
}
