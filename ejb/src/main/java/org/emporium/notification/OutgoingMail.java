package org.emporium.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An email in the outbox: written in the transaction of the change it tells about (so a rolled-back change sends
 * nothing and a committed one is never forgotten), then sent by {@link MailSender}, retried when the SMTP server
 * is away. {@code topic} names what it is about, e.g. {@code order-confirmation:P2026...}.
 */
@Entity
@Table(name = "outgoing_mail")
@NamedQuery(name = "OutgoingMail.due", query = "SELECT m.id FROM OutgoingMail m WHERE m.status = :pending"
        + " AND m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt")
@NamedQuery(name = "OutgoingMail.countTopic",
        query = "SELECT COUNT(m) FROM OutgoingMail m WHERE m.topic = :topic AND m.recipient = :recipient")
public class OutgoingMail {

    /** PENDING until sent (SENT), given up after many failures (FAILED), or mail is switched off (NOT_SENT). */
    public enum Status {
        PENDING,
        SENT,
        FAILED,
        NOT_SENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient", nullable = false, length = 254, updatable = false)
    private String recipient;

    @Column(name = "subject", nullable = false, length = 200, updatable = false)
    private String subject;

    @Column(name = "html_body", nullable = false, updatable = false)
    private String htmlBody;

    @Column(name = "text_body", nullable = false, updatable = false)
    private String textBody;

    @Column(name = "topic", nullable = false, length = 64, updatable = false)
    private String topic;

    @Column(name = "status", nullable = false, length = 16)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 300)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutgoingMail() {
        // for JPA
    }

    OutgoingMail(String recipient, String subject, String htmlBody, String textBody, String topic, Instant now) {
        this.recipient = recipient;
        this.subject = subject.length() <= 200 ? subject : subject.substring(0, 200);
        this.htmlBody = htmlBody;
        this.textBody = textBody;
        this.topic = topic;
        this.status = Status.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void sent(Instant at) {
        status = Status.SENT;
        sentAt = at;
        lastError = null;
    }

    void failed(String error, Instant retryAt, int maxAttempts) {
        attempts++;
        lastError = error == null || error.length() <= 300 ? error : error.substring(0, 300);
        nextAttemptAt = retryAt;
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
        }
    }

    void notSent(String why) {
        status = Status.NOT_SENT;
        lastError = why;
    }

    void leaseUntil(Instant until) {
        nextAttemptAt = until;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getTopic() {
        return topic;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }
}
