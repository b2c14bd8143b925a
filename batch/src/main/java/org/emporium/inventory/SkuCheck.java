package org.emporium.inventory;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;

/** Compares a page of SKUs with their ledger, holders and counts; a page without differences writes nothing. */
@Named
@Dependent
public class SkuCheck implements ItemProcessor {

    @EJB
    StockReconciliation reconciliation;

    @Override
    @SuppressWarnings("unchecked")
    public Object processItem(Object page) {
        List<StockReconciliation.Finding> findings = reconciliation.check((List<Long>) page);
        return findings.isEmpty() ? null : findings;
    }
}
