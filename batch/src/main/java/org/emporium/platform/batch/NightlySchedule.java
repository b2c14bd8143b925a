package org.emporium.platform.batch;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the nightly jobs. Switched off with {@code EMPORIUM_BATCH_SCHEDULE=false} (e.g. on all but one node of
 * a cluster); every job is safe to run twice, so an accidental second run changes nothing.
 */
@Singleton
public class NightlySchedule {

    private static final Logger LOG = Logger.getLogger(NightlySchedule.class.getName());

    @EJB
    BatchJobs jobs;

    @Inject
    @ConfigProperty(name = "EMPORIUM_BATCH_SCHEDULE", defaultValue = "true")
    boolean enabled;

    /** Settles yesterday (a business day in EMPORIUM_TIME_ZONE) at 02:30 server time. */
    @Schedule(hour = "2", minute = "30", persistent = false, info = "nightly merchant settlement")
    void settlement() {
        if (enabled) {
            long id = jobs.start("merchant-settlement", Map.of());
            LOG.info(() -> "Nightly merchant settlement started, execution " + id);
        }
    }

    /** Reconciles stock at 04:00 server time; reports only — corrections are finance's decision. */
    @Schedule(hour = "4", minute = "0", persistent = false, info = "nightly stock reconciliation")
    void stockReconciliation() {
        if (enabled) {
            long id = jobs.start("stock-reconciliation", Map.of());
            LOG.info(() -> "Nightly stock reconciliation started, execution " + id);
        }
    }

    @Schedule(hour = "3", minute = "15", persistent = false, info = "nightly housekeeping")
    void housekeeping() {
        if (enabled) {
            long id = jobs.start("housekeeping", Map.of());
            LOG.info(() -> "Nightly housekeeping started, execution " + id);
        }
    }
}
