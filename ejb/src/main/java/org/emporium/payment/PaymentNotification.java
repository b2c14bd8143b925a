package org.emporium.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The inbox of gateway events (回调): one row per (gateway, event), written in the transaction that applies the
 * event, so a duplicate — a second delivery, or the reconciler's query finding what a callback already said —
 * fails on the unique key and changes nothing.
 */
@Entity
@Table(name = "payment_notification")
@NamedQuery(name = "PaymentNotification.count",
        query = "SELECT COUNT(n) FROM PaymentNotification n WHERE n.gateway = :gateway AND n.eventId = :event")
public class PaymentNotification {

    /** Where the shop learnt of the event. */
    public enum Source {
        CALLBACK,
        QUERY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "gateway", nullable = false, length = 32, updatable = false)
    private String gateway;

    @Column(name = "event_id", nullable = false, length = 100, updatable = false)
    private String eventId;

    @Column(name = "payment_no", nullable = false, length = 24, updatable = false)
    private String paymentNo;

    @Column(name = "outcome", nullable = false, length = 20, updatable = false)
    private String outcome;

    @Column(name = "source", nullable = false, length = 16, updatable = false)
    private String source;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected PaymentNotification() {
        // for JPA
    }

    PaymentNotification(String gateway, String eventId, String paymentNo, String outcome, Source source,
                        Instant receivedAt) {
        this.gateway = gateway;
        this.eventId = eventId;
        this.paymentNo = paymentNo;
        this.outcome = outcome;
        this.source = source.name();
        this.receivedAt = receivedAt;
    }
}
