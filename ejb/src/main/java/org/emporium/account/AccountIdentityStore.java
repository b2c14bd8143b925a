package org.emporium.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Jakarta Security's view of our accounts: checks a login and password against the PBKDF2 hash and names the
 * caller by account id (stable when the email changes), with the account's roles as groups.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.verifyPassword(login.getCaller(), login.getPasswordAsString())
                .map(AccountIdentityStore::toResult)
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    public static CredentialValidationResult toResult(Account account) {
        Set<String> groups = account.getRoles().stream().map(Role::name).collect(Collectors.toSet());
        return new CredentialValidationResult(String.valueOf(account.getId()), groups);
    }
}
