package org.emporium.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Empties the mail outbox every five seconds, one mail per transaction. */
@Singleton
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Inject
    MailOutbox outbox;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendDue() {
        for (Long id : outbox.due(50)) {
            try {
                outbox.send(id);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Mail " + id + " is being sent elsewhere; left to the next round", e);
            }
        }
    }
}
