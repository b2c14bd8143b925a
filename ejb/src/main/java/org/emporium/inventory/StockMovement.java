package org.emporium.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the stock ledger: what changed, by how much, and the SKU's figures right after. */
@Entity
@Table(name = "stock_movement")
@NamedQuery(name = "StockMovement.ofSku", query = "SELECT m FROM StockMovement m WHERE m.skuId = :sku ORDER BY m.id")
public class StockMovement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sku_id", nullable = false, updatable = false)
    private Long skuId;

    @Enumerated(EnumType.STRING)
    @Column(name = "movement_type", nullable = false, length = 16, updatable = false)
    private MovementType type;

    @Column(name = "quantity", nullable = false, updatable = false)
    private int quantity;

    @Column(name = "on_hand_after", nullable = false, updatable = false)
    private int onHandAfter;

    @Column(name = "reserved_after", nullable = false, updatable = false)
    private int reservedAfter;

    @Column(name = "reason", length = 200, updatable = false)
    private String reason;

    @Column(name = "reference", length = 64, updatable = false)
    private String reference;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected StockMovement() {
        // for JPA
    }

    StockMovement(long skuId, MovementType type, int quantity, int onHandAfter, int reservedAfter, String reason,
                  String reference, Long actorId, Instant createdAt) {
        this.skuId = skuId;
        this.type = type;
        this.quantity = quantity;
        this.onHandAfter = onHandAfter;
        this.reservedAfter = reservedAfter;
        this.reason = reason;
        this.reference = reference;
        this.actorId = actorId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getSkuId() {
        return skuId;
    }

    public MovementType getType() {
        return type;
    }

    public int getQuantity() {
        return quantity;
    }

    public int getOnHandAfter() {
        return onHandAfter;
    }

    public int getReservedAfter() {
        return reservedAfter;
    }

    public String getReason() {
        return reason;
    }

    public String getReference() {
        return reference;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
