package org.emporium.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Bearer tokens for the API: 256 random bits, handed out once, stored only as a hash, expiring. */
@Stateless
public class TokenService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "emporium.token.ttl", defaultValue = "PT12H")
    Duration ttl;

    /** A token as handed to the client: the only time its clear value exists. */
    public record IssuedToken(String value, Instant expiresAt) {
    }

    public IssuedToken issue(Account account) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        ApiToken token = new ApiToken(account.getId(), hash(value), now, now.plus(ttl));
        em.persist(token);
        return new IssuedToken(value, token.getExpiresAt());
    }

    /** The account a token belongs to, if the token exists, has not expired and the account is enabled. */
    public Optional<Account> authenticate(String value) {
        if (value == null || value.isBlank() || value.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return em.createNamedQuery("ApiToken.byHash", ApiToken.class).setParameter("hash", hash(value))
                .getResultStream().findFirst()
                .filter(t -> !t.isExpiredAt(now))
                .map(t -> em.find(Account.class, t.getAccountId()))
                .filter(Account::isEnabled);
    }

    /** Revokes a token; revoking an unknown or already revoked token does nothing. */
    public void revoke(String value) {
        em.createNamedQuery("ApiToken.byHash", ApiToken.class).setParameter("hash", hash(value))
                .getResultStream().findFirst().ifPresent(em::remove);
    }

    /** Deletes expired tokens; returns how many. Run nightly by the housekeeping job. */
    public int purgeExpired() {
        return em.createNamedQuery("ApiToken.deleteExpired").setParameter("now", clock.instant()).executeUpdate();
    }

    static String hash(String value) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
