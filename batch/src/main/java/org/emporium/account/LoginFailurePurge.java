package org.emporium.account;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Step of the housekeeping job: failed sign-ins older than the throttling window no longer count. */
@Named
@Dependent
public class LoginFailurePurge extends AbstractBatchlet {

    @EJB
    LoginThrottle throttle;

    @Override
    public String process() {
        return "DELETED_" + throttle.purgeOld();
    }
}
