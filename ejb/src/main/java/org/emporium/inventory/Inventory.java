package org.emporium.inventory;

import jakarta.ejb.Stateless;
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
        return record(skuId, MovementType.ADJUST, delta, reason.trim(), null, actorId);
    }

    /** Sets on hand to a counted figure (盘点) by an adjustment of the difference. */
    public StockMovement setOnHand(long skuId, int onHand, String reason, Long actorId) {
        int[] now = figures(skuId);
        return adjust(skuId, onHand - now[0], reason == null || reason.isBlank() ? "stock count" : reason, actorId);
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

    private StockMovement record(long skuId, MovementType type, int quantity, String reason, String reference,
                                 Long actorId) {
        int[] after = figures(skuId);
        StockMovement movement = new StockMovement(skuId, type, quantity, after[0], after[1], reason, reference,
                actorId, clock.instant());
        em.persist(movement);
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
