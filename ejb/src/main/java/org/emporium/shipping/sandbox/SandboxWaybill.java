package org.emporium.shipping.sandbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A parcel in the sandbox carrier's own books: where it goes, which step of its journey comes next and when, and
 * where to report it. What a real logistics company keeps on its side; the shop never reads it.
 */
@Entity
@Table(name = "sandbox_waybill")
@NamedQuery(name = "SandboxWaybill.due", query = "SELECT w.id FROM SandboxWaybill w WHERE w.nextDueAt <= :now"
        + " ORDER BY w.nextDueAt")
@NamedQuery(name = "SandboxWaybill.byTracking", query = "SELECT w FROM SandboxWaybill w WHERE w.trackingNo = :no")
public class SandboxWaybill {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tracking_no", nullable = false, length = 40, updatable = false)
    private String trackingNo;

    @Column(name = "reference", nullable = false, length = 40, updatable = false)
    private String reference;

    @Column(name = "from_city", nullable = false, length = 64, updatable = false)
    private String fromCity;

    @Column(name = "to_city", nullable = false, length = 64, updatable = false)
    private String toCity;

    @Column(name = "notify_url", nullable = false, length = 500, updatable = false)
    private String notifyUrl;

    @Column(name = "next_step", nullable = false)
    private int nextStep;

    @Column(name = "next_due_at")
    private Instant nextDueAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version")
    private long version;

    protected SandboxWaybill() {
        // for JPA
    }

    SandboxWaybill(String trackingNo, String reference, String fromCity, String toCity, String notifyUrl,
                   Instant now, Instant firstStepAt) {
        this.trackingNo = trackingNo;
        this.reference = reference;
        this.fromCity = fromCity;
        this.toCity = toCity;
        this.notifyUrl = notifyUrl;
        this.createdAt = now;
        this.nextDueAt = firstStepAt;
    }

    void leaseUntil(Instant until) {
        nextDueAt = until;
    }

    /** The step was reported: the next one is due at {@code next}, or none after the last. */
    void reported(Instant next, int steps) {
        nextStep++;
        attempts = 0;
        nextDueAt = nextStep < steps ? next : null;
    }

    /** Every step taken at once and none left to report (the shop learns them by asking). */
    void arrived(int steps) {
        nextStep = steps;
        attempts = 0;
        nextDueAt = null;
    }

    void failed(Instant retryAt) {
        attempts++;
        nextDueAt = attempts >= 10 ? null : retryAt;
    }

    public Long getId() {
        return id;
    }

    public String getTrackingNo() {
        return trackingNo;
    }

    public String getFromCity() {
        return fromCity;
    }

    public String getToCity() {
        return toCity;
    }

    public String getNotifyUrl() {
        return notifyUrl;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** A waybill registered to test lost webhooks: the carrier moves it along but never calls the shop. */
    public boolean isSilent() {
        return trackingNo.startsWith(SandboxCourier.SILENT_PREFIX);
    }

    public int getNextStep() {
        return nextStep;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextDueAt() {
        return nextDueAt;
    }
}
