package org.emporium.shipping;

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
 * Webhooks get lost: every 15 seconds, parcels on their way for longer than {@code EMPORIUM_TRACKING_QUERY_AFTER}
 * (default 30 minutes) and not asked about since are looked up at their carrier, and missed events recorded —
 * each parcel in its own transaction; safe on every node (the event's unique key settles duplicates).
 */
@Singleton
public class TrackingReconciliation {

    private static final Logger LOG = Logger.getLogger(TrackingReconciliation.class.getName());

    @Inject
    Shipments shipments;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "EMPORIUM_TRACKING_QUERY_AFTER", defaultValue = "PT30M")
    String queryAfter;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void askCarriers() {
        for (Long id : shipments.onTheWaySince(clock.instant().minus(Duration.parse(queryAfter)), 100)) {
            try {
                shipments.reconcileTracking(id);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Shipment " + id + " changed while asking its carrier; left to the next round", e);
            }
        }
    }
}
