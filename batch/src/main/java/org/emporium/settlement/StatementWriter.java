package org.emporium.settlement;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** Writes a chunk's lines into the merchant's statement of the period, in the chunk's transaction. */
@Named
@Dependent
public class StatementWriter extends AbstractItemWriter {

    @EJB
    Settlements settlements;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String merchantId;

    @Inject
    @BatchProperty
    String period;

    @Inject
    @BatchProperty
    String from;

    @Inject
    @BatchProperty
    String to;

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> items) {
        List<SettlementLine.Draft> lines = new ArrayList<>();
        items.forEach(item -> lines.addAll((List<SettlementLine.Draft>) item));
        settlements.record(Long.parseLong(merchantId), settlements.period(period, from, to), lines,
                job.getExecutionId());
    }
}
