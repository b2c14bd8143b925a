package org.emporium.order;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.inventory.Inventory;
import org.emporium.payment.Payments;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;

/**
 * Orders after checkout: the buyer's own orders (anyone else's is "not found"), cancelling an unpaid order and
 * confirming receipt, the merchants' order search, and the unpaid-order timeout that gives stock back.
 */
@Stateless
public class OrderService {

    /** Reasons recorded in the status history and shown to the buyer (bundle keys order.reason.*). */
    public static final String BUYER_CANCELLED = "buyer-cancelled";
    public static final String PAYMENT_TIMEOUT = "payment-timeout";
    public static final String AUTO_COMPLETED = "auto-completed";

    @PersistenceContext
    EntityManager em;

    @Inject
    Inventory inventory;

    @Inject
    Payments payments;

    @Inject
    Clock clock;

    @Inject
    Event<OrderCancelled> cancelled;

    @Inject
    Event<OrderCompleted> completed;

    @Inject
    @ConfigProperty(name = "EMPORIUM_AUTO_COMPLETE_AFTER", defaultValue = "P7D")
    String autoCompleteAfter;

    public List<Order> buyerOrders(long buyerId, String tab, int first, int max) {
        return em.createQuery("SELECT o FROM Order o WHERE o.buyerId = :buyer AND o.status IN :statuses"
                        + " ORDER BY o.createdAt DESC, o.id DESC", Order.class)
                .setParameter("buyer", buyerId).setParameter("statuses", OrderStatus.ofTab(tab))
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countBuyerOrders(long buyerId, String tab) {
        return em.createQuery("SELECT COUNT(o) FROM Order o WHERE o.buyerId = :buyer AND o.status IN :statuses",
                        Long.class)
                .setParameter("buyer", buyerId).setParameter("statuses", OrderStatus.ofTab(tab)).getSingleResult();
    }

    /** One of the buyer's orders with its lines and history; another buyer's order is "not found". */
    public Order buyerOrder(long buyerId, String orderNo) {
        Order order = byNo(orderNo);
        if (order == null || order.getBuyerId() != buyerId) {
            throw new NotFoundException("Order");
        }
        order.getLines().size();
        order.getHistory().size();
        return order;
    }

    /** The orders one checkout placed, for the buyer who placed them. */
    public List<Order> checkoutOrders(long buyerId, String checkoutNo) {
        return em.createNamedQuery("Order.ofCheckout", Order.class).setParameter("checkout", checkoutNo)
                .getResultStream().filter(o -> o.getBuyerId() == buyerId).toList();
    }

    /**
     * The buyer cancels an order that has not shipped: an unpaid one simply ends and its reservation is released;
     * a paid one is refunded in full through its payment's gateway and its sold units go back on the shelf.
     */
    public Order cancelByBuyer(long buyerId, String orderNo) {
        Order order = buyerOrder(buyerId, orderNo);
        if (order.getStatus() == OrderStatus.PAID) {
            cancelPaid(order, ActorKind.BUYER, buyerId, BUYER_CANCELLED);
        } else {
            cancelUnpaid(order, ActorKind.BUYER, buyerId, BUYER_CANCELLED);
        }
        return order;
    }

    /** Staff cancel a paid order that will not ship (out of stock, the buyer asked by phone): refunded in full. */
    public Order cancelPaidByStaff(Long merchantId, String orderNo, long staffId, String reason) {
        Order order = merchantOrder(merchantId, orderNo);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("VALIDATION", "Cancelling a paid order needs a reason");
        }
        cancelPaid(order, merchantId == null ? ActorKind.STAFF : ActorKind.MERCHANT, staffId, reason.trim());
        return order;
    }

    private void cancelPaid(Order order, ActorKind actor, Long actorId, String reason) {
        if (order.getStatus() != OrderStatus.PAID) {
            throw new BusinessRuleException("INVALID_STATE", "Only an order that has not shipped can be cancelled");
        }
        if (order.isPartlyShipped()) {
            throw new BusinessRuleException("INVALID_STATE",
                    "Part of this order has shipped: what is not wanted goes back through after-sales");
        }
        order.moveTo(OrderStatus.CANCELLED, actor, actorId, reason, clock.instant());
        em.flush(); // the version check settles a race with shipping before money or stock moves
        payments.refundCancelledOrder(order, reason, actorId);
        List<OrderLine> lines = new ArrayList<>(order.getLines());
        lines.sort(Comparator.comparingLong(OrderLine::getSkuId));
        for (OrderLine line : lines) {
            inventory.putBack(line.getSkuId(), line.getQuantity(), order.getNumber(), reason);
        }
        cancelled.fire(new OrderCancelled(order.getBuyerId(), order.getNumber(), reason));
    }

    /** The buyer has the goods (确认收货): a shipped or delivered order is completed. */
    public Order confirmReceipt(long buyerId, String orderNo) {
        Order order = buyerOrder(buyerId, orderNo);
        if (order.getStatus() != OrderStatus.SHIPPED && order.getStatus() != OrderStatus.DELIVERED) {
            throw new BusinessRuleException("INVALID_STATE", "Only goods on their way or delivered can be received");
        }
        order.moveTo(OrderStatus.COMPLETED, ActorKind.BUYER, buyerId, "receipt confirmed", clock.instant());
        completed.fire(new OrderCompleted(order.getBuyerId(), order.getNumber()));
        return order;
    }

    /** Ids of delivered orders whose buyer did not confirm receipt in time (自动收货), longest waiting first. */
    public List<Long> deliveredLongAgo(int max) {
        return em.createQuery("SELECT o.id FROM Order o WHERE o.status = :delivered AND o.deliveredAt < :before"
                        + " ORDER BY o.deliveredAt", Long.class)
                .setParameter("delivered", OrderStatus.DELIVERED)
                .setParameter("before", clock.instant().minus(Duration.parse(autoCompleteAfter)))
                .setMaxResults(max).getResultList();
    }

    /** Completes one order delivered long enough ago; false if the buyer confirmed meanwhile (nothing changes). */
    public boolean completeDelivered(long orderId) {
        Order order = em.find(Order.class, orderId);
        if (order == null || order.getStatus() != OrderStatus.DELIVERED || order.getDeliveredAt()
                .plus(Duration.parse(autoCompleteAfter)).isAfter(clock.instant())) {
            return false;
        }
        order.moveTo(OrderStatus.COMPLETED, ActorKind.SYSTEM, null, AUTO_COMPLETED, clock.instant());
        completed.fire(new OrderCompleted(order.getBuyerId(), order.getNumber()));
        return true;
    }

    /** Ids of unpaid orders whose time to pay is over, oldest first. */
    public List<Long> overdueUnpaid(int max) {
        return em.createNamedQuery("Order.unpaidBefore", Long.class).setParameter("now", clock.instant())
                .setMaxResults(max).getResultList();
    }

    /**
     * Cancels one overdue unpaid order and releases its stock. Returns false if it is no longer unpaid (paid or
     * cancelled meanwhile) — then nothing changes.
     */
    public boolean cancelOverdue(long orderId) {
        Order order = em.find(Order.class, orderId);
        if (order == null || order.getStatus() != OrderStatus.PENDING_PAYMENT
                || order.getPayBy().isAfter(clock.instant())) {
            return false;
        }
        cancelUnpaid(order, ActorKind.SYSTEM, null, PAYMENT_TIMEOUT);
        return true;
    }

    private void cancelUnpaid(Order order, ActorKind actor, Long actorId, String reason) {
        if (order.getStatus() != OrderStatus.PENDING_PAYMENT) {
            // a paid order is cancelled together with its refund, which belongs to payments
            throw new BusinessRuleException("INVALID_STATE", "Only an unpaid order can be cancelled here");
        }
        order.moveTo(OrderStatus.CANCELLED, actor, actorId, reason, clock.instant());
        em.flush(); // the version check settles a race with payment or the timeout before stock moves
        List<OrderLine> lines = new ArrayList<>(order.getLines());
        lines.sort(Comparator.comparingLong(OrderLine::getSkuId));
        for (OrderLine line : lines) {
            inventory.release(line.getSkuId(), line.getQuantity(), order.getNumber(), reason);
        }
        cancelled.fire(new OrderCancelled(order.getBuyerId(), order.getNumber(), reason));
    }

    /** The back office's order search; {@code search.merchantId()} null = every merchant's. */
    public List<Order> search(OrderSearch search, int first, int max) {
        return search(search, null, false, first, max);
    }

    /** Columns the back office may sort by (anything else sorts newest first). */
    private static final java.util.Set<String> SORTABLE = java.util.Set.of("createdAt", "total", "status", "orderNo");

    /** As {@link #search(OrderSearch, int, int)}, sorted by one of createdAt, total, status, orderNo. */
    public List<Order> search(OrderSearch search, String sortBy, boolean ascending, int first, int max) {
        String orderBy = sortBy != null && SORTABLE.contains(sortBy)
                ? " ORDER BY o." + sortBy + (ascending ? " ASC" : " DESC") + ", o.id" + (ascending ? " ASC" : " DESC")
                : " ORDER BY o.createdAt DESC, o.id DESC";
        return query(search, "SELECT o", Order.class, orderBy).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    public long count(OrderSearch search) {
        return query(search, "SELECT COUNT(o)", Long.class, "").getSingleResult();
    }

    /** An order as the back office sees it: a merchant only its own (others are "not found"). */
    public Order merchantOrder(Long merchantId, String orderNo) {
        Order order = byNo(orderNo);
        if (order == null || (merchantId != null && order.getMerchantId() != merchantId)) {
            throw new NotFoundException("Order");
        }
        order.getLines().size();
        order.getHistory().size();
        return order;
    }

    private <T> TypedQuery<T> query(OrderSearch search, String select, Class<T> type, String orderBy) {
        StringBuilder jpql = new StringBuilder(select).append(" FROM Order o WHERE 1 = 1");
        if (search.merchantId() != null) {
            jpql.append(" AND o.merchantId = :merchant");
        }
        if (search.status() != null) {
            jpql.append(" AND o.status = :status");
        }
        if (search.orderNo() != null && !search.orderNo().isBlank()) {
            jpql.append(" AND o.orderNo LIKE :no");
        }
        if (search.placedFrom() != null) {
            jpql.append(" AND o.createdAt >= :from");
        }
        if (search.placedTo() != null) {
            jpql.append(" AND o.createdAt < :to");
        }
        TypedQuery<T> query = em.createQuery(jpql + orderBy, type);
        if (search.merchantId() != null) {
            query.setParameter("merchant", search.merchantId());
        }
        if (search.status() != null) {
            query.setParameter("status", search.status());
        }
        if (search.orderNo() != null && !search.orderNo().isBlank()) {
            query.setParameter("no", search.orderNo().trim().replaceAll("[^0-9]", "") + "%");
        }
        if (search.placedFrom() != null) {
            query.setParameter("from", search.placedFrom());
        }
        if (search.placedTo() != null) {
            query.setParameter("to", search.placedTo());
        }
        return query;
    }

    private Order byNo(String orderNo) {
        if (!OrderNo.isValid(orderNo)) {
            return null;
        }
        return em.createNamedQuery("Order.byNo", Order.class).setParameter("no", orderNo).getResultStream()
                .findFirst().orElse(null);
    }
}
