package org.emporium.inventory;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Writes the findings into the run's report (the run is the job instance, so a restart continues the same
 * report), correcting each when the job parameter {@code autoCorrect} is true.
 */
@Named
@Dependent
public class DiscrepancyReport extends AbstractItemWriter {

    @EJB
    StockReconciliation reconciliation;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String autoCorrect;

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> items) {
        for (Object findings : items) {
            reconciliation.report(job.getInstanceId(), (List<StockReconciliation.Finding>) findings,
                    Boolean.parseBoolean(autoCorrect));
        }
    }
}
