package org.emporium.account.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import org.emporium.account.LoginThrottle;

/**
 * The one way to check a password, for the login page and for API tokens alike: throttled per account and per
 * address, then validated by Jakarta Security's identity store(s).
 */
@ApplicationScoped
public class SignIn {

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    /**
     * @throws org.emporium.platform.TooManyAttemptsException when this login or address failed too often lately
     */
    public CredentialValidationResult check(String login, String password, String remoteAddress) {
        String name = login == null ? "" : login.trim();
        throttle.check(name, remoteAddress);
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(name, password == null ? "" : password));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.recordSuccess(name);
        } else {
            throttle.recordFailure(name, remoteAddress);
        }
        return result;
    }
}
