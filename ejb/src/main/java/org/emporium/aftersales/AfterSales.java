package org.emporium.aftersales;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.catalog.MediaService;
import org.emporium.inventory.Inventory;
import org.emporium.order.ActorKind;
import org.emporium.order.Order;
import org.emporium.order.OrderLine;
import org.emporium.order.OrderService;
import org.emporium.order.OrderStatus;
import org.emporium.payment.Payments;
import org.emporium.payment.Refund;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.Money;
import org.emporium.platform.NotFoundException;

/**
 * After-sales (售后): within the return window after delivery the buyer asks about one line of an order — refund
 * only, return and refund, or exchange. The merchant (or staff) approves or rejects; returned goods come back with
 * a tracking number, and their receipt writes a RETURN to the stock ledger (unless damaged) and refunds the line's
 * share through the payment gateway, or sends a replacement. A request the merchant leaves unanswered escalates to
 * customer service. Each decision locks the request's row first, so two people deciding at once act once.
 */
@Stateless
public class AfterSales {

    /** The reason recorded with an after-sales refund (bundle key order.reason.after-sales). */
    public static final String REFUND_REASON = "after-sales";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OrderService orders;

    @Inject
    Payments payments;

    @Inject
    Inventory inventory;

    @Inject
    MediaService media;

    @Inject
    Event<AfterSalesChanged> changed;

    @Inject
    @ConfigProperty(name = "EMPORIUM_RETURN_WINDOW", defaultValue = "P7D")
    String returnWindow;

    @Inject
    @ConfigProperty(name = "EMPORIUM_AFTER_SALES_RESPOND_WITHIN", defaultValue = "P2D")
    String respondWithin;

    @Inject
    @ConfigProperty(name = "EMPORIUM_TIME_ZONE", defaultValue = "Asia/Shanghai")
    String timeZone;

    // --- the buyer ---

    /**
     * The buyer opens a request on a line of their delivered or completed order, within the return window. The
     * line's units already refunded cannot be asked for again, and a line has at most one open request.
     */
    public AfterSalesRequest open(long buyerId, String orderNo, @NotNull @Valid AfterSalesApplication application) {
        Order order = orders.buyerOrder(buyerId, orderNo);
        if (order.getStatus() != OrderStatus.DELIVERED && order.getStatus() != OrderStatus.COMPLETED) {
            throw new BusinessRuleException("INVALID_STATE", "After-sales opens once the order has been delivered");
        }
        Instant now = clock.instant();
        Instant deliveredAt = order.getDeliveredAt() != null ? order.getDeliveredAt() : order.getCompletedAt();
        if (deliveredAt.plus(Duration.parse(returnWindow)).isBefore(now)) {
            throw new BusinessRuleException("RETURN_WINDOW_CLOSED", "The return window of order " + orderNo
                    + " closed on " + deliveredAt.plus(Duration.parse(returnWindow)));
        }
        OrderLine line = order.getLines().stream().filter(l -> l.getLineNo() == application.lineNo).findFirst()
                .orElseThrow(() -> new NotFoundException("Order line"));
        media.requireUploadedBy(application.photos, buyerId);
        em.lock(order, LockModeType.PESSIMISTIC_WRITE); // one request at a time per order, so quantities add up
        if (!openOn(line).isEmpty()) {
            throw new BusinessRuleException("AFTER_SALES_OPEN", "This line already has an open after-sales request");
        }
        List<AfterSalesRequest> refunded = refundedOn(line);
        int unitsBefore = refunded.stream().mapToInt(AfterSalesRequest::getQuantity).sum();
        if (application.quantity > line.getQuantity() - unitsBefore) {
            throw new BusinessRuleException("VALIDATION", "At most " + (line.getQuantity() - unitsBefore)
                    + " unit(s) of this line can still be returned");
        }
        Money refund = application.type == AfterSalesType.EXCHANGE
                ? Money.zero(line.getLineTotal().currency())
                : LineRefund.of(line).forUnits(application.quantity, unitsBefore, sum(refunded, line));
        String description = application.description == null || application.description.isBlank()
                ? null : application.description.trim();
        AfterSalesRequest request = new AfterSalesRequest(AfterSalesNo.next(today()), order, line, application.type,
                application.quantity, application.reason, description, application.photos, refund, now,
                now.plus(Duration.parse(respondWithin)));
        em.persist(request);
        em.flush(); // a concurrent second request on the line fails here, on the unique open line
        announce(request, AfterSalesStep.Action.OPENED);
        return request;
    }

    /** The buyer gives up a request the goods have not yet been sent back for. */
    public AfterSalesRequest withdraw(long buyerId, String requestNo) {
        AfterSalesRequest request = locked(buyerRequest(buyerId, requestNo));
        request.withdraw(clock.instant());
        announce(request, AfterSalesStep.Action.WITHDRAWN);
        return request;
    }

    /** The buyer sent the goods of an approved request back, with the carrier's tracking number. */
    public AfterSalesRequest shipBack(long buyerId, String requestNo, String carrier, String trackingNo) {
        AfterSalesRequest request = locked(buyerRequest(buyerId, requestNo));
        Instant now = clock.instant();
        request.shippedBack(requireCarrier(carrier), requireTracking(trackingNo), now,
                now.plus(Duration.parse(respondWithin)));
        announce(request, AfterSalesStep.Action.SHIPPED_BACK);
        return request;
    }

    /** One of the buyer's own requests with its steps; anyone else's is "not found". */
    public AfterSalesRequest buyerRequest(long buyerId, String requestNo) {
        AfterSalesRequest request = byNo(requestNo);
        if (request == null || request.getBuyerId() != buyerId) {
            throw new NotFoundException("After-sales request");
        }
        return loaded(request);
    }

    public List<AfterSalesRequest> buyerRequests(long buyerId, int first, int max) {
        return em.createQuery("SELECT r FROM AfterSalesRequest r WHERE r.buyerId = :buyer"
                        + " ORDER BY r.createdAt DESC, r.id DESC", AfterSalesRequest.class)
                .setParameter("buyer", buyerId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countBuyerRequests(long buyerId) {
        return em.createQuery("SELECT COUNT(r) FROM AfterSalesRequest r WHERE r.buyerId = :buyer", Long.class)
                .setParameter("buyer", buyerId).getSingleResult();
    }

    /** An order's requests, oldest first, for the buyer's or the back office's order page. */
    public List<AfterSalesRequest> ofOrder(Order order) {
        return em.createNamedQuery("AfterSalesRequest.ofOrder", AfterSalesRequest.class)
                .setParameter("order", order.getId()).getResultList();
    }

    /** The last day the buyer may open a request on the order, or null if it has not been delivered. */
    public Instant returnWindowEnd(Order order) {
        Instant from = order.getDeliveredAt() != null ? order.getDeliveredAt() : order.getCompletedAt();
        return from == null ? null : from.plus(Duration.parse(returnWindow));
    }

    // --- the merchant, and staff (ADMIN, SERVICE): merchantScope null = any shop ---

    /**
     * The merchant agrees. Refund only: the line's share goes back at once. Goods to return: the buyer is told
     * where to send them.
     */
    public AfterSalesRequest approve(Long merchantScope, String requestNo, String returnAddress, long actorId) {
        AfterSalesRequest request = locked(merchantRequest(merchantScope, requestNo));
        ActorKind actor = actorOf(merchantScope);
        if (request.getKind().needsReturn()) {
            if (!request.getStatus().canMoveTo(AfterSalesStatus.APPROVED)) {
                throw new BusinessRuleException("INVALID_STATE", "Request " + requestNo + " is "
                        + request.getStatus() + " and cannot be approved");
            }
            if (returnAddress == null || returnAddress.isBlank()) {
                throw new BusinessRuleException("VALIDATION", "Tell the buyer where to send the goods back");
            }
            request.approve(returnAddress.trim(), actor, actorId, clock.instant());
            announce(request, AfterSalesStep.Action.APPROVED);
        } else {
            refund(request, actor, actorId);
        }
        return request;
    }

    public AfterSalesRequest reject(Long merchantScope, String requestNo, String reason, long actorId) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("VALIDATION", "Tell the buyer why the request is rejected");
        }
        AfterSalesRequest request = locked(merchantRequest(merchantScope, requestNo));
        request.reject(reason.trim(), actorOf(merchantScope), actorId, clock.instant());
        announce(request, AfterSalesStep.Action.REJECTED);
        return request;
    }

    /**
     * The returned goods arrived. Unless damaged ({@code restock} false) they go back on the shelf (RETURN). A
     * return is then refunded; an exchange sends the same SKU again ({@code carrier} and {@code trackingNo} of
     * the replacement), taken from stock like a sale.
     */
    public AfterSalesRequest receive(Long merchantScope, String requestNo, boolean restock, String carrier,
                                     String trackingNo, long actorId) {
        AfterSalesRequest request = locked(merchantRequest(merchantScope, requestNo));
        ActorKind actor = actorOf(merchantScope);
        boolean exchange = request.getKind() == AfterSalesType.EXCHANGE;
        String replacementCarrier = exchange ? requireCarrier(carrier) : null;
        String replacementTracking = exchange ? requireTracking(trackingNo) : null;
        request.received(restock, actor, actorId, clock.instant());
        if (restock) {
            inventory.putBack(request.getSkuId(), request.getQuantity(), request.getRequestNo(), REFUND_REASON);
        }
        if (exchange) {
            if (!inventory.reserve(request.getSkuId(), request.getQuantity(), request.getRequestNo())) {
                throw new BusinessRuleException("OUT_OF_STOCK", "Not enough stock for the replacement");
            }
            inventory.deduct(request.getSkuId(), request.getQuantity(), request.getRequestNo());
            request.exchanged(replacementCarrier, replacementTracking, actor, actorId, clock.instant());
            announce(request, AfterSalesStep.Action.EXCHANGED);
        } else {
            refund(request, actor, actorId);
        }
        return request;
    }

    /** A request as the back office sees it: a merchant only its own shop's (others are "not found"). */
    public AfterSalesRequest merchantRequest(Long merchantScope, String requestNo) {
        AfterSalesRequest request = byNo(requestNo);
        if (request == null || (merchantScope != null && request.getMerchantId() != merchantScope)) {
            throw new NotFoundException("After-sales request");
        }
        return loaded(request);
    }

    public List<AfterSalesRequest> search(AfterSalesSearch search, int first, int max) {
        return query(search, "SELECT r", AfterSalesRequest.class, " ORDER BY r.createdAt DESC, r.id DESC")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(AfterSalesSearch search) {
        return query(search, "SELECT COUNT(r)", Long.class, "").getSingleResult();
    }

    /** How many requests gave each reason, most frequent first (the back office's statistics). */
    public List<Object[]> reasons(Long merchantScope) {
        String where = merchantScope == null ? "" : " WHERE r.merchantId = :merchant";
        TypedQuery<Object[]> query = em.createQuery("SELECT r.reason, COUNT(r) FROM AfterSalesRequest r" + where
                + " GROUP BY r.reason ORDER BY COUNT(r) DESC", Object[].class);
        if (merchantScope != null) {
            query.setParameter("merchant", merchantScope);
        }
        return query.getResultList();
    }

    // --- escalation ---

    /** Ids of requests waiting for the merchant past their time, not yet with customer service. */
    public List<Long> overdue(int max) {
        return em.createNamedQuery("AfterSalesRequest.overdue", Long.class)
                .setParameter("waiting", EnumSet.of(AfterSalesStatus.REQUESTED, AfterSalesStatus.RETURNING))
                .setParameter("now", clock.instant()).setMaxResults(max).getResultList();
    }

    /** Hands one overdue request to customer service; false if it was answered or escalated meanwhile. */
    public boolean escalate(long requestId) {
        AfterSalesRequest request = em.find(AfterSalesRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || request.getRespondBy() == null || request.getRespondBy().isAfter(clock.instant())
                || !request.escalate(clock.instant())) {
            return false;
        }
        announce(request, AfterSalesStep.Action.ESCALATED);
        return true;
    }

    // ---

    private void refund(AfterSalesRequest request, ActorKind actor, long actorId) {
        if (!request.getStatus().canMoveTo(AfterSalesStatus.REFUNDED)) {
            throw new BusinessRuleException("INVALID_STATE", "Request " + request.getRequestNo() + " is "
                    + request.getStatus() + " and cannot be refunded");
        }
        Order order = em.find(Order.class, request.getOrderId());
        OrderLine line = order.getLines().stream().filter(l -> l.getId().equals(request.getOrderLineId()))
                .findFirst().orElseThrow();
        // what is left of the line decides, in case another request of it was refunded since this one opened
        List<AfterSalesRequest> refunded = refundedOn(line).stream()
                .filter(r -> !r.getId().equals(request.getId())).toList();
        Money amount = LineRefund.of(line).forUnits(request.getQuantity(),
                refunded.stream().mapToInt(AfterSalesRequest::getQuantity).sum(), sum(refunded, line));
        String refundNo = null;
        if (!amount.isZero()) {
            Refund refund = payments.refund(request.getOrderNo(), amount, REFUND_REASON, actorId);
            refundNo = refund.getRefundNo();
        }
        request.refunded(refundNo, amount, actor, actorId, clock.instant());
        announce(request, AfterSalesStep.Action.REFUNDED);
    }

    private List<AfterSalesRequest> openOn(OrderLine line) {
        return em.createQuery("SELECT r FROM AfterSalesRequest r WHERE r.openLineId = :line", AfterSalesRequest.class)
                .setParameter("line", line.getId()).getResultList();
    }

    private List<AfterSalesRequest> refundedOn(OrderLine line) {
        return em.createNamedQuery("AfterSalesRequest.refundedOfLine", AfterSalesRequest.class)
                .setParameter("line", line.getId()).setParameter("refunded", AfterSalesStatus.REFUNDED)
                .getResultList();
    }

    private static Money sum(List<AfterSalesRequest> requests, OrderLine line) {
        Money total = Money.zero(line.getLineTotal().currency());
        for (AfterSalesRequest request : requests) {
            total = total.plus(request.getRefundAmount());
        }
        return total;
    }

    private AfterSalesRequest locked(AfterSalesRequest request) {
        em.refresh(request, LockModeType.PESSIMISTIC_WRITE);
        return request;
    }

    private AfterSalesRequest loaded(AfterSalesRequest request) {
        request.getSteps().size();
        request.getPhotos().size();
        return request;
    }

    private void announce(AfterSalesRequest request, AfterSalesStep.Action action) {
        changed.fire(new AfterSalesChanged(request.getRequestNo(), request.getOrderNo(), request.getBuyerId(),
                request.getMerchantId(), action, request.getStatus()));
    }

    private static ActorKind actorOf(Long merchantScope) {
        return merchantScope == null ? ActorKind.STAFF : ActorKind.MERCHANT;
    }

    private static String requireCarrier(String carrier) {
        if (carrier == null || !carrier.trim().matches("[A-Za-z0-9 ._-]{2,32}")) {
            throw new BusinessRuleException("VALIDATION", "Name the carrier (2 to 32 letters or digits)");
        }
        return carrier.trim();
    }

    private static String requireTracking(String trackingNo) {
        if (trackingNo == null || !trackingNo.trim().matches("[A-Za-z0-9-]{6,40}")) {
            throw new BusinessRuleException("VALIDATION", "A tracking number has 6 to 40 letters, digits or '-'");
        }
        return trackingNo.trim();
    }

    private AfterSalesRequest byNo(String requestNo) {
        if (!AfterSalesNo.isValid(requestNo)) {
            return null;
        }
        return em.createNamedQuery("AfterSalesRequest.byNo", AfterSalesRequest.class).setParameter("no", requestNo)
                .getResultStream().findFirst().orElse(null);
    }

    private <T> TypedQuery<T> query(AfterSalesSearch search, String select, Class<T> type, String orderBy) {
        StringBuilder jpql = new StringBuilder(select).append(" FROM AfterSalesRequest r WHERE 1 = 1");
        if (search.merchantId() != null) {
            jpql.append(" AND r.merchantId = :merchant");
        }
        if (search.status() != null) {
            jpql.append(" AND r.status = :status");
        }
        if (search.escalatedOnly()) {
            jpql.append(" AND r.escalatedAt IS NOT NULL");
        }
        String number = search.number() == null ? "" : search.number().trim();
        if (!number.isEmpty()) {
            jpql.append(" AND (r.requestNo LIKE :number OR r.orderNo LIKE :number)");
        }
        TypedQuery<T> query = em.createQuery(jpql + orderBy, type);
        if (search.merchantId() != null) {
            query.setParameter("merchant", search.merchantId());
        }
        if (search.status() != null) {
            query.setParameter("status", search.status());
        }
        if (!number.isEmpty()) {
            query.setParameter("number", number.replaceAll("[^A-Za-z0-9]", "") + "%");
        }
        return query;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(timeZone)));
    }
}
