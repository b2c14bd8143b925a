package org.emporium.account;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;

/** Accounts: sign-up, look-up by login, the profile. */
@Stateless
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher passwords;

    @Inject
    Clock clock;

    @Inject
    Event<MemberRegistered> registered;

    /** Registers a shopper (role CUSTOMER). An email or mobile number already in use is refused. */
    public Account register(@NotNull @Valid Registration registration) {
        Account account = create(registration, EnumSet.of(Role.CUSTOMER));
        registered.fire(new MemberRegistered(account.getId()));
        return account;
    }

    /** Creates an account with the given roles; for staff set-up and demo data. */
    public Account create(@NotNull @Valid Registration registration, Set<Role> roles) {
        String email = blankToNull(registration.email());
        String mobile = blankToNull(registration.mobile());
        if (email != null && findByLogin(email).isPresent()) {
            throw new BusinessRuleException("EMAIL_TAKEN", "An account with this email already exists");
        }
        if (mobile != null && findByLogin(mobile).isPresent()) {
            throw new BusinessRuleException("MOBILE_TAKEN", "An account with this mobile number already exists");
        }
        Account account = new Account(email, mobile, passwords.hash(registration.password()),
                registration.displayName().trim(), roles, clock.instant());
        em.persist(account);
        em.flush();
        return account;
    }

    /** Finds an account by email (any case) or mobile number. */
    public Optional<Account> findByLogin(String login) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        String trimmed = login.trim();
        String query = trimmed.contains("@") ? "Account.byEmail" : "Account.byMobile";
        String value = trimmed.contains("@") ? trimmed.toLowerCase(Locale.ROOT) : trimmed;
        return em.createNamedQuery(query, Account.class).setParameter("login", value)
                .getResultStream().findFirst();
    }

    public Account get(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new NotFoundException("Account");
        }
        return account;
    }

    /**
     * Checks a password. Returns the account only if it exists, is enabled and the password matches; an unknown
     * login costs the same hashing time as a known one.
     */
    public Optional<Account> verifyPassword(String login, String password) {
        Optional<Account> account = findByLogin(login);
        boolean matches = passwords.matches(password == null ? "" : password,
                account.map(Account::getPasswordHash).orElse(null));
        return account.filter(a -> matches && a.isEnabled());
    }

    /** Accounts whose email, mobile or name contains the text (all when blank), newest first. */
    public List<Account> search(String text, int first, int max) {
        return em.createNamedQuery("Account.search", Account.class).setParameter("text", like(text))
                .setFirstResult(first).setMaxResults(Math.min(max, 200)).getResultList();
    }

    public long count(String text) {
        return em.createNamedQuery("Account.countSearch", Long.class).setParameter("text", like(text))
                .getSingleResult();
    }

    private static String like(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + t + "%";
    }

    public Account updateProfile(long accountId, @NotNull @Valid ProfileChange change) {
        Account account = get(accountId);
        account.apply(change);
        return account;
    }

    public void changePassword(long accountId, String currentPassword, String newPassword) {
        Account account = get(accountId);
        if (!passwords.matches(currentPassword == null ? "" : currentPassword, account.getPasswordHash())) {
            throw new BusinessRuleException("WRONG_PASSWORD", "The current password is not correct");
        }
        if (!PasswordPolicy.isAcceptable(newPassword)) {
            throw new BusinessRuleException("WEAK_PASSWORD", "The new password is too weak");
        }
        account.changePasswordHash(passwords.hash(newPassword));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
