package org.emporium.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A physical count (盘点) of one SKU, waiting for the next reconciliation to set on hand to it. */
@Entity
@Table(name = "stock_count")
public class StockCount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sku_id", nullable = false, updatable = false)
    private long skuId;

    @Column(name = "counted", nullable = false, updatable = false)
    private int counted;

    @Column(name = "note", length = 200, updatable = false)
    private String note;

    @Column(name = "counted_by", updatable = false)
    private Long countedBy;

    @Column(name = "counted_at", nullable = false, updatable = false)
    private Instant countedAt;

    @Column(name = "reconciled_at")
    private Instant reconciledAt;

    protected StockCount() {
        // for JPA
    }

    StockCount(long skuId, int counted, String note, Long countedBy, Instant now) {
        this.skuId = skuId;
        this.counted = counted;
        this.note = note;
        this.countedBy = countedBy;
        this.countedAt = now;
    }

    void reconciled(Instant at) {
        reconciledAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getSkuId() {
        return skuId;
    }

    public int getCounted() {
        return counted;
    }

    public String getNote() {
        return note;
    }

    public Instant getCountedAt() {
        return countedAt;
    }

    public Instant getReconciledAt() {
        return reconciledAt;
    }
}
