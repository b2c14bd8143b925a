package org.emporium.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of an order's status history: from, to, who, when, why. Never changed once written. */
@Entity
@Table(name = "order_status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id", updatable = false)
    private Order order;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20, updatable = false)
    private OrderStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    private OrderStatus to;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false, length = 16, updatable = false)
    private ActorKind actorKind;

    @Column(name = "reason", length = 200, updatable = false)
    private String reason;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected StatusChange() {
        // for JPA
    }

    StatusChange(Order order, OrderStatus from, OrderStatus to, ActorKind actorKind, Long actorId, String reason,
                 Instant changedAt) {
        this.order = order;
        this.from = from;
        this.to = to;
        this.actorKind = actorKind;
        this.actorId = actorId;
        this.reason = reason == null || reason.length() <= 200 ? reason : reason.substring(0, 200);
        this.changedAt = changedAt;
    }

    public OrderStatus getFrom() {
        return from;
    }

    public OrderStatus getTo() {
        return to;
    }

    public Long getActorId() {
        return actorId;
    }

    public ActorKind getActorKind() {
        return actorKind;
    }

    public String getReason() {
        return reason;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
