package org.emporium.settlement;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Turns an order into the statement lines still owed for it (sold lines, freight, refunds, claw-backs). The
 * commission schedule is read once per partition. {@code failAfter} is a drill for operators and tests: the
 * partition fails after that many orders, as if the server had died, to show that a restart ends the same.
 */
@Named
@Dependent
public class OrderSettlement implements ItemProcessor {

    @EJB
    Settlements settlements;

    @Inject
    @BatchProperty
    String period;

    @Inject
    @BatchProperty
    String from;

    @Inject
    @BatchProperty
    String to;

    @Inject
    @BatchProperty
    String failAfter;

    private CommissionSchedule schedule;
    private int processed;

    @Override
    public Object processItem(Object orderId) {
        if (failAfter != null && !failAfter.isBlank() && processed >= Integer.parseInt(failAfter.trim())) {
            throw new IllegalStateException("Settlement drill: stopping after " + processed + " orders");
        }
        if (schedule == null) {
            schedule = settlements.commissionSchedule();
        }
        processed++;
        List<SettlementLine.Draft> drafts = settlements.toSettle((Long) orderId, settlements.period(period, from,
                to), schedule);
        return drafts.isEmpty() ? null : drafts;
    }
}
