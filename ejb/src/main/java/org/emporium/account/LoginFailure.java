package org.emporium.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One failed sign-in. Kept in the database, not in memory, so that every node of a cluster counts the same
 * attempts.
 */
@Entity
@Table(name = "login_failure")
@NamedQuery(name = "LoginFailure.countForLogin",
        query = "SELECT COUNT(f) FROM LoginFailure f WHERE f.login = :login AND f.failedAt > :since")
@NamedQuery(name = "LoginFailure.countForAddress",
        query = "SELECT COUNT(f) FROM LoginFailure f WHERE f.remoteAddress = :address AND f.failedAt > :since")
@NamedQuery(name = "LoginFailure.forgetLogin", query = "DELETE FROM LoginFailure f WHERE f.login = :login")
@NamedQuery(name = "LoginFailure.deleteOlderThan", query = "DELETE FROM LoginFailure f WHERE f.failedAt < :before")
public class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "login", nullable = false, length = 254)
    private String login;

    @Column(name = "remote_address", nullable = false, length = 64)
    private String remoteAddress;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected LoginFailure() {
        // for JPA
    }

    LoginFailure(String login, String remoteAddress, Instant failedAt) {
        this.login = login;
        this.remoteAddress = remoteAddress;
        this.failedAt = failedAt;
    }
}
