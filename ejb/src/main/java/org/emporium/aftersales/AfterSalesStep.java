package org.emporium.aftersales;

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
import org.emporium.order.ActorKind;

/** One step taken on an after-sales request: what, by whom, when, with what note. Never changed once written. */
@Entity
@Table(name = "after_sales_step")
public class AfterSalesStep {

    /** What was done; bundle keys aftersales.action.*. */
    public enum Action {
        OPENED,
        APPROVED,
        REJECTED,
        SHIPPED_BACK,
        RECEIVED,
        REFUNDED,
        EXCHANGED,
        WITHDRAWN,
        ESCALATED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id", updatable = false)
    private AfterSalesRequest request;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 16, updatable = false)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16, updatable = false)
    private AfterSalesStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false, length = 16, updatable = false)
    private ActorKind actorKind;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "note", length = 300, updatable = false)
    private String note;

    @Column(name = "taken_at", nullable = false, updatable = false)
    private Instant takenAt;

    protected AfterSalesStep() {
        // for JPA
    }

    AfterSalesStep(AfterSalesRequest request, Action action, ActorKind actorKind, Long actorId, String note,
                   Instant takenAt) {
        this.request = request;
        this.action = action;
        this.status = request.getStatus();
        this.actorKind = actorKind;
        this.actorId = actorId;
        this.note = note == null || note.length() <= 300 ? note : note.substring(0, 300);
        this.takenAt = takenAt;
    }

    public Action getAction() {
        return action;
    }

    /** The request's status after this step. */
    public AfterSalesStatus getStatus() {
        return status;
    }

    public ActorKind getActorKind() {
        return actorKind;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getNote() {
        return note;
    }

    public Instant getTakenAt() {
        return takenAt;
    }
}
