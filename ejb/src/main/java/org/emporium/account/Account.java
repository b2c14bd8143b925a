package org.emporium.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A person who signs in: a shopper, or staff of a merchant or of the platform. */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.byEmail", query = "SELECT a FROM Account a WHERE a.email = :login")
@NamedQuery(name = "Account.byMobile", query = "SELECT a FROM Account a WHERE a.mobile = :login")
@NamedQuery(name = "Account.search", query = "SELECT a FROM Account a WHERE LOWER(a.email) LIKE :text"
        + " OR a.mobile LIKE :text OR LOWER(a.displayName) LIKE :text ORDER BY a.id DESC")
@NamedQuery(name = "Account.countSearch", query = "SELECT COUNT(a) FROM Account a WHERE LOWER(a.email) LIKE :text"
        + " OR a.mobile LIKE :text OR LOWER(a.displayName) LIKE :text")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "mobile", length = 20)
    private String mobile;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 64)
    private String displayName;

    @Column(name = "nickname", length = 64)
    private String nickname;

    @Column(name = "avatar_url", length = 512)
    private String avatarUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", length = 16)
    private Gender gender;

    @Column(name = "birthday")
    private LocalDate birthday;

    @Column(name = "phone", length = 20)
    private String phone;

    @Column(name = "locale", length = 16)
    private String locale;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role_name", length = 16)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    @Column(name = "version")
    private long version;

    protected Account() {
        // for JPA
    }

    Account(String email, String mobile, String passwordHash, String displayName, Set<Role> roles, Instant createdAt) {
        if (email == null && mobile == null) {
            throw new IllegalArgumentException("An account needs an email or a mobile number");
        }
        this.email = email == null ? null : email.trim().toLowerCase(Locale.ROOT);
        this.mobile = mobile;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.nickname = displayName;
        this.roles = roles.isEmpty() ? EnumSet.of(Role.CUSTOMER) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getMobile() {
        return mobile;
    }

    /** The name the account signs in with: the email, or else the mobile number. */
    public String getLogin() {
        return email != null ? email : mobile;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getNickname() {
        return nickname;
    }

    public String getAvatarUrl() {
        return avatarUrl;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getBirthday() {
        return birthday;
    }

    public String getPhone() {
        return phone;
    }

    public String getLocale() {
        return locale;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    void apply(ProfileChange change) {
        this.displayName = change.displayName().trim();
        this.nickname = blankToNull(change.nickname());
        this.avatarUrl = blankToNull(change.avatarUrl());
        this.gender = change.gender();
        this.birthday = change.birthday();
        this.phone = blankToNull(change.phone());
        this.locale = blankToNull(change.locale());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
