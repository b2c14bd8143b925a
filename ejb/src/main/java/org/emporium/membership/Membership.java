package org.emporium.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A member's standing: points balance (the sum of what is left of their credits), growth value and level. Changed
 * only with the row locked ({@link Points}), so one member's concurrent checkouts cannot spend a point twice.
 */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "points", nullable = false)
    private long points;

    @Column(name = "growth", nullable = false)
    private long growth;

    @Column(name = "level_code", nullable = false)
    private String levelCode;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Membership() {
        // for JPA
    }

    public Long getMemberId() {
        return memberId;
    }

    public long getPoints() {
        return points;
    }

    public long getGrowth() {
        return growth;
    }

    public String getLevelCode() {
        return levelCode;
    }

    void credit(long amount, Instant now) {
        points = Math.addExact(points, amount);
        updatedAt = now;
    }

    void debit(long amount, Instant now) {
        if (amount > points) {
            throw new IllegalStateException("Debit of " + amount + " beyond a balance of " + points);
        }
        points -= amount;
        updatedAt = now;
    }

    /** Growth moves with what the member paid for completed orders (less refunds); never below zero. */
    void grow(long by, Instant now) {
        growth = Math.max(0, growth + by);
        updatedAt = now;
    }

    void reach(MemberLevel level) {
        levelCode = level.getCode();
    }
}
