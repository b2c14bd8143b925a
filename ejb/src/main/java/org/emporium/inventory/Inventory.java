package org.emporium.inventory;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;

/**
 * Stock per SKU: on hand and reserved. Every change is one conditional UPDATE (so concurrent requests can never
 * take the figures below zero) plus a ledger row in the same transaction.
 */
@Stateless
public class Inventory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<StockLevelChanged> levelChanged;

    /** Goods arrived (RECEIPT). */
    public StockMovement receive(long skuId, int quantity, String reason, Long actorId) {
        if (quantity <= 0) {
            throw new BusinessRuleException("VALIDATION", "A receipt needs a positive quantity");
        }
        change(skuId, "UPDATE sku SET on_hand = on_hand + ?1 WHERE id = ?2", quantity);
        return record(skuId, MovementType.RECEIPT, quantity, reason, null, actorId);
    }

    /**
     * A correction (ADJUST) with a reason: on hand goes up or down, never below what is reserved for orders.
     */
    public StockMovement adjust(long skuId, int delta, String reason, Long actorId) {
        return adjust(skuId, delta, reason, null, actorId);
    }

    /** An adjustment that names what caused it ({@code reference}, e.g. a reconciliation report's line). */
    public StockMovement adjust(long skuId, int delta, String reason, String reference, Long actorId) {
        if (delta == 0) {
            throw new BusinessRuleException("VALIDATION", "An adjustment needs a quantity other than zero");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("VALIDATION", "An adjustment needs a reason");
        }
        int updated = em.createNativeQuery(
                        "UPDATE sku SET on_hand = on_hand + ?1 WHERE id = ?2 AND on_hand + ?1 >= reserved")
                .setParameter(1, delta).setParameter(2, skuId).executeUpdate();
        if (updated == 0) {
            figures(skuId); // not found → 404
            throw new BusinessRuleException("STOCK_BELOW_RESERVED",
                    "On hand cannot go below what is reserved for orders");
        }
        return record(skuId, MovementType.ADJUST, delta, reason.trim(), reference, actorId);
    }

    /**
     * A ledger entry for a change the ledger missed (库存对账补录): the SKU's figures stay as they are, the entry
     * makes the replayed ledger agree with them again. No stock-level event: nothing became more or less
     * available.
     */
    public StockMovement explain(long skuId, MovementType type, int quantity, String reason, String reference) {
        int[] now = figures(skuId);
        StockMovement movement = new StockMovement(skuId, type, quantity, now[0], now[1], reason, reference, null,
                clock.instant());
        em.persist(movement);
        return movement;
    }

    /** Sets on hand to a counted figure (盘点) by an adjustment of the difference. */
    public StockMovement setOnHand(long skuId, int onHand, String reason, Long actorId) {
        int[] now = figures(skuId);
        return adjust(skuId, onHand - now[0], reason == null || reason.isBlank() ? "stock count" : reason, actorId);
    }

    /**
     * Holds units for an order or a cart (RESERVE) by one conditional update, so concurrent buyers can never
     * oversell: when fewer than {@code quantity} units are available nothing changes and the answer is false.
     * Callers that reserve several SKUs in one transaction must do so in ascending SKU id order, so that two
     * checkouts never wait for each other's rows (no deadlock from lock order).
     */
    public boolean reserve(long skuId, int quantity, String reference) {
        requirePositive(quantity);
        int updated = em.createNativeQuery(
                        "UPDATE sku SET reserved = reserved + ?1 WHERE id = ?2 AND on_hand - reserved >= ?1")
                .setParameter(1, quantity).setParameter(2, skuId).executeUpdate();
        if (updated == 0) {
            figures(skuId); // an unknown SKU is a 404, not "out of stock"
            return false;
        }
        record(skuId, MovementType.RESERVE, quantity, null, reference, null);
        return true;
    }

    /** Ends a hold without a sale (RELEASE): an order cancelled or timed out, a cart hold expired. */
    public void release(long skuId, int quantity, String reference, String reason) {
        requirePositive(quantity);
        int updated = em.createNativeQuery("UPDATE sku SET reserved = reserved - ?1 WHERE id = ?2 AND reserved >= ?1")
                .setParameter(1, quantity).setParameter(2, skuId).executeUpdate();
        if (updated == 0) {
            figures(skuId);
            throw new IllegalStateException("SKU " + skuId + " has fewer than " + quantity + " units reserved");
        }
        record(skuId, MovementType.RELEASE, quantity, reason, reference, null);
    }

    /** A paid order takes its reserved units (DEDUCT): on hand and reserved both go down. */
    public void deduct(long skuId, int quantity, String reference) {
        requirePositive(quantity);
        int updated = em.createNativeQuery("UPDATE sku SET on_hand = on_hand - ?1, reserved = reserved - ?1"
                        + " WHERE id = ?2 AND reserved >= ?1 AND on_hand >= ?1")
                .setParameter(1, quantity).setParameter(2, skuId).executeUpdate();
        if (updated == 0) {
            figures(skuId);
            throw new IllegalStateException("SKU " + skuId + " has fewer than " + quantity + " units reserved");
        }
        record(skuId, MovementType.DEDUCT, quantity, null, reference, null);
    }

    /**
     * Sold units come back on the shelf (RETURN): a paid order cancelled before it shipped, goods returned in
     * after-sales. On hand goes up; nothing was reserved for them any more.
     */
    public void putBack(long skuId, int quantity, String reference, String reason) {
        requirePositive(quantity);
        change(skuId, "UPDATE sku SET on_hand = on_hand + ?1 WHERE id = ?2", quantity);
        record(skuId, MovementType.RETURN, quantity, reason, reference, null);
    }

    /** What can be sold now per SKU (on hand − reserved), read in one query; unknown ids are absent. */
    public java.util.Map<Long, Integer> available(java.util.Collection<Long> skuIds) {
        java.util.Map<Long, Integer> available = new java.util.HashMap<>();
        if (skuIds.isEmpty()) {
            return available;
        }
        List<?> rows = em.createNativeQuery("SELECT id, on_hand - reserved FROM sku WHERE id IN ("
                        + String.join(",", skuIds.stream().map(id -> Long.toString(id)).toList()) + ")")
                .getResultList();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            available.put(((Number) cells[0]).longValue(), ((Number) cells[1]).intValue());
        }
        return available;
    }

    /** A SKU's stock as the database has it now. */
    public record Level(int onHand, int reserved) {
        public int available() {
            return onHand - reserved;
        }
    }

    public Level level(long skuId) {
        int[] now = figures(skuId);
        return new Level(now[0], now[1]);
    }

    public List<StockMovement> ledger(long skuId) {
        return em.createNamedQuery("StockMovement.ofSku", StockMovement.class).setParameter("sku", skuId)
                .getResultList();
    }

    private void change(long skuId, String sql, int quantity) {
        int updated = em.createNativeQuery(sql).setParameter(1, quantity).setParameter(2, skuId).executeUpdate();
        if (updated == 0) {
            throw new NotFoundException("SKU");
        }
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
    }

    private StockMovement record(long skuId, MovementType type, int quantity, String reason, String reference,
                                 Long actorId) {
        int[] after = figures(skuId);
        StockMovement movement = new StockMovement(skuId, type, quantity, after[0], after[1], reason, reference,
                actorId, clock.instant());
        em.persist(movement);
        int availableAfter = after[0] - after[1];
        int availableBefore = availableAfter - type.availableChange(quantity);
        if (availableBefore != availableAfter) {
            levelChanged.fire(new StockLevelChanged(skuId, availableBefore, availableAfter));
        }
        return movement;
    }

    /** {on hand, reserved} as the database has them now (not as a cached entity remembers). */
    int[] figures(long skuId) {
        List<?> rows = em.createNativeQuery("SELECT on_hand, reserved FROM sku WHERE id = ?1")
                .setParameter(1, skuId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("SKU");
        }
        Object[] row = (Object[]) rows.get(0);
        return new int[] {((Number) row[0]).intValue(), ((Number) row[1]).intValue()};
    }
}
