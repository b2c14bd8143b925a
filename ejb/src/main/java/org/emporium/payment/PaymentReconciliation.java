package org.emporium.payment;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 支付对账: every 10 seconds, asks the gateway about payments pending for longer than
 * {@code EMPORIUM_PAYMENT_QUERY_AFTER} (default two minutes) and applies what it says — so a callback that never
 * arrives still ends in PAID — and closes payments that expired or whose orders were cancelled. Each payment is
 * settled in its own transaction and through the same inbox as callbacks, so running this on every node of a
 * cluster, or alongside a late callback, changes nothing twice.
 */
@Singleton
public class PaymentReconciliation {

    private static final Logger LOG = Logger.getLogger(PaymentReconciliation.class.getName());

    @Inject
    Payments payments;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "EMPORIUM_PAYMENT_QUERY_AFTER", defaultValue = "PT2M")
    String queryAfter;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void reconcile() {
        for (Long id : payments.pendingSince(clock.instant().minus(Duration.parse(queryAfter)), 100)) {
            try {
                payments.reconcile(id, false);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Payment " + id + " changed while reconciling; left to the next round", e);
            }
        }
    }
}
