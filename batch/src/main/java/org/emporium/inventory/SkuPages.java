package org.emporium.inventory;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Reads every SKU id, a page of 500 per item, in id order; the checkpoint is the last id read. */
@Named
@Dependent
public class SkuPages extends AbstractItemReader {

    private static final int PAGE = 500;

    @EJB
    StockReconciliation reconciliation;

    private long lastRead;

    @Override
    public void open(Serializable checkpoint) {
        lastRead = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        List<Long> page = reconciliation.skuIds(lastRead, PAGE);
        if (page.isEmpty()) {
            return null;
        }
        lastRead = page.get(page.size() - 1);
        return new ArrayList<>(page);
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead;
    }
}
