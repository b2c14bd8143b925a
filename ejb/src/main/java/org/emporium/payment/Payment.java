package org.emporium.payment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.Money;

/**
 * A payment (支付单): one amount the shopper pays at once, covering one or several orders of one checkout (their
 * totals add up to it). Status changes go through the methods here; the moves that can race with a gateway's
 * notification are additionally guarded by conditional updates in {@link Payments}.
 */
@Entity
@Table(name = "payment")
@NamedQuery(name = "Payment.byNo", query = "SELECT p FROM Payment p WHERE p.paymentNo = :no")
@NamedQuery(name = "Payment.byKey",
        query = "SELECT p FROM Payment p WHERE p.buyerId = :buyer AND p.idempotencyKey = :key")
@NamedQuery(name = "Payment.pendingFor",
        query = "SELECT DISTINCT o.payment FROM PaidOrder o WHERE o.pendingOrderId IN :orders")
@NamedQuery(name = "Payment.ofOrder",
        query = "SELECT o.payment FROM PaidOrder o WHERE o.orderNo = :no ORDER BY o.payment.id DESC")
@NamedQuery(name = "Payment.pendingSince",
        query = "SELECT p.id FROM Payment p WHERE p.status = org.emporium.payment.PaymentStatus.PENDING"
                + " AND p.createdAt < :before ORDER BY p.createdAt")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "payment_no", nullable = false, length = 24, updatable = false)
    private String paymentNo;

    @Column(name = "buyer_id", nullable = false, updatable = false)
    private Long buyerId;

    @Column(name = "method", nullable = false, length = 32, updatable = false)
    private String method;

    @Column(name = "gateway", nullable = false, length = 32, updatable = false)
    private String gateway;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private PaymentStatus status;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "refunded", nullable = false, precision = 19, scale = 2)
    private BigDecimal refunded = BigDecimal.ZERO;

    @Column(name = "currency", nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "installments", nullable = false, updatable = false)
    private int installments;

    @Column(name = "gateway_trade_no", length = 64)
    private String gatewayTradeNo;

    @Column(name = "pay_url", length = 500)
    private String payUrl;

    @Column(name = "idempotency_key", length = 100, updatable = false)
    private String idempotencyKey;

    @Column(name = "request_hash", length = 64, updatable = false)
    private String requestHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "close_reason", length = 100)
    private String closeReason;

    @OneToMany(mappedBy = "payment", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<PaidOrder> orders = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected Payment() {
        // for JPA
    }

    Payment(PaymentNo paymentNo, long buyerId, PaymentMethod method, String gateway, Currency currency,
            int installments, String idempotencyKey, String requestHash, Instant now, Instant expiresAt) {
        this.paymentNo = paymentNo.value();
        this.buyerId = buyerId;
        this.method = method.code();
        this.gateway = gateway;
        this.currency = currency.getCurrencyCode();
        this.installments = installments;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
        this.amount = BigDecimal.ZERO;
        this.status = method == PaymentMethod.CASH_ON_DELIVERY ? PaymentStatus.COLLECT_ON_DELIVERY
                : PaymentStatus.PENDING;
    }

    /** Adds an order this payment pays in full; the payment's amount is the sum of its orders. */
    void cover(long orderId, String orderNo, Money orderTotal) {
        if (id != null) {
            throw new IllegalStateException("Orders are added only while the payment is being created");
        }
        orders.add(new PaidOrder(this, orderId, orderNo, orderTotal, status == PaymentStatus.PENDING));
        amount = getAmount().plus(orderTotal).amount();
    }

    void opened(String tradeNo, String payUrl) {
        this.gatewayTradeNo = tradeNo;
        this.payUrl = payUrl;
    }

    /** Money arrived. Pending-order markers are cleared, so the orders may take no other pending payment. */
    void paid(String tradeNo, Instant at) {
        if (!status.canBecomePaid()) {
            throw new BusinessRuleException("INVALID_STATE", "Payment " + paymentNo + " is " + status);
        }
        status = PaymentStatus.PAID;
        paidAt = at;
        if (tradeNo != null) {
            gatewayTradeNo = tradeNo;
        }
        orders.forEach(PaidOrder::settled);
    }

    /** Declined by the gateway (FAILED) or closed; either way the orders are free for another payment. */
    void ended(PaymentStatus end, String reason, Instant at) {
        if (status != PaymentStatus.PENDING) {
            throw new BusinessRuleException("INVALID_STATE", "Payment " + paymentNo + " is " + status);
        }
        status = end;
        closedAt = at;
        closeReason = reason;
        orders.forEach(PaidOrder::settled);
    }

    /** Cash on delivery: once the courier collected every order's money, the payment is PAID. */
    void collectedIfComplete(Instant at) {
        if (status == PaymentStatus.COLLECT_ON_DELIVERY && orders.stream().allMatch(PaidOrder::isCollected)) {
            status = PaymentStatus.PAID;
            paidAt = at;
        }
    }

    void refunded(Money part) {
        refunded = getRefunded().plus(part).amount();
    }

    /** Paid, and all of it went back to the buyer. */
    public boolean isFullyRefunded() {
        return status == PaymentStatus.PAID && refunded.compareTo(amount) == 0;
    }

    /** Paid, and part of it went back. */
    public boolean isPartlyRefunded() {
        return status == PaymentStatus.PAID && refunded.signum() > 0 && refunded.compareTo(amount) < 0;
    }

    public boolean covers(List<String> orderNos) {
        return orders.stream().map(PaidOrder::getOrderNo).sorted().toList()
                .equals(orderNos.stream().sorted().distinct().toList());
    }

    public Long getId() {
        return id;
    }

    public String getPaymentNo() {
        return paymentNo;
    }

    public long getBuyerId() {
        return buyerId;
    }

    /** 货到付款: the courier takes the money, so no gateway holds it. */
    public boolean isCashOnDelivery() {
        return PaymentMethod.CASH_ON_DELIVERY.code().equals(method);
    }

    public String getMethod() {
        return method;
    }

    public PaymentMethod getPaymentMethod() {
        return PaymentMethod.fromCode(method);
    }

    public String getGateway() {
        return gateway;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public Money getAmount() {
        return Money.of(amount, Currency.getInstance(currency));
    }

    public Money getRefunded() {
        return Money.of(refunded, Currency.getInstance(currency));
    }

    public String getCurrencyCode() {
        return currency;
    }

    public int getInstallments() {
        return installments;
    }

    public String getGatewayTradeNo() {
        return gatewayTradeNo;
    }

    public String getPayUrl() {
        return payUrl;
    }

    public String getRequestHash() {
        return requestHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public List<PaidOrder> getOrders() {
        return Collections.unmodifiableList(orders);
    }

    public List<String> getOrderNos() {
        return orders.stream().map(PaidOrder::getOrderNo).toList();
    }
}
