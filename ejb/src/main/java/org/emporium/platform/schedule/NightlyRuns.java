package org.emporium.platform.schedule;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Lets exactly one node of a cluster start a scheduled night's run of a job: all nodes share the database, and its
 * primary key on (job, night) admits one claim — whoever comes second is refused, whatever the timing.
 */
@Stateless
public class NightlyRuns {

    /** This JVM, as "pid@host": enough for an operator to tell the nodes apart in the table. */
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The night a run fired on, in the server's time zone (the schedule's own). */
    public LocalDate tonight() {
        return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    }

    /**
     * True if this node may start the job's run for the night; false if another node claimed it first. A second
     * claim is skipped by the key (INSERT IGNORE, on MySQL and on H2 in its MySQL mode) rather than failed, so the
     * nodes that lose the race every night log no error.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String jobName, LocalDate night) {
        return em.createNativeQuery("INSERT IGNORE INTO nightly_run (job_name, night, node, claimed_at)"
                        + " VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, jobName).setParameter(2, Date.valueOf(night)).setParameter(3, NODE)
                .setParameter(4, Timestamp.from(clock.instant()))
                .executeUpdate() == 1;
    }

    /** Notes which execution the claim started, for whoever looks for it later. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void started(String jobName, LocalDate night, long executionId) {
        em.createNativeQuery("UPDATE nightly_run SET execution_id = ?1 WHERE job_name = ?2 AND night = ?3")
                .setParameter(1, executionId).setParameter(2, jobName).setParameter(3, Date.valueOf(night)).executeUpdate();
    }
}
