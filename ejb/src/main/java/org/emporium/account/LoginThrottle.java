package org.emporium.account;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.platform.TooManyAttemptsException;

/**
 * Slows down password guessing: after too many failed sign-ins for one account, or from one address, within the
 * window, further attempts are refused until the window has passed. Counts live in the database so that all
 * nodes agree.
 */
@Stateless
public class LoginThrottle {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "emporium.login.max-failures-per-account", defaultValue = "5")
    int maxPerAccount;

    @Inject
    @ConfigProperty(name = "emporium.login.max-failures-per-address", defaultValue = "20")
    int maxPerAddress;

    @Inject
    @ConfigProperty(name = "emporium.login.window", defaultValue = "PT15M")
    Duration window;

    /** Throws {@link TooManyAttemptsException} when this login or address has failed too often lately. */
    public void check(String login, String remoteAddress) {
        Instant since = clock.instant().minus(window);
        long forLogin = em.createNamedQuery("LoginFailure.countForLogin", Long.class)
                .setParameter("login", normalise(login)).setParameter("since", since).getSingleResult();
        long forAddress = em.createNamedQuery("LoginFailure.countForAddress", Long.class)
                .setParameter("address", remoteAddress).setParameter("since", since).getSingleResult();
        if (forLogin >= maxPerAccount || forAddress >= maxPerAddress) {
            throw new TooManyAttemptsException("Too many failed sign-ins; try again in "
                    + window.toMinutes() + " minutes");
        }
    }

    /** Records a failure in its own transaction, so it counts even when the caller's work is rolled back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(String login, String remoteAddress) {
        em.persist(new LoginFailure(normalise(login), remoteAddress, clock.instant()));
    }

    /** A successful sign-in clears the account's failures (not the address's). */
    public void recordSuccess(String login) {
        em.createNamedQuery("LoginFailure.forgetLogin").setParameter("login", normalise(login)).executeUpdate();
    }

    /** Housekeeping: failures older than the window no longer count. */
    public int purgeOld() {
        return em.createNamedQuery("LoginFailure.deleteOlderThan")
                .setParameter("before", clock.instant().minus(window)).executeUpdate();
    }

    private static String normalise(String login) {
        String l = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
        return l.length() > 254 ? l.substring(0, 254) : l;
    }
}
