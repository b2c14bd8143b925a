package org.emporium.platform.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.JobInstance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;

/**
 * Starts and inspects the shop's batch jobs. It lives in this module on purpose: the job XML must be visible to
 * the class loader of the component that calls {@link JobOperator#start}, and executions can only be queried and
 * restarted from that same component.
 */
@Stateless
public class BatchJobs {

    /** The jobs staff may start; each has its job XML in META-INF/batch-jobs. */
    public static final Set<String> JOBS = Set.of("housekeeping");

    /** What the back office and the API show of one execution. */
    public record Execution(long id, String jobName, String status, String exitStatus,
                            Instant startTime, Instant endTime) {
    }

    public long start(String jobName, Map<String, String> parameters) {
        if (!JOBS.contains(jobName)) {
            throw new NotFoundException("Job " + jobName);
        }
        Properties props = new Properties();
        if (parameters != null) {
            props.putAll(parameters);
        }
        return operator().start(jobName, props);
    }

    public List<String> names() {
        return JOBS.stream().sorted().toList();
    }

    public Optional<Execution> find(long executionId) {
        try {
            JobExecution e = operator().getJobExecution(executionId);
            return JOBS.contains(e.getJobName()) ? Optional.of(view(e)) : Optional.empty();
        } catch (NoSuchJobExecutionException e) {
            return Optional.empty();
        }
    }

    /** The latest executions of a job, newest first. */
    public List<Execution> recent(String jobName, int count) {
        if (!JOBS.contains(jobName)) {
            return List.of();
        }
        JobOperator operator = operator();
        try {
            List<Execution> executions = new ArrayList<>();
            for (JobInstance instance : operator.getJobInstances(jobName, 0, count)) {
                operator.getJobExecutions(instance).forEach(e -> executions.add(view(e)));
            }
            executions.sort(Comparator.comparingLong(Execution::id).reversed());
            return executions.size() > count ? executions.subList(0, count) : executions;
        } catch (NoSuchJobException e) {
            return List.of(); // never run yet
        }
    }

    private static Execution view(JobExecution e) {
        return new Execution(e.getExecutionId(), e.getJobName(), e.getBatchStatus().name(), e.getExitStatus(),
                instant(e.getStartTime()), instant(e.getEndTime()));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    public long restart(long executionId) {
        if (find(executionId).isEmpty()) {
            throw new NotFoundException("Job execution");
        }
        try {
            return operator().restart(executionId, new Properties());
        } catch (jakarta.batch.operations.JobRestartException e) {
            throw new BusinessRuleException("INVALID_STATE", "This execution cannot be restarted");
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
