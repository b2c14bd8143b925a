package org.emporium.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2 password hashes through Jakarta Security's {@link Pbkdf2PasswordHash}. The stored form carries the
 * algorithm, iterations and salt, so raising the iteration count later keeps old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHasher {

    /** Verified against when a login names no account, so that unknown logins take as long as known ones. */
    private String decoyHash;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "emporium.password.iterations", defaultValue = "210000")
    int iterations;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoyHash = pbkdf2.generate("decoy-password".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash == null ? decoyHash : storedHash);
    }
}
