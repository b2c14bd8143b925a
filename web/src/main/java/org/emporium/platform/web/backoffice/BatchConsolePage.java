package org.emporium.platform.web.backoffice;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.emporium.platform.batch.BatchJobs;
import org.emporium.platform.web.Feedback;

/** Batch console: start a job now and see its recent executions. ADMIN and FINANCE. */
@Named
@ViewScoped
public class BatchConsolePage implements Serializable {

    @Inject
    transient BatchJobs jobs;

    private String job = "housekeeping";

    public List<String> getJobs() {
        return jobs.names();
    }

    public List<BatchJobs.Execution> getExecutions() {
        return jobs.recent(job, 20);
    }

    public void start() {
        long id = jobs.start(job, Map.of());
        Feedback.info("admin.batch.started", job, id);
    }

    public String getJob() {
        return job;
    }

    public void setJob(String job) {
        this.job = job;
    }
}
