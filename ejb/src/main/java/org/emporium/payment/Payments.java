package org.emporium.payment;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.inventory.Inventory;
import org.emporium.order.ActorKind;
import org.emporium.order.Order;
import org.emporium.order.OrderLine;
import org.emporium.order.OrderNo;
import org.emporium.order.OrderStatus;
import org.emporium.platform.InvalidWebhookException;
import org.emporium.payment.spi.PaymentGateway;
import org.emporium.payment.spi.PaymentGateway.Outcome;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.Money;
import org.emporium.platform.NotFoundException;

/**
 * Payments (支付): creating one for the buyer's unpaid orders through the gateway of the chosen method, believing a
 * gateway only through its verified notifications or an answer to the shop's own query, refunds, and the
 * transaction journal. The moves that matter are guarded twice: the notification inbox's unique key makes a
 * duplicate event change nothing, and the payment row is locked while its status is decided, so a callback, the
 * reconciler and the buyer switching methods can never both win.
 */
@Stateless
public class Payments {

    /** Reasons recorded on orders and refunds (bundle keys order.reason.* / refund.reason.*). */
    public static final String LATE_PAYMENT = "late-payment";
    public static final String CASH_ON_DELIVERY = "cash-on-delivery";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<PaymentGateway> gateways;

    @Inject
    Inventory inventory;

    @Inject
    Event<PaymentConfirmed> confirmed;

    @Inject
    Event<RefundCompleted> refundCompleted;

    @Resource
    SessionContext context;

    @Inject
    @ConfigProperty(name = "EMPORIUM_TIME_ZONE", defaultValue = "Asia/Shanghai")
    String timeZone;

    /** 货到付款 only for orders up to this total. */
    @Inject
    @ConfigProperty(name = "EMPORIUM_COD_LIMIT", defaultValue = "2000.00")
    BigDecimal codLimit;

    /** 分期 only for payments of at least this amount. */
    @Inject
    @ConfigProperty(name = "EMPORIUM_INSTALLMENTS_FROM", defaultValue = "600.00")
    BigDecimal installmentsFrom;


    /**
     * A payment for some of the buyer's unpaid orders. The same Idempotency-Key with the same request returns the
     * first payment; while a payment for exactly these orders and method is pending, asking again returns it too.
     * A pending payment by another method is closed at its gateway first (if the gateway says it was paid after
     * all, that is applied and the orders are no longer payable).
     *
     * @param shopUrl where the gateway reaches the shop (callbacks) and sends the shopper back, e.g.
     *                {@code https://shop.example.com}
     */
    public Payment create(long buyerId, @NotNull @Valid PaymentRequest request, String idempotencyKey,
                          @NotNull String shopUrl) {
        String hash = hash(request.fingerprint());
        if (idempotencyKey != null) {
            Payment earlier = byKey(buyerId, idempotencyKey);
            if (earlier != null) {
                if (!hash.equals(earlier.getRequestHash())) {
                    throw new BusinessRuleException("IDEMPOTENCY_KEY_REUSED",
                            "This Idempotency-Key was used for a different payment request");
                }
                return earlier;
            }
        }
        PaymentMethod method = PaymentMethod.fromCode(request.method);
        int installments = request.installmentCount();
        List<String> orderNos = request.orderNos.stream().distinct().sorted().toList();
        List<Order> orders = buyerOrders(buyerId, orderNos);
        List<Long> orderIds = orders.stream().map(Order::getId).toList();
        List<Payment> pendings = em.createNamedQuery("Payment.pendingFor", Payment.class)
                .setParameter("orders", orderIds).getResultList();
        for (Payment pending : pendings) {
            if (pending.covers(orderNos) && pending.getPaymentMethod() == method
                    && pending.getInstallments() == installments) {
                return pending; // the same payment again (a second click, a reload): never a second charge
            }
            self().reconcile(pending.getId(), true);
        }
        if (!pendings.isEmpty()) {
            orders.forEach(em::refresh); // what the gateway's answer above may have changed
        }
        Money total = requirePayable(orders);
        checkPlan(method, installments, orders, total);

        Instant now = clock.instant();
        Instant expiresAt = orders.stream().map(Order::getPayBy).min(Comparator.naturalOrder()).orElseThrow();
        PaymentGateway gateway = method == PaymentMethod.CASH_ON_DELIVERY ? null : gatewayFor(method);
        Payment payment = new Payment(PaymentNo.nextPayment(today()), buyerId, method,
                gateway == null ? "cod" : gateway.name(), total.currency(), installments, idempotencyKey, hash,
                now, expiresAt);
        orders.forEach(o -> payment.cover(o.getId(), o.getNumber(), o.getTotal()));
        em.persist(payment);
        em.flush(); // a concurrent payment for the same orders fails here, on the pending-order key
        if (gateway == null) {
            confirmCashOnDelivery(payment, orders);
        } else {
            String base = shopUrl.endsWith("/") ? shopUrl.substring(0, shopUrl.length() - 1) : shopUrl;
            PaymentGateway.Trade trade = gateway.open(new PaymentGateway.TradeRequest(payment.getPaymentNo(),
                    method.code(), total, installments, subject(orders),
                    base + "/api/v1/payments/callback/" + gateway.name(),
                    base + "/account/payment.xhtml?no=" + payment.getPaymentNo(), expiresAt));
            payment.opened(trade.tradeNo(), trade.payUrl());
        }
        return payment;
    }

    /** Orders above this total cannot be paid cash on delivery. */
    public BigDecimal codLimit() {
        return codLimit;
    }

    /** Card payments of at least this amount may be split into installments. */
    public BigDecimal installmentsFrom() {
        return installmentsFrom;
    }

    /** The installment plans a card payment may choose (1 = pay in full). */
    public static List<Integer> installmentPlans() {
        return List.of(1, 3, 6, 12);
    }

    /** The payment an earlier request with this key created, or null. */
    public Payment byKey(long buyerId, String idempotencyKey) {
        return em.createNamedQuery("Payment.byKey", Payment.class).setParameter("buyer", buyerId)
                .setParameter("key", idempotencyKey).getResultStream().findFirst().orElse(null);
    }

    /** One of the buyer's payments; anyone else's is "not found". */
    public Payment buyerPayment(long buyerId, String paymentNo) {
        Payment payment = byNo(paymentNo);
        if (payment == null || payment.getBuyerId() != buyerId) {
            throw new NotFoundException("Payment");
        }
        payment.getOrders().size();
        return payment;
    }

    /** The payments of one order, newest first (the back office's order page, the buyer's order page). */
    public List<Payment> ofOrder(String orderNo) {
        return em.createNamedQuery("Payment.ofOrder", Payment.class).setParameter("no", orderNo).getResultList();
    }

    public List<Refund> refundsOf(String orderNo) {
        return em.createNamedQuery("Refund.ofOrder", Refund.class).setParameter("no", orderNo).getResultList();
    }

    /** What a gateway's notification did. */
    public enum Receipt {
        APPLIED,
        DUPLICATE
    }

    /**
     * A gateway's notification, exactly as it arrived. It is believed only after the gateway verified it and its
     * amount and currency match the payment; then it is applied once (its event id goes into the inbox).
     */
    public Receipt notified(String gatewayName, Map<String, String> headers, byte[] rawBody) {
        PaymentGateway gateway = gatewayNamed(gatewayName);
        PaymentGateway.Notification notice = gateway.verify(headers, rawBody);
        Payment payment = byNo(notice.paymentNo());
        if (payment == null || !payment.getGateway().equals(gateway.name())) {
            throw new NotFoundException("Payment");
        }
        if (!payment.getAmount().equals(notice.amount())) {
            throw new InvalidWebhookException("AMOUNT_MISMATCH", 400, "The notification says "
                    + notice.amount() + " but payment " + payment.getPaymentNo() + " is " + payment.getAmount());
        }
        if (payment.getGatewayTradeNo() != null && notice.tradeNo() != null
                && !payment.getGatewayTradeNo().equals(notice.tradeNo())) {
            throw new InvalidWebhookException("TRADE_MISMATCH", 400, "The notification is about another trade");
        }
        String eventId = eventId(notice.tradeNo(), notice.outcome());
        if (isRecorded(gateway.name(), eventId)) {
            return Receipt.DUPLICATE;
        }
        apply(gateway, eventId, payment, notice.outcome(), notice.tradeNo(), PaymentNotification.Source.CALLBACK);
        return Receipt.APPLIED;
    }

    /** True if the inbox already holds this event (a duplicate that lost the race can ask after its rollback). */
    public boolean isRecorded(String gatewayName, String eventId) {
        return em.createNamedQuery("PaymentNotification.count", Long.class).setParameter("gateway", gatewayName)
                .setParameter("event", eventId).getSingleResult() > 0;
    }

    /** The inbox key of an event: the gateway's trade number and what happened to it. */
    public static String eventId(String tradeNo, Outcome outcome) {
        return tradeNo + ":" + outcome.name();
    }

    /**
     * Asks the gateway about one pending payment and applies the answer, in a transaction of its own (a lost
     * callback still ends in PAID). A payment still waiting is closed at the gateway when it has expired, when its
     * orders can no longer be paid, or when {@code closeIfWaiting} (the buyer chose another method).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void reconcile(long paymentId, boolean closeIfWaiting) {
        Payment payment = em.find(Payment.class, paymentId);
        if (payment == null || payment.getStatus() != PaymentStatus.PENDING) {
            return;
        }
        PaymentGateway gateway = gatewayNamed(payment.getGateway());
        PaymentGateway.Status status = gateway.query(payment.getPaymentNo());
        if (status.outcome() == Outcome.WAITING || status.outcome() == Outcome.UNKNOWN) {
            boolean stale = !payment.getExpiresAt().isAfter(clock.instant());
            if (!closeIfWaiting && !stale && ordersPayable(payment)) {
                return;
            }
            status = gateway.close(payment.getPaymentNo());
            if (status.outcome() == Outcome.WAITING || status.outcome() == Outcome.UNKNOWN) {
                return; // the gateway would not close it: ask again next round
            }
        }
        String eventId = eventId(status.tradeNo() != null ? status.tradeNo() : payment.getGatewayTradeNo(),
                status.outcome());
        if (!isRecorded(gateway.name(), eventId)) {
            apply(gateway, eventId, payment, status.outcome(), status.tradeNo(), PaymentNotification.Source.QUERY);
        }
    }

    /** Ids of payments pending since before {@code before}, oldest first (for the reconciler). */
    public List<Long> pendingSince(Instant before, int max) {
        return em.createNamedQuery("Payment.pendingSince", Long.class).setParameter("before", before)
                .setMaxResults(max).getResultList();
    }

    private void apply(PaymentGateway gateway, String eventId, Payment payment, Outcome outcome, String tradeNo,
                       PaymentNotification.Source source) {
        Instant now = clock.instant();
        em.persist(new PaymentNotification(gateway.name(), eventId, payment.getPaymentNo(), outcome.name(), source,
                now));
        em.flush(); // a concurrent copy of the same event waits here, then fails on the inbox key
        em.refresh(payment, LockModeType.PESSIMISTIC_WRITE);
        switch (outcome) {
            case PAID -> settlePaid(payment, tradeNo, now);
            case DECLINED -> {
                if (payment.getStatus() == PaymentStatus.PENDING) {
                    payment.ended(PaymentStatus.FAILED, "declined", now);
                }
            }
            case CLOSED -> {
                if (payment.getStatus() == PaymentStatus.PENDING) {
                    payment.ended(PaymentStatus.CLOSED, "closed", now);
                }
            }
            default -> {
            }
        }
    }

    /**
     * The money arrived: the payment is PAID, its orders that still await payment become PAID and take their
     * reserved stock (DEDUCT); an order cancelled meanwhile gets its part refunded at once (never kept, never lost).
     */
    private void settlePaid(Payment payment, String tradeNo, Instant now) {
        if (!payment.getStatus().canBecomePaid()) {
            return; // already paid: a repeat in other words
        }
        payment.paid(tradeNo, now);
        book(JournalEntry.Kind.PAYMENT, payment, null, String.join(",", payment.getOrderNos()),
                payment.getAmount(), payment.getGatewayTradeNo(), now);
        List<Order> paidNow = new ArrayList<>();
        for (PaidOrder part : payment.getOrders()) {
            Order order = em.find(Order.class, part.getOrderId());
            em.refresh(order, LockModeType.PESSIMISTIC_WRITE);
            if (order.getStatus() == OrderStatus.PENDING_PAYMENT) {
                order.moveTo(OrderStatus.PAID, ActorKind.SYSTEM, null, "paid", now);
                paidNow.add(order);
            } else {
                refundPart(payment, part, part.refundable(), LATE_PAYMENT, null);
            }
        }
        em.flush();
        deductStock(paidNow);
        if (!paidNow.isEmpty()) {
            confirmed.fire(new PaymentConfirmed(payment.getPaymentNo(), payment.getBuyerId(), payment.getMethod(),
                    paidNow.stream().map(Order::getNumber).toList()));
        }
    }

    /** 货到付款: nothing to collect now; the orders are confirmed for shipping and take their stock. */
    private void confirmCashOnDelivery(Payment payment, List<Order> orders) {
        Instant now = clock.instant();
        for (Order order : orders) {
            order.moveTo(OrderStatus.PAID, ActorKind.BUYER, payment.getBuyerId(), CASH_ON_DELIVERY, now);
        }
        em.flush();
        deductStock(orders);
        confirmed.fire(new PaymentConfirmed(payment.getPaymentNo(), payment.getBuyerId(), payment.getMethod(),
                orders.stream().map(Order::getNumber).toList()));
    }

    /** Reserved units become sold units, in ascending SKU order like every other stock change of many SKUs. */
    private void deductStock(List<Order> orders) {
        Map<Long, List<OrderLine>> bySku = new TreeMap<>();
        orders.forEach(o -> o.getLines().forEach(l -> bySku.computeIfAbsent(l.getSkuId(), k -> new ArrayList<>())
                .add(l)));
        bySku.forEach((skuId, lines) -> lines.forEach(line ->
                inventory.deduct(skuId, line.getQuantity(), line.getOrderNo())));
    }

    /**
     * Refunds part of what an order paid (after-sales, goodwill), through the gateway that took the money. The
     * payment row is locked meanwhile, so two refunds of one order can never together exceed what it paid.
     */
    public Refund refund(String orderNo, @NotNull Money amount, @NotNull String reason, Long actorId) {
        Payment payment = paidPaymentOf(orderNo);
        em.refresh(payment, LockModeType.PESSIMISTIC_WRITE);
        PaidOrder part = payment.getOrders().stream().filter(o -> o.getOrderNo().equals(orderNo)).findFirst()
                .orElseThrow();
        boolean collected = payment.getStatus() == PaymentStatus.COLLECT_ON_DELIVERY && part.isCollected();
        if (payment.getStatus() != PaymentStatus.PAID && !collected) {
            throw new BusinessRuleException("INVALID_STATE", "Order " + orderNo + " has no payment to refund");
        }
        if (reason.isBlank()) {
            throw new BusinessRuleException("VALIDATION", "A refund needs a reason");
        }
        return refundPart(payment, part, amount, reason.trim(), actorId);
    }

    /**
     * A paid order is being cancelled before shipment: whatever it paid and was not yet refunded goes back
     * (cash on delivery: nothing was paid, so nothing goes back). Returns the refund, or null.
     */
    public Refund refundCancelledOrder(Order order, String reason, Long actorId) {
        Payment payment = paidPaymentOf(order.getNumber());
        em.refresh(payment, LockModeType.PESSIMISTIC_WRITE);
        if (payment.getStatus() == PaymentStatus.COLLECT_ON_DELIVERY) {
            return null;
        }
        PaidOrder part = payment.getOrders().stream().filter(o -> o.getOrderNo().equals(order.getNumber()))
                .findFirst().orElseThrow();
        return part.refundable().isZero() ? null : refundPart(payment, part, part.refundable(), reason, actorId);
    }

    private Refund refundPart(Payment payment, PaidOrder part, Money amount, String reason, Long actorId) {
        if (amount.isNegative() || amount.isZero()) {
            throw new BusinessRuleException("VALIDATION", "A refund needs a positive amount");
        }
        if (!amount.currency().getCurrencyCode().equals(payment.getCurrencyCode())) {
            throw new BusinessRuleException("VALIDATION", "The order was paid in " + payment.getCurrencyCode());
        }
        part.refund(amount); // refuses more than the order's part still holds
        Instant now = clock.instant();
        Refund refund = new Refund(PaymentNo.nextRefund(today()), payment, part.getOrderNo(), amount, reason,
                actorId, now);
        em.persist(refund);
        if (payment.isCashOnDelivery()) {
            // the courier's cash is with the shop and no gateway can send it back: finance pays it out (bank
            // transfer, cash at the counter) and records that with paidOut; until then the refund is REQUESTED
            return refund;
        }
        PaymentGateway.RefundResult result = gatewayNamed(payment.getGateway()).refund(
                new PaymentGateway.RefundRequest(payment.getPaymentNo(), payment.getGatewayTradeNo(),
                        refund.getRefundNo(), amount, reason));
        if (!result.succeeded()) {
            throw new BusinessRuleException("REFUND_FAILED", "The payment service refused the refund: "
                    + result.failure());
        }
        completed(refund, result.gatewayRefundNo(), now);
        return refund;
    }

    /** The money is back with the buyer: the refund succeeds, the journal books it and the buyer is told. */
    private void completed(Refund refund, String reference, Instant now) {
        refund.succeeded(reference, now);
        Money amount = refund.getAmount();
        book(JournalEntry.Kind.REFUND, refund.getPayment(), refund.getRefundNo(), refund.getOrderNo(),
                Money.zero(amount.currency()).minus(amount), reference, now);
        refundCompleted.fire(new RefundCompleted(refund.getPayment().getBuyerId(), refund.getOrderNo(),
                refund.getRefundNo(), amount.amountText(), refund.getReason()));
    }

    /**
     * 线下退款: finance has paid a cash-on-delivery refund back outside any gateway (bank transfer, cash at the
     * counter) and records it with the transfer's reference. Only a REQUESTED refund of a cash payment; the row lock
     * makes a second recording (another finance clerk, a double click) an INVALID_STATE refusal.
     */
    public Refund paidOut(String refundNo, @NotNull String reference) {
        Refund refund = em.createNamedQuery("Refund.byNo", Refund.class).setParameter("no", refundNo)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("Refund " + refundNo));
        em.refresh(refund, LockModeType.PESSIMISTIC_WRITE);
        if (!refund.isOffline() || refund.getStatus() != Refund.Status.REQUESTED) {
            throw new BusinessRuleException("INVALID_STATE",
                    "Only a cash-on-delivery refund waiting to be paid out can be recorded as paid out");
        }
        if (reference.isBlank() || reference.length() > 64) {
            throw new BusinessRuleException("VALIDATION", "The transfer's reference has 1 to 64 characters");
        }
        completed(refund, reference.trim(), clock.instant());
        return refund;
    }

    private Payment paidPaymentOf(String orderNo) {
        return ofOrder(orderNo).stream()
                .filter(p -> p.getStatus() == PaymentStatus.PAID
                        || p.getStatus() == PaymentStatus.COLLECT_ON_DELIVERY)
                .findFirst()
                .orElseThrow(() -> new BusinessRuleException("INVALID_STATE",
                        "Order " + orderNo + " has no payment to refund"));
    }

    /**
     * 货到付款: the courier handed over an order's goods and took its money. The journal books it; when every order
     * of the payment has been collected, the payment is PAID. Any other payment method: nothing to do.
     */
    public void collectOnDelivery(String orderNo, Instant at) {
        for (Payment payment : ofOrder(orderNo)) {
            if (payment.getStatus() != PaymentStatus.COLLECT_ON_DELIVERY) {
                continue;
            }
            em.refresh(payment, LockModeType.PESSIMISTIC_WRITE);
            PaidOrder part = payment.getOrders().stream().filter(o -> o.getOrderNo().equals(orderNo)).findFirst()
                    .orElseThrow();
            if (part.collect(at)) {
                book(JournalEntry.Kind.COD_COLLECTION, payment, null, orderNo, part.getAmount(), null, at);
                payment.collectedIfComplete(at);
            }
        }
    }

    // --- the back office (FINANCE, ADMIN) ---

    public List<Payment> search(PaymentSearch search, int first, int max) {
        return paymentQuery(search, "SELECT p", Payment.class, " ORDER BY p.createdAt DESC, p.id DESC")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(PaymentSearch search) {
        return paymentQuery(search, "SELECT COUNT(p)", Long.class, "").getSingleResult();
    }

    /** A payment with its orders, as staff see it. */
    public Payment payment(String paymentNo) {
        Payment payment = byNo(paymentNo);
        if (payment == null) {
            throw new NotFoundException("Payment");
        }
        payment.getOrders().size();
        return payment;
    }

    public List<Refund> refunds(String number, Instant from, Instant to, int first, int max) {
        return refundQuery(number, from, to, "SELECT r", Refund.class, " ORDER BY r.createdAt DESC, r.id DESC")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countRefunds(String number, Instant from, Instant to) {
        return refundQuery(number, from, to, "SELECT COUNT(r)", Long.class, "").getSingleResult();
    }

    /** The journal of the business days {@code from} to {@code to}, inclusive. */
    public List<JournalEntry> journal(LocalDate from, LocalDate to) {
        return em.createNamedQuery("JournalEntry.ofDays", JournalEntry.class).setParameter("from", from)
                .setParameter("to", to).getResultList();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of(timeZone));
    }

    private <T> TypedQuery<T> paymentQuery(PaymentSearch search, String select, Class<T> type, String orderBy) {
        StringBuilder jpql = new StringBuilder(select).append(" FROM Payment p WHERE 1 = 1");
        if (search.status() != null) {
            jpql.append(" AND p.status = :status");
        }
        if (search.method() != null && !search.method().isBlank()) {
            jpql.append(" AND p.method = :method");
        }
        String number = digits(search.number());
        if (number != null) {
            jpql.append(" AND (p.paymentNo LIKE :no OR EXISTS (SELECT o FROM PaidOrder o WHERE o.payment = p"
                    + " AND o.orderNo LIKE :order))");
        }
        if (search.from() != null) {
            jpql.append(" AND p.createdAt >= :from");
        }
        if (search.to() != null) {
            jpql.append(" AND p.createdAt < :to");
        }
        TypedQuery<T> query = em.createQuery(jpql + orderBy, type);
        if (search.status() != null) {
            query.setParameter("status", search.status());
        }
        if (search.method() != null && !search.method().isBlank()) {
            query.setParameter("method", search.method());
        }
        if (number != null) {
            query.setParameter("no", "%" + number + "%").setParameter("order", number + "%");
        }
        if (search.from() != null) {
            query.setParameter("from", search.from());
        }
        if (search.to() != null) {
            query.setParameter("to", search.to());
        }
        return query;
    }

    private <T> TypedQuery<T> refundQuery(String number, Instant from, Instant to, String select, Class<T> type,
                                          String orderBy) {
        StringBuilder jpql = new StringBuilder(select).append(" FROM Refund r WHERE 1 = 1");
        String digits = digits(number);
        if (digits != null) {
            jpql.append(" AND (r.refundNo LIKE :no OR r.orderNo LIKE :order OR r.payment.paymentNo LIKE :no)");
        }
        if (from != null) {
            jpql.append(" AND r.createdAt >= :from");
        }
        if (to != null) {
            jpql.append(" AND r.createdAt < :to");
        }
        TypedQuery<T> query = em.createQuery(jpql + orderBy, type);
        if (digits != null) {
            query.setParameter("no", "%" + digits + "%").setParameter("order", digits + "%");
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query;
    }

    private static String digits(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : digits;
    }

    // --- helpers ---

    private List<Order> buyerOrders(long buyerId, List<String> orderNos) {
        List<Order> orders = new ArrayList<>();
        for (String no : orderNos) {
            Order order = OrderNo.isValid(no) ? em.createNamedQuery("Order.byNo", Order.class).setParameter("no", no)
                    .getResultStream().findFirst().orElse(null) : null;
            if (order == null || order.getBuyerId() != buyerId) {
                throw new NotFoundException("Order " + no);
            }
            orders.add(order);
        }
        orders.sort(Comparator.comparing(Order::getId));
        return orders;
    }

    private static Money requirePayable(List<Order> orders) {
        Money total = null;
        for (Order order : orders) {
            if (order.getStatus() != OrderStatus.PENDING_PAYMENT) {
                throw new BusinessRuleException("INVALID_STATE", "Order " + order.getNumber() + " is "
                        + order.getStatus() + " and cannot be paid");
            }
            if (total != null && !total.currency().equals(order.getTotal().currency())) {
                throw new BusinessRuleException("VALIDATION", "Orders in different currencies are paid separately");
            }
            total = total == null ? order.getTotal() : total.plus(order.getTotal());
        }
        return total;
    }

    private void checkPlan(PaymentMethod method, int installments, List<Order> orders, Money total) {
        if (method == PaymentMethod.CASH_ON_DELIVERY) {
            for (Order order : orders) {
                if (order.getTotal().amount().compareTo(codLimit) > 0) {
                    throw new BusinessRuleException("COD_NOT_AVAILABLE", "Cash on delivery is for orders up to "
                            + codLimit.toPlainString() + "; order " + order.getNumber() + " is "
                            + order.getTotal().amountText());
                }
            }
        }
        if (installments != 1) {
            if (!method.offersInstallments() || !installmentPlans().contains(installments)) {
                throw new BusinessRuleException("VALIDATION", "Installments are 3, 6 or 12, and only by card");
            }
            if (total.amount().compareTo(installmentsFrom) < 0) {
                throw new BusinessRuleException("INSTALLMENTS_NOT_AVAILABLE", "Installments start at "
                        + installmentsFrom.toPlainString());
            }
        }
    }

    private boolean ordersPayable(Payment payment) {
        for (PaidOrder part : payment.getOrders()) {
            Order order = em.find(Order.class, part.getOrderId());
            if (order == null || order.getStatus() != OrderStatus.PENDING_PAYMENT) {
                return false;
            }
        }
        return true;
    }

    private void book(JournalEntry.Kind kind, Payment payment, String refundNo, String orderNos, Money amount,
                      String reference, Instant now) {
        em.persist(new JournalEntry(LocalDate.ofInstant(now, ZoneId.of(timeZone)), kind, payment, refundNo,
                orderNos, amount, reference, now));
    }

    private static String subject(List<Order> orders) {
        String first = orders.get(0).getLines().isEmpty() ? orders.get(0).getNumber()
                : orders.get(0).getLines().get(0).getProductName();
        int lines = orders.stream().mapToInt(o -> o.getLines().size()).sum();
        return "Emporium: " + first + (lines > 1 ? " +" + (lines - 1) : ""); // "+2": two more products
    }

    private Payment byNo(String paymentNo) {
        if (!PaymentNo.isValid(paymentNo)) {
            return null;
        }
        return em.createNamedQuery("Payment.byNo", Payment.class).setParameter("no", paymentNo).getResultStream()
                .findFirst().orElse(null);
    }

    private PaymentGateway gatewayFor(PaymentMethod method) {
        for (PaymentGateway gateway : gateways) {
            if (gateway.handles(method.code())) {
                return gateway;
            }
        }
        throw new BusinessRuleException("METHOD_UNAVAILABLE", "No payment service takes " + method.code());
    }

    private PaymentGateway gatewayNamed(String name) {
        for (PaymentGateway gateway : gateways) {
            if (gateway.name().equals(name)) {
                return gateway;
            }
        }
        throw new NotFoundException("Payment gateway " + name);
    }

    private Payments self() {
        return context.getBusinessObject(Payments.class);
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
