package org.emporium.inventory;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.emporium.order.OrderStatus;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;

/**
 * Stock reconciliation (库存盘点): each SKU's on hand and reserved against its replayed stock ledger, its reserved
 * units against what unpaid orders and cart holds really hold, and its on hand against a physical count staff
 * recorded. What differs goes into the run's discrepancy report with its likely cause; when asked to correct, each
 * difference is put right by a ledger entry that names its report line. The nightly {@code stock-reconciliation}
 * job (batch module) drives it a page of SKUs at a time; what it calls runs in transactions of its own (the
 * chunk's transaction holds the batch runtime's job repository, a datasource that cannot join ours).
 */
@Stateless
public class StockReconciliation {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Inventory inventory;

    /** One difference found. */
    public record Finding(long skuId, DiscrepancyKind kind, int expected, int actual, String cause,
                          Long countId) implements java.io.Serializable {
    }

    /** SKU ids after {@code afterId}, ascending. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> skuIds(long afterId, int max) {
        return em.createQuery("SELECT s.id FROM Sku s WHERE s.id > :after ORDER BY s.id", Long.class)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    /** Compares a page of SKUs with their ledger, their holders and their latest count. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Finding> check(List<Long> skuIds) {
        if (skuIds.isEmpty()) {
            return List.of();
        }
        String ids = skuIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        Map<Long, int[]> rows = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT id, on_hand, reserved FROM sku WHERE id IN (" + ids + ")")
                .getResultList()) {
            Object[] cells = (Object[]) row;
            rows.put(((Number) cells[0]).longValue(), new int[] {((Number) cells[1]).intValue(),
                    ((Number) cells[2]).intValue()});
        }
        Map<Long, int[]> ledger = new HashMap<>(); // replayed on hand, reserved
        for (Object[] row : em.createQuery("SELECT m.skuId, m.type, SUM(m.quantity) FROM StockMovement m"
                        + " WHERE m.skuId IN :ids GROUP BY m.skuId, m.type", Object[].class)
                .setParameter("ids", skuIds).getResultList()) {
            int[] figures = ledger.computeIfAbsent((Long) row[0], k -> new int[2]);
            int quantity = ((Number) row[2]).intValue();
            switch ((MovementType) row[1]) {
                case RECEIPT, RETURN, ADJUST -> figures[0] += quantity;
                case RESERVE -> figures[1] += quantity;
                case RELEASE -> figures[1] -= quantity;
                case DEDUCT -> {
                    figures[0] -= quantity;
                    figures[1] -= quantity;
                }
            }
        }
        Map<Long, Integer> held = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT l.skuId, SUM(l.quantity) FROM OrderLine l WHERE l.skuId IN :ids"
                        + " AND l.order.status = :unpaid GROUP BY l.skuId", Object[].class)
                .setParameter("ids", skuIds).setParameter("unpaid", OrderStatus.PENDING_PAYMENT).getResultList()) {
            held.merge((Long) row[0], ((Number) row[1]).intValue(), Integer::sum);
        }
        for (Object row : em.createNativeQuery("SELECT sku_id, SUM(held) FROM cart_line WHERE held > 0"
                + " AND sku_id IN (" + ids + ") GROUP BY sku_id").getResultList()) {
            Object[] cells = (Object[]) row;
            held.merge(((Number) cells[0]).longValue(), ((Number) cells[1]).intValue(), Integer::sum);
        }
        Map<Long, StockCount> counts = new HashMap<>();
        for (StockCount count : em.createQuery("SELECT c FROM StockCount c WHERE c.skuId IN :ids"
                        + " AND c.reconciledAt IS NULL ORDER BY c.id", StockCount.class)
                .setParameter("ids", skuIds).getResultList()) {
            counts.put(count.getSkuId(), count); // the latest count wins
        }

        List<Finding> findings = new ArrayList<>();
        for (long skuId : skuIds) {
            int[] row = rows.get(skuId);
            if (row == null) {
                continue;
            }
            int[] replayed = ledger.getOrDefault(skuId, new int[2]);
            if (replayed[0] != row[0]) {
                findings.add(new Finding(skuId, DiscrepancyKind.ON_HAND, replayed[0], row[0],
                        "on hand changed without a stock ledger entry (a direct database edit or a lost write)",
                        null));
            }
            if (replayed[1] != row[1]) {
                findings.add(new Finding(skuId, DiscrepancyKind.RESERVED, replayed[1], row[1],
                        "reserved changed without a stock ledger entry", null));
            }
            int holding = held.getOrDefault(skuId, 0);
            if (holding != row[1]) {
                findings.add(new Finding(skuId, DiscrepancyKind.OPEN_RESERVATIONS, holding, row[1],
                        holding < row[1]
                                ? "units reserved for orders or carts that no longer hold them (a lost release)"
                                : "orders or carts hold units that are not reserved (risk of overselling)", null));
            }
            StockCount count = counts.get(skuId);
            if (count != null && count.getCounted() != row[0]) {
                findings.add(new Finding(skuId, DiscrepancyKind.PHYSICAL_COUNT, row[0], count.getCounted(),
                        "counted " + count.getCounted() + ": shrinkage, damage or a receiving error", count.getId()));
            } else if (count != null) {
                count.reconciled(clock.instant()); // the count agrees: nothing to do
            }
        }
        return findings;
    }

    /**
     * Writes findings into the run's report; with {@code correct}, each is put right by a stock ledger entry that
     * names its line ({@code REC-<line id>}): a missed on-hand change by an ADJUST entry, a missed reservation
     * change by a RESERVE or RELEASE entry (the figures stay, the ledger agrees again), units reserved for nobody
     * by a RELEASE, a physical count by an ADJUST of on hand to it. Units held but not reserved are only reported:
     * a person decides. Returns how many were corrected.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int report(long runId, List<Finding> findings, boolean correct) {
        int corrected = 0;
        for (Finding finding : findings) {
            StockDiscrepancy line = new StockDiscrepancy(runId, finding.skuId(), finding.kind(), finding.expected(),
                    finding.actual(), finding.cause(), clock.instant());
            em.persist(line);
            em.flush(); // the line's id is the correction's reference
            if (correct) {
                StockMovement fix = correct(finding, "REC-" + line.getId());
                if (fix != null) {
                    em.flush(); // the ledger line's id
                    line.corrected(fix.getId());
                    corrected++;
                }
            }
        }
        return corrected;
    }

    private StockMovement correct(Finding finding, String reference) {
        int difference = finding.actual() - finding.expected();
        switch (finding.kind()) {
            case ON_HAND:
                return inventory.explain(finding.skuId(), MovementType.ADJUST, difference,
                        "reconciliation: on hand changed outside the ledger", reference);
            case RESERVED:
                return inventory.explain(finding.skuId(), difference > 0 ? MovementType.RESERVE
                        : MovementType.RELEASE, Math.abs(difference), "reconciliation: reserved changed outside"
                        + " the ledger", reference);
            case OPEN_RESERVATIONS:
                if (difference <= 0) {
                    return null;
                }
                inventory.release(finding.skuId(), difference, reference, "reconciliation: reserved for nobody");
                return lastMovement(finding.skuId());
            case PHYSICAL_COUNT:
                try {
                    StockMovement fix = inventory.adjust(finding.skuId(), difference, "stock count", reference,
                            null);
                    em.find(StockCount.class, finding.countId()).reconciled(clock.instant());
                    return fix;
                } catch (BusinessRuleException e) {
                    return null; // the count is below what unpaid orders hold: a person decides
                }
            default:
                return null;
        }
    }

    private StockMovement lastMovement(long skuId) {
        return em.createQuery("SELECT m FROM StockMovement m WHERE m.skuId = :sku ORDER BY m.id DESC",
                StockMovement.class).setParameter("sku", skuId).setMaxResults(1).getSingleResult();
    }

    /** 盘点: staff counted a SKU; the next reconciliation with corrections sets on hand to the count. */
    public StockCount recordCount(long skuId, int counted, String note, Long actorId) {
        if (counted < 0) {
            throw new BusinessRuleException("VALIDATION", "A count is zero or more");
        }
        inventory.level(skuId); // an unknown SKU is "not found"
        StockCount count = new StockCount(skuId, counted, note == null || note.isBlank() ? null
                : note.trim().substring(0, Math.min(200, note.trim().length())), actorId, clock.instant());
        em.persist(count);
        return count;
    }

    /** A run's report, in the order found. */
    public List<StockDiscrepancy> discrepancies(long runId, int first, int max) {
        return em.createQuery("SELECT d FROM StockDiscrepancy d WHERE d.runId = :run ORDER BY d.id",
                StockDiscrepancy.class).setParameter("run", runId).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    public long countDiscrepancies(long runId) {
        return em.createQuery("SELECT COUNT(d) FROM StockDiscrepancy d WHERE d.runId = :run", Long.class)
                .setParameter("run", runId).getSingleResult();
    }

    /** The latest run that found anything. */
    public long latestRun() {
        Long run = em.createQuery("SELECT MAX(d.runId) FROM StockDiscrepancy d", Long.class).getSingleResult();
        if (run == null) {
            throw new NotFoundException("Reconciliation report");
        }
        return run;
    }
}
