package org.emporium.settlement;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Last step: every statement of the period gets the sums of its lines. The exit status says how many. */
@Named
@Dependent
public class StatementTotals extends AbstractBatchlet {

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

    @Override
    public String process() {
        return "STATEMENTS_" + settlements.total(settlements.period(period, from, to));
    }
}
