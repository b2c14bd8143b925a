package org.emporium.inventory;

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
 * A line of a reconciliation's discrepancy report: one SKU, what was expected and what was found, the likely cause
 * and — when the run corrected it — the stock ledger entry that did.
 */
@Entity
@Table(name = "stock_discrepancy")
public class StockDiscrepancy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The reconciliation run: its batch job instance, which a restart continues. */
    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "sku_id", nullable = false, updatable = false)
    private long skuId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24, updatable = false)
    private DiscrepancyKind kind;

    @Column(name = "expected", nullable = false, updatable = false)
    private int expected;

    @Column(name = "actual", nullable = false, updatable = false)
    private int actual;

    @Column(name = "difference", nullable = false, updatable = false)
    private int difference;

    @Column(name = "likely_cause", nullable = false, length = 200, updatable = false)
    private String likelyCause;

    @Column(name = "corrected", nullable = false)
    private boolean corrected;

    @Column(name = "movement_id")
    private Long movementId;

    @Column(name = "found_at", nullable = false, updatable = false)
    private Instant foundAt;

    protected StockDiscrepancy() {
        // for JPA
    }

    StockDiscrepancy(long runId, long skuId, DiscrepancyKind kind, int expected, int actual,
                     String likelyCause, Instant now) {
        this.runId = runId;
        this.skuId = skuId;
        this.kind = kind;
        this.expected = expected;
        this.actual = actual;
        this.difference = actual - expected;
        this.likelyCause = likelyCause;
        this.foundAt = now;
    }

    void corrected(long movementId) {
        this.corrected = true;
        this.movementId = movementId;
    }

    public Long getId() {
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public long getSkuId() {
        return skuId;
    }

    public DiscrepancyKind getKind() {
        return kind;
    }

    public int getExpected() {
        return expected;
    }

    public int getActual() {
        return actual;
    }

    public int getDifference() {
        return difference;
    }

    public String getLikelyCause() {
        return likelyCause;
    }

    public boolean isCorrected() {
        return corrected;
    }

    public Long getMovementId() {
        return movementId;
    }

    public Instant getFoundAt() {
        return foundAt;
    }
}
