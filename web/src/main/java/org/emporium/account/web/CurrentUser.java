package org.emporium.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import org.emporium.account.Account;
import org.emporium.account.AccountService;
import org.emporium.account.Role;

/** Who is looking at the page, for templates and backing beans. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    private Account account;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public long getId() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            throw new IllegalStateException("Nobody is signed in");
        }
        return Long.parseLong(caller.getName());
    }

    public Account getAccount() {
        if (account == null && isSignedIn()) {
            account = accounts.get(getId());
        }
        return account;
    }

    public String getName() {
        Account a = getAccount();
        if (a == null) {
            return "";
        }
        return a.getNickname() != null ? a.getNickname() : a.getDisplayName();
    }

    public boolean hasRole(String role) {
        return security.isCallerInRole(role);
    }

    public boolean isStaff() {
        return Arrays.stream(Role.STAFF).anyMatch(security::isCallerInRole);
    }
}
