package org.emporium.inventory.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.emporium.inventory.StockDiscrepancy;
import org.emporium.inventory.StockReconciliation;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.batch.BatchJobs;
import org.emporium.platform.web.PagedRows;
import org.primefaces.model.LazyDataModel;

/**
 * 库存差异报告: what a stock reconciliation run found — the latest run, or the run of {@code ?execution=} —
 * and whether each difference was corrected. ADMIN and FINANCE.
 */
@Named
@ViewScoped
public class DiscrepancyReportPage implements Serializable {

    @Inject
    transient StockReconciliation reconciliation;

    @Inject
    transient BatchJobs jobs;

    private Long execution;
    private Long run;

    private final LazyDataModel<StockDiscrepancy> model = new PagedRows<>(
            () -> run == null ? 0 : reconciliation.countDiscrepancies(run),
            (first, size) -> run == null ? List.of() : reconciliation.discrepancies(run, first, size),
            d -> String.valueOf(d.getId()));

    public void open() {
        try {
            run = execution != null ? jobs.instanceOf(execution) : reconciliation.latestRun();
        } catch (NotFoundException e) {
            run = null; // nothing found yet
        }
    }

    public LazyDataModel<StockDiscrepancy> getModel() {
        return model;
    }

    public Long getRun() {
        return run;
    }

    public Long getExecution() {
        return execution;
    }

    public void setExecution(Long execution) {
        this.execution = execution;
    }
}
