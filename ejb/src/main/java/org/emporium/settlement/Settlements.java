package org.emporium.settlement;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.catalog.Catalog;
import org.emporium.catalog.Category;
import org.emporium.order.Order;
import org.emporium.order.OrderLine;
import org.emporium.order.OrderStatus;
import org.emporium.payment.Refund;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.DocumentNo;
import org.emporium.platform.FreeText;
import org.emporium.platform.Money;
import org.emporium.platform.NotFoundException;

/**
 * Merchant settlement (结算与清算). An order becomes settleable when it is COMPLETED and its return window
 * ({@code EMPORIUM_RETURN_WINDOW} after delivery) has closed. A run for a period writes, per merchant, what became
 * settleable by the period's end and was not settled before: each sold line less its commission, the freight, the
 * refunds of those orders, and claw-backs of refunds of orders settled earlier. The unique key on what a line
 * settles makes a second run — or a restarted one — add nothing twice. The nightly job drives it a chunk at a time
 * ({@code merchant-settlement} in the batch module); finance reviews statements and records their payouts.
 * <p>
 * The methods the job calls run in transactions of their own: the chunk's transaction holds the batch runtime's
 * job repository, a second non-XA datasource that cannot join it. A checkpoint lost after a committed write changes
 * nothing, because every query skips what is settled already.
 */
@Stateless
public class Settlements {

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalog catalog;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "EMPORIUM_RETURN_WINDOW", defaultValue = "P7D")
    String returnWindow;

    @Inject
    @ConfigProperty(name = "EMPORIUM_TIME_ZONE", defaultValue = "Asia/Shanghai")
    String timeZone;

    /** The period of a run's parameters; yesterday (in the shop's time zone) when none is given. */
    public SettlementPeriod period(String day, String from, String to) {
        return SettlementPeriod.of(day, from, to, LocalDate.now(clock.withZone(zone())).minusDays(1));
    }

    /** The merchants with completed orders whose return window closed by the period's end. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> merchantsToSettle(SettlementPeriod period) {
        return em.createQuery("SELECT DISTINCT o.merchantId FROM Order o WHERE o.status = :completed"
                        + " AND o.completedAt < :end AND o.deliveredAt < :windowClosed ORDER BY o.merchantId",
                        Long.class)
                .setParameter("completed", OrderStatus.COMPLETED)
                .setParameter("end", period.end(zone()))
                .setParameter("windowClosed", windowClosedBefore(period))
                .getResultList();
    }

    /**
     * Ids of a merchant's orders, after {@code afterId}, with something to settle for the period: the order itself
     * (settleable and not yet settled) or a refund of it that no statement holds yet.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> ordersToSettle(long merchantId, SettlementPeriod period, long afterId, int max) {
        Instant end = period.end(zone());
        return em.createQuery("SELECT o.id FROM Order o WHERE o.merchantId = :merchant AND o.status = :completed"
                        + " AND o.completedAt < :end AND o.deliveredAt < :windowClosed AND o.id > :after"
                        + " AND (NOT EXISTS (SELECT f.id FROM SettlementLine f WHERE f.orderId = o.id"
                        + " AND f.kind = :freight) OR EXISTS (SELECT r.id FROM Refund r WHERE r.orderNo = o.orderNo"
                        + " AND r.status = :succeeded AND r.completedAt < :end AND NOT EXISTS (SELECT l.id"
                        + " FROM SettlementLine l WHERE l.orderId = o.id AND l.refundNo = r.refundNo)))"
                        + " ORDER BY o.id", Long.class)
                .setParameter("merchant", merchantId)
                .setParameter("completed", OrderStatus.COMPLETED)
                .setParameter("end", end)
                .setParameter("windowClosed", windowClosedBefore(period))
                .setParameter("after", afterId)
                .setParameter("freight", SettlementKind.FREIGHT)
                .setParameter("succeeded", Refund.Status.SUCCEEDED)
                .setMaxResults(max)
                .getResultList();
    }

    /** The rates and the category tree as they are now, for one run. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CommissionSchedule commissionSchedule() {
        List<CommissionSchedule.Rate> rates = em.createNamedQuery("CommissionRate.all", CommissionRate.class)
                .getResultStream().map(r -> new CommissionSchedule.Rate(r.getMerchantId(), r.getCategoryId(),
                        r.getRate(), r.getEffectiveFrom())).toList();
        return new CommissionSchedule(rates, catalog.categoryParents());
    }

    /**
     * What of one order is still to settle for the period, as statement lines: its sold lines (commission at the
     * rate of the day it completed) and freight, unless settled before; its refunds by the period's end not yet in
     * a statement — REFUND beside the sale, CLAWBACK if the sale was settled earlier — giving back commission at
     * the order's own rate.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<SettlementLine.Draft> toSettle(long orderId, SettlementPeriod period, CommissionSchedule schedule) {
        Order order = em.find(Order.class, orderId);
        if (order == null) {
            return List.of();
        }
        Set<String> settled = new HashSet<>(em.createQuery(
                        "SELECT l.settles FROM SettlementLine l WHERE l.orderId = :order", String.class)
                .setParameter("order", orderId).getResultList());
        List<SettlementLine.Draft> drafts = new ArrayList<>();
        boolean saleNow = !settled.contains(freightKey(order));
        BigDecimal sold = BigDecimal.ZERO;
        BigDecimal commission = BigDecimal.ZERO;
        BigDecimal paidByBuyer = BigDecimal.ZERO;
        BigDecimal subsidy = BigDecimal.ZERO;
        if (saleNow) {
            LocalDate day = LocalDate.ofInstant(order.getCompletedAt(), zone());
            for (OrderLine line : order.getLines()) {
                BigDecimal paid = line.getLineTotal().minus(line.getDiscount()).plus(line.getTax()).amount();
                String what = line.getProductName() + (line.getSpecLabel().isBlank() ? "" : " " + line.getSpecLabel())
                        + " × " + line.getQuantity();
                BigDecimal rate = schedule.rateFor(order.getMerchantId(), line.getCategoryId(), day);
                SettlementLine.Draft sale = new SettlementLine.Draft("L:" + line.getId(), SettlementKind.SALE,
                        orderId, order.getNumber(), line.getLineNo(), null, what, paid, rate,
                        order.getCompletedAt());
                drafts.add(sale);
                sold = sold.add(paid);
                paidByBuyer = paidByBuyer.add(paid);
                commission = commission.add(sale.commission());
                BigDecimal platformFunded = line.platformFunded();
                if (platformFunded.signum() > 0) {
                    SettlementLine.Draft paidByPlatform = new SettlementLine.Draft("S:" + line.getId(),
                            SettlementKind.SUBSIDY, orderId, order.getNumber(), line.getLineNo(), null, what,
                            platformFunded, rate, order.getCompletedAt());
                    drafts.add(paidByPlatform);
                    sold = sold.add(platformFunded);
                    subsidy = subsidy.add(platformFunded);
                    commission = commission.add(paidByPlatform.commission());
                }
            }
            drafts.add(new SettlementLine.Draft(freightKey(order), SettlementKind.FREIGHT, orderId,
                    order.getNumber(), null, null, "freight", order.getShippingFee().amount(),
                    BigDecimal.ZERO.setScale(4), order.getCompletedAt()));
            if (order.getPlatformFreight().amount().signum() > 0) {
                // 平台包邮: the shop shipped it, the platform pays the freight in the buyer's place
                drafts.add(new SettlementLine.Draft("PF:" + order.getId(), SettlementKind.FREIGHT, orderId,
                        order.getNumber(), null, null, "freight paid by the platform",
                        order.getPlatformFreight().amount(), BigDecimal.ZERO.setScale(4), order.getCompletedAt()));
            }
        } else {
            for (Object[] earlier : em.createQuery("SELECT l.kind, SUM(l.amount), SUM(l.commission)"
                            + " FROM SettlementLine l WHERE l.orderId = :order AND l.kind IN :sold AND l.amount > 0"
                            + " GROUP BY l.kind", Object[].class)
                    .setParameter("order", orderId)
                    .setParameter("sold", List.of(SettlementKind.SALE, SettlementKind.SUBSIDY)).getResultList()) {
                sold = sold.add((BigDecimal) earlier[1]);
                commission = commission.add((BigDecimal) earlier[2]);
                if (earlier[0] == SettlementKind.SALE) {
                    paidByBuyer = paidByBuyer.add((BigDecimal) earlier[1]);
                } else {
                    subsidy = subsidy.add((BigDecimal) earlier[1]);
                }
            }
        }
        // what refunds settled before already gave back of the subsidy
        BigDecimal givenBack = em.createQuery("SELECT SUM(l.amount) FROM SettlementLine l WHERE l.orderId = :order"
                        + " AND l.kind = :subsidy AND l.amount < 0", BigDecimal.class)
                .setParameter("order", orderId).setParameter("subsidy", SettlementKind.SUBSIDY).getSingleResult();
        BigDecimal subsidyLeft = givenBack == null ? subsidy : subsidy.add(givenBack);
        BigDecimal orderRate = sold.signum() == 0 ? BigDecimal.ZERO.setScale(4)
                : commission.divide(sold, 4, RoundingMode.HALF_UP);
        List<Refund> refunds = em.createQuery("SELECT r FROM Refund r WHERE r.orderNo = :no AND r.status = :succeeded"
                        + " AND r.completedAt < :end ORDER BY r.id", Refund.class)
                .setParameter("no", order.getNumber()).setParameter("succeeded", Refund.Status.SUCCEEDED)
                .setParameter("end", period.end(zone())).getResultList();
        for (Refund refund : refunds) {
            String key = "R:" + refund.getId();
            if (!settled.contains(key)) {
                drafts.add(new SettlementLine.Draft(key, saleNow ? SettlementKind.REFUND : SettlementKind.CLAWBACK,
                        orderId, order.getNumber(), null, refund.getRefundNo(), refund.getReason(),
                        refund.getAmount().amount().negate(), orderRate, refund.getCompletedAt()));
                // the platform takes back its subsidy in the share the refund is of what the buyer paid
                BigDecimal back = paidByBuyer.signum() == 0 ? BigDecimal.ZERO : subsidy
                        .multiply(refund.getAmount().amount()).divide(paidByBuyer, 2, RoundingMode.HALF_UP)
                        .min(subsidyLeft);
                if (back.signum() > 0) {
                    drafts.add(new SettlementLine.Draft("RS:" + refund.getId(), SettlementKind.SUBSIDY, orderId,
                            order.getNumber(), null, refund.getRefundNo(), refund.getReason(), back.negate(),
                            orderRate, refund.getCompletedAt()));
                    subsidyLeft = subsidyLeft.subtract(back);
                }
            }
        }
        return drafts;
    }

    /** Writes lines into the merchant's statement of the period, opening it if needed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long merchantId, SettlementPeriod period, List<SettlementLine.Draft> drafts,
                       Long jobExecutionId) {
        if (drafts.isEmpty()) {
            return;
        }
        Settlement statement = em.createNamedQuery("Settlement.ofPeriod", Settlement.class)
                .setParameter("merchant", merchantId).setParameter("from", period.from())
                .setParameter("to", period.to()).getResultStream().findFirst().orElse(null);
        if (statement == null) {
            statement = new Settlement(DocumentNo.next('T', LocalDate.now(clock.withZone(zone()))), merchantId,
                    period.from(), period.to(), Money.BASE_CURRENCY, jobExecutionId, clock.instant());
            em.persist(statement);
        }
        drafts.forEach(statement::add);
        em.flush(); // anything settled already fails here, on the unique key, and the chunk is rolled back
    }

    /** Sets every statement of the period to the sums of its lines; returns how many statements there are. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int total(SettlementPeriod period) {
        List<Settlement> statements = em.createQuery("SELECT s FROM Settlement s WHERE s.periodFrom = :from"
                        + " AND s.periodTo = :to", Settlement.class)
                .setParameter("from", period.from()).setParameter("to", period.to()).getResultList();
        for (Settlement statement : statements) {
            Map<SettlementKind, BigDecimal> amounts = new HashMap<>();
            BigDecimal commission = BigDecimal.ZERO;
            BigDecimal net = BigDecimal.ZERO;
            int count = 0;
            for (Object[] row : em.createQuery("SELECT l.kind, SUM(l.amount), SUM(l.commission), SUM(l.net),"
                            + " COUNT(l) FROM SettlementLine l WHERE l.settlement = :s GROUP BY l.kind", Object[].class)
                    .setParameter("s", statement).getResultList()) {
                amounts.put((SettlementKind) row[0], (BigDecimal) row[1]);
                commission = commission.add((BigDecimal) row[2]);
                net = net.add((BigDecimal) row[3]);
                count += ((Number) row[4]).intValue();
            }
            BigDecimal zero = BigDecimal.ZERO.setScale(2);
            // what the shop sold: what buyers paid and what the platform paid of its own discounts
            statement.total(amounts.getOrDefault(SettlementKind.SALE, zero)
                            .add(amounts.getOrDefault(SettlementKind.SUBSIDY, zero)),
                    amounts.getOrDefault(SettlementKind.FREIGHT, zero),
                    amounts.getOrDefault(SettlementKind.REFUND, zero)
                            .add(amounts.getOrDefault(SettlementKind.CLAWBACK, zero)),
                    commission, net, count);
        }
        return statements.size();
    }

    // --- finance and merchants ---

    /** Statements, newest period first: a merchant's own ({@code merchantScope}), or any for staff. */
    public List<Settlement> search(Long merchantScope, Long merchantId, LocalDate from, LocalDate to,
                                   SettlementStatus status, int first, int max) {
        return query(merchantScope, merchantId, from, to, status, "SELECT s", Settlement.class,
                " ORDER BY s.periodTo DESC, s.merchantId, s.id").setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    public long count(Long merchantScope, Long merchantId, LocalDate from, LocalDate to, SettlementStatus status) {
        return query(merchantScope, merchantId, from, to, status, "SELECT COUNT(s)", Long.class, "")
                .getSingleResult();
    }

    /** One statement with its lines; another merchant's is "not found". */
    public Settlement statement(Long merchantScope, String statementNo) {
        Settlement statement = em.createNamedQuery("Settlement.byNo", Settlement.class)
                .setParameter("no", statementNo).getResultStream().findFirst()
                .filter(s -> merchantScope == null || s.getMerchantId() == merchantScope)
                .orElseThrow(() -> new NotFoundException("Settlement statement " + statementNo));
        statement.getLines().size();
        return statement;
    }

    /** Finance paid the statement's net to the merchant; recording it twice is refused (INVALID_STATE). */
    public Settlement paidOut(String statementNo, String reference, long financeId) {
        Settlement statement = statement(null, statementNo);
        em.lock(statement, LockModeType.PESSIMISTIC_WRITE);
        statement.paidOut(FreeText.required(reference, 64), financeId, clock.instant());
        return statement;
    }

    /** The commission rates, oldest first. */
    public List<CommissionRate> rates() {
        return em.createNamedQuery("CommissionRate.all", CommissionRate.class).getResultList();
    }

    /** A new rate from a day on; sales already settled keep the rate they were settled at. */
    public CommissionRate addRate(Long merchantId, Long categoryId, BigDecimal rate, LocalDate effectiveFrom) {
        if (categoryId != null && em.find(Category.class, categoryId) == null) {
            throw new BusinessRuleException("VALIDATION", "No category " + categoryId);
        }
        CommissionRate added = new CommissionRate(merchantId, categoryId, rate, effectiveFrom, clock.instant());
        em.persist(added);
        return added;
    }

    private <T> TypedQuery<T> query(Long merchantScope, Long merchantId, LocalDate from, LocalDate to,
                                    SettlementStatus status, String select, Class<T> type, String orderBy) {
        Long merchant = merchantScope != null ? merchantScope : merchantId;
        StringBuilder jpql = new StringBuilder(select).append(" FROM Settlement s WHERE 1 = 1");
        if (merchant != null) {
            jpql.append(" AND s.merchantId = :merchant");
        }
        if (from != null) {
            jpql.append(" AND s.periodTo >= :from");
        }
        if (to != null) {
            jpql.append(" AND s.periodFrom <= :to");
        }
        if (status != null) {
            jpql.append(" AND s.status = :status");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(orderBy).toString(), type);
        if (merchant != null) {
            query.setParameter("merchant", merchant);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query;
    }

    private Instant windowClosedBefore(SettlementPeriod period) {
        return period.end(zone()).minus(Duration.parse(returnWindow));
    }

    private static String freightKey(Order order) {
        return "F:" + order.getId();
    }

    private ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
