package org.emporium.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of a member's points ledger (积分明细). A credit keeps how much of it is still unspent ({@code remaining})
 * until it expires; debits take from the credits that expire first.
 */
@Entity
@Table(name = "points_entry")
public class PointsEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, updatable = false)
    private PointsReason reason;

    @Column(name = "reference", nullable = false, updatable = false)
    private String reference;

    @Column(name = "points", nullable = false, updatable = false)
    private long points;

    @Column(name = "remaining", nullable = false)
    private long remaining;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PointsEntry() {
        // for JPA
    }

    PointsEntry(long memberId, PointsReason reason, String reference, long points, Instant expiresAt, Instant now) {
        if (points == 0 || reason.isCredit() != points > 0) {
            throw new IllegalArgumentException(reason + " of " + points + " points");
        }
        this.memberId = memberId;
        this.reason = reason;
        this.reference = reference;
        this.points = points;
        this.remaining = points > 0 ? points : 0;
        this.expiresAt = expiresAt;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public PointsReason getReason() {
        return reason;
    }

    public String getReference() {
        return reference;
    }

    /** Positive for a credit, negative for a debit. */
    public long getPoints() {
        return points;
    }

    public long getRemaining() {
        return remaining;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Takes up to {@code wanted} from what is left of this credit; returns how many it took. */
    long take(long wanted) {
        long taken = Math.min(wanted, remaining);
        remaining -= taken;
        return taken;
    }
}
