package org.emporium.message;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.emporium.platform.NotFoundException;

/** In-site messages: sending them, and each account's inbox (only its own). */
@Stateless
public class Messages {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Message send(long accountId, MessageKind kind, List<String> params, String link) {
        Message message = new Message(accountId, kind, params, link, clock.instant());
        em.persist(message);
        return message;
    }

    public List<Message> inbox(long accountId, int first, int max) {
        return em.createNamedQuery("Message.inbox", Message.class).setParameter("account", accountId)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long unread(long accountId) {
        return em.createNamedQuery("Message.unread", Long.class).setParameter("account", accountId)
                .getSingleResult();
    }

    public void markRead(long accountId, long messageId) {
        Message message = em.find(Message.class, messageId);
        if (message == null || message.getAccountId() != accountId) {
            throw new NotFoundException("message");
        }
        message.markRead(clock.instant());
    }

    public void markAllRead(long accountId) {
        em.createQuery("UPDATE Message m SET m.readAt = :now WHERE m.accountId = :account AND m.readAt IS NULL")
                .setParameter("now", clock.instant()).setParameter("account", accountId).executeUpdate();
    }
}
