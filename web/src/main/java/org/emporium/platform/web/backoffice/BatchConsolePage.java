package org.emporium.platform.web.backoffice;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.batch.BatchJobs;
import org.emporium.platform.web.Feedback;

/**
 * Batch console: start a job with parameters, follow its recent executions with each step's figures, stop a
 * running one, restart a failed or stopped one. ADMIN and FINANCE.
 */
@Named
@ViewScoped
public class BatchConsolePage implements Serializable {

    @Inject
    transient BatchJobs jobs;

    private String job = "housekeeping";
    private String parameters;

    public List<String> getJobs() {
        return jobs.names();
    }

    public List<BatchJobs.Execution> getExecutions() {
        return jobs.recent(job, 20);
    }

    public List<BatchJobs.Step> steps(long executionId) {
        return jobs.steps(executionId);
    }

    public void start() {
        Map<String, String> given = new LinkedHashMap<>();
        if (parameters != null) {
            for (String pair : parameters.split("[,;\\s]+")) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    Feedback.error("admin.batch.parameters.invalid", pair);
                    return;
                }
                given.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        long id = jobs.start(job, given);
        Feedback.info("admin.batch.started", job, id);
    }

    public void stop(long executionId) {
        try {
            jobs.stop(executionId);
            Feedback.info("admin.batch.stopping", executionId);
        } catch (BusinessRuleException | NotFoundException e) {
            Feedback.error("admin.batch.notRunning", executionId);
        }
    }

    public void restart(long executionId) {
        try {
            long id = jobs.restart(executionId);
            Feedback.info("admin.batch.restarted", executionId, id);
        } catch (BusinessRuleException | NotFoundException e) {
            Feedback.error("admin.batch.notRestartable", executionId);
        }
    }

    public boolean running(BatchJobs.Execution execution) {
        return "STARTED".equals(execution.status()) || "STARTING".equals(execution.status());
    }

    public boolean restartable(BatchJobs.Execution execution) {
        return "FAILED".equals(execution.status()) || "STOPPED".equals(execution.status());
    }

    public String getJob() {
        return job;
    }

    public void setJob(String job) {
        this.job = job;
    }

    public String getParameters() {
        return parameters;
    }

    public void setParameters(String parameters) {
        this.parameters = parameters;
    }
}
