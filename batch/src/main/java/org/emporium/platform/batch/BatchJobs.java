package org.emporium.platform.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
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
    public static final Set<String> JOBS = Set.of("housekeeping", "merchant-settlement",
            "stock-reconciliation");

    /** What the back office and the API show of one execution. */
    public record Execution(long id, String jobName, String status, String exitStatus,
                            Instant startTime, Instant endTime) {
    }

    /** One step of an execution (a partitioned step's figures are those of all its partitions together). */
    public record Step(String name, String status, String exitStatus, long read, long written, long skipped,
                       long commits, long rollbacks, Instant startTime, Instant endTime) {
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

    /** The steps of an execution with their metrics (read, written, skipped, commits, rollbacks), in order. */
    public List<Step> steps(long executionId) {
        if (find(executionId).isEmpty()) {
            throw new NotFoundException("Job execution");
        }
        List<Step> steps = new ArrayList<>();
        for (StepExecution step : operator().getStepExecutions(executionId)) {
            Map<Metric.MetricType, Long> metrics = new EnumMap<>(Metric.MetricType.class);
            for (Metric metric : step.getMetrics()) {
                metrics.put(metric.getType(), metric.getValue());
            }
            steps.add(new Step(step.getStepName(), step.getBatchStatus().name(), step.getExitStatus(),
                    metrics.getOrDefault(Metric.MetricType.READ_COUNT, 0L),
                    metrics.getOrDefault(Metric.MetricType.WRITE_COUNT, 0L),
                    metrics.getOrDefault(Metric.MetricType.READ_SKIP_COUNT, 0L)
                            + metrics.getOrDefault(Metric.MetricType.PROCESS_SKIP_COUNT, 0L)
                            + metrics.getOrDefault(Metric.MetricType.WRITE_SKIP_COUNT, 0L),
                    metrics.getOrDefault(Metric.MetricType.COMMIT_COUNT, 0L),
                    metrics.getOrDefault(Metric.MetricType.ROLLBACK_COUNT, 0L),
                    instant(step.getStartTime()), instant(step.getEndTime())));
        }
        return steps;
    }

    /** The run (job instance) an execution belongs to: a restart continues its instance. */
    public long instanceOf(long executionId) {
        if (find(executionId).isEmpty()) {
            throw new NotFoundException("Job execution");
        }
        return operator().getJobInstance(executionId).getInstanceId();
    }

    /** Asks a running execution to stop (after its current chunk); it can be restarted later. */
    public void stop(long executionId) {
        if (find(executionId).isEmpty()) {
            throw new NotFoundException("Job execution");
        }
        try {
            operator().stop(executionId);
        } catch (jakarta.batch.operations.JobExecutionNotRunningException e) {
            throw new BusinessRuleException("INVALID_STATE", "This execution is not running");
        }
    }

    private static Execution view(JobExecution e) {
        return new Execution(e.getExecutionId(), e.getJobName(), e.getBatchStatus().name(), e.getExitStatus(),
                instant(e.getStartTime()), instant(e.getEndTime()));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /**
     * Restarts a failed or stopped execution with the parameters it was started with (a drill's
     * {@code failAfter} left out, or it would fail again).
     */
    public long restart(long executionId) {
        if (find(executionId).isEmpty()) {
            throw new NotFoundException("Job execution");
        }
        JobOperator operator = operator();
        Properties parameters = new Properties();
        Properties original = operator.getParameters(executionId);
        if (original != null) {
            parameters.putAll(original);
        }
        parameters.remove("failAfter");
        try {
            return operator.restart(executionId, parameters);
        } catch (jakarta.batch.operations.JobRestartException e) {
            throw new BusinessRuleException("INVALID_STATE", "This execution cannot be restarted");
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
