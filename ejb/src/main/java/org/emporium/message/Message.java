package org.emporium.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-site message (站内信) in someone's inbox. It stores what happened (its kind and parameters), not
 * sentences: the page renders it from the bundles in the reader's language.
 */
@Entity
@Table(name = "message")
@NamedQuery(name = "Message.inbox",
        query = "SELECT m FROM Message m WHERE m.accountId = :account ORDER BY m.id DESC")
@NamedQuery(name = "Message.unread",
        query = "SELECT COUNT(m) FROM Message m WHERE m.accountId = :account AND m.readAt IS NULL")
public class Message {

    /** Parameters are joined with this separator; it cannot appear in names a shop uses. */
    private static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "kind", nullable = false, length = 32, updatable = false)
    private String kind;

    @Column(name = "params", nullable = false, length = 1000, updatable = false)
    private String params;

    @Column(name = "link", length = 300, updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Message() {
        // for JPA
    }

    Message(long accountId, MessageKind kind, List<String> params, String link, Instant createdAt) {
        this.accountId = accountId;
        this.kind = kind.name();
        this.params = String.join(SEPARATOR, params.stream().map(p -> p == null ? "" : p.replace(SEPARATOR, " "))
                .toList());
        if (this.params.length() > 1000) {
            this.params = this.params.substring(0, 1000);
        }
        this.link = link;
        this.createdAt = createdAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public MessageKind getKind() {
        return MessageKind.valueOf(kind);
    }

    public List<String> getParams() {
        return params.isEmpty() ? List.of() : new ArrayList<>(List.of(params.split(SEPARATOR, -1)));
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
