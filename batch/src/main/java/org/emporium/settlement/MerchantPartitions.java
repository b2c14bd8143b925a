package org.emporium.settlement;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;

/**
 * Settles each merchant in a partition of its own, a few at a time ({@code threads}, default 4). A restart plans
 * afresh: every partition reads only what is still unsettled, so what an interrupted run wrote stays and nothing is
 * written twice.
 */
@Named
@Dependent
public class MerchantPartitions implements PartitionMapper {

    /** The partition of a run with nobody to settle: it reads nothing. */
    static final String NOBODY = "0";

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
    String threads;

    @Override
    public PartitionPlan mapPartitions() {
        List<Long> merchants = settlements.merchantsToSettle(settlements.period(period, from, to));
        List<String> ids = merchants.isEmpty() ? List.of(NOBODY) : merchants.stream().map(String::valueOf).toList();
        Properties[] partitions = new Properties[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            partitions[i] = new Properties();
            partitions[i].setProperty("merchantId", ids.get(i));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(ids.size());
        plan.setThreads(Math.max(1, Math.min(ids.size(), threads == null || threads.isBlank() ? 4
                : Integer.parseInt(threads.trim()))));
        plan.setPartitionProperties(partitions);
        plan.setPartitionsOverride(true);
        return plan;
    }
}
