package org.emporium.platform.batch;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.platform.schedule.NightlyRuns;

/**
 * Starts the nightly jobs. Every node of a cluster keeps the schedule; the first to claim a job's night in the
 * shared database starts it and the others leave it ({@link NightlyRuns}). {@code EMPORIUM_BATCH_SCHEDULE=false}
 * switches the schedule off on a node. Every job is also safe to run twice.
 */
@Singleton
public class NightlySchedule {

    private static final Logger LOG = Logger.getLogger(NightlySchedule.class.getName());

    @EJB
    BatchJobs jobs;

    @EJB
    NightlyRuns runs;

    @Inject
    @ConfigProperty(name = "EMPORIUM_BATCH_SCHEDULE", defaultValue = "true")
    boolean enabled;

    /** Settles yesterday (a business day in EMPORIUM_TIME_ZONE) at 02:30 server time. */
    @Schedule(hour = "2", minute = "30", persistent = false, info = "nightly merchant settlement")
    void settlement() {
        startTonight("merchant-settlement");
    }

    @Schedule(hour = "3", minute = "15", persistent = false, info = "nightly housekeeping")
    void housekeeping() {
        startTonight("housekeeping");
    }

    /** Reconciles stock at 04:00 server time; reports only — corrections are finance's decision. */
    @Schedule(hour = "4", minute = "0", persistent = false, info = "nightly stock reconciliation")
    void stockReconciliation() {
        startTonight("stock-reconciliation");
    }

    private void startTonight(String job) {
        if (!enabled) {
            return;
        }
        LocalDate night = runs.tonight();
        if (!runs.claim(job, night)) {
            LOG.info(() -> "Nightly " + job + " of " + night + " was started by another node");
            return;
        }
        long id = jobs.start(job, Map.of());
        runs.started(job, night, id);
        LOG.info(() -> "Nightly " + job + " of " + night + " started, execution " + id);
    }
}
