package org.emporium.account;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.logging.Logger;

/** Step of the housekeeping job: deletes API tokens past their expiry. The exit status says how many. */
@Named
@Dependent
public class ExpiredTokenPurge extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(ExpiredTokenPurge.class.getName());

    @EJB
    TokenService tokens;

    @Inject
    StepContext step;

    @Override
    public String process() {
        int deleted = tokens.purgeExpired();
        LOG.info(() -> "Deleted " + deleted + " expired API token(s)");
        step.setPersistentUserData(deleted);
        return "DELETED_" + deleted;
    }
}
