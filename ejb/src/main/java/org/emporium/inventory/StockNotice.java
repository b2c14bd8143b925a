package org.emporium.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A shopper's request to hear when a sold-out SKU can be bought again (到货通知); used once. */
@Entity
@Table(name = "stock_notice")
@NamedQuery(name = "StockNotice.waiting",
        query = "SELECT n FROM StockNotice n WHERE n.skuId = :sku AND n.notifiedAt IS NULL ORDER BY n.id")
@NamedQuery(name = "StockNotice.waitingFor",
        query = "SELECT n FROM StockNotice n WHERE n.skuId = :sku AND n.accountId = :account AND n.notifiedAt IS NULL")
public class StockNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "sku_id", nullable = false, updatable = false)
    private Long skuId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "notified_at")
    private Instant notifiedAt;

    protected StockNotice() {
        // for JPA
    }

    StockNotice(long accountId, long skuId, Instant now) {
        this.accountId = accountId;
        this.skuId = skuId;
        this.createdAt = now;
    }

    void notified(Instant at) {
        this.notifiedAt = at;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getSkuId() {
        return skuId;
    }

    public Instant getNotifiedAt() {
        return notifiedAt;
    }
}
