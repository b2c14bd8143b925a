package org.emporium.settlement;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads the ids of one merchant's orders with something to settle, a page at a time, in id order. The checkpoint
 * is the last id read; after a failure the query itself skips what was settled, so a restart is exact either way.
 */
@Named
@Dependent
public class SettleableOrders extends AbstractItemReader {

    private static final int PAGE = 200;

    @EJB
    Settlements settlements;

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

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastRead;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastRead = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            long merchant = Long.parseLong(merchantId);
            page.addAll(merchant == 0 ? List.of() : settlements.ordersToSettle(merchant,
                    settlements.period(period, from, to), lastRead, PAGE));
            exhausted = page.size() < PAGE;
        }
        Long next = page.poll();
        if (next != null) {
            lastRead = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead;
    }
}
