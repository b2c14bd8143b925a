package org.emporium.aftersales;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands requests the merchant left unanswered ({@code EMPORIUM_AFTER_SALES_RESPOND_WITHIN}, default two days) to
 * customer service, every 10 seconds; each in its own transaction, safe on every node of a cluster (the row lock
 * and the escalation mark settle who does it).
 */
@Singleton
public class AfterSalesEscalation {

    private static final Logger LOG = Logger.getLogger(AfterSalesEscalation.class.getName());

    @Inject
    AfterSales afterSales;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void escalateOverdue() {
        for (Long id : afterSales.overdue(200)) {
            try {
                afterSales.escalate(id);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "After-sales request " + id + " changed while escalating; left to the next round",
                        e);
            }
        }
    }
}
