package org.emporium.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.emporium.platform.Money;

/**
 * A refund (退款) of part or all of what one order paid, sent back through the gateway that took the money.
 * REQUESTED until the gateway answers, then SUCCEEDED or FAILED; the record stays either way. A cash-on-delivery
 * refund has no gateway: it is REQUESTED until finance records that it paid the money back (线下退款).
 */
@Entity
@Table(name = "refund")
@NamedQuery(name = "Refund.byNo", query = "SELECT r FROM Refund r WHERE r.refundNo = :no")
@NamedQuery(name = "Refund.ofOrder", query = "SELECT r FROM Refund r WHERE r.orderNo = :no ORDER BY r.id")
public class Refund {

    public enum Status {
        REQUESTED,
        SUCCEEDED,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "refund_no", nullable = false, length = 24, updatable = false)
    private String refundNo;

    @ManyToOne(optional = false)
    @JoinColumn(name = "payment_id", updatable = false)
    private Payment payment;

    @Column(name = "order_no", nullable = false, length = 20, updatable = false)
    private String orderNo;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false, length = 3, updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "reason", nullable = false, length = 200, updatable = false)
    private String reason;

    @Column(name = "gateway_refund_no", length = 64)
    private String gatewayRefundNo;

    @Column(name = "failure", length = 200)
    private String failure;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected Refund() {
        // for JPA
    }

    Refund(PaymentNo refundNo, Payment payment, String orderNo, Money amount, String reason, Long actorId,
           Instant now) {
        this.refundNo = refundNo.value();
        this.payment = payment;
        this.orderNo = orderNo;
        this.amount = amount.amount();
        this.currency = amount.currency().getCurrencyCode();
        this.reason = reason.length() <= 200 ? reason : reason.substring(0, 200);
        this.actorId = actorId;
        this.createdAt = now;
        this.status = Status.REQUESTED;
    }

    void succeeded(String gatewayRefundNo, Instant at) {
        this.status = Status.SUCCEEDED;
        this.gatewayRefundNo = gatewayRefundNo;
        this.completedAt = at;
    }

    void failed(String failure, Instant at) {
        this.status = Status.FAILED;
        this.failure = failure == null || failure.length() <= 200 ? failure : failure.substring(0, 200);
        this.completedAt = at;
    }

    /** 线下退款: a cash-on-delivery refund, paid back by finance outside any gateway. */
    public boolean isOffline() {
        return payment.isCashOnDelivery();
    }

    public Long getId() {
        return id;
    }

    public String getRefundNo() {
        return refundNo;
    }

    public Payment getPayment() {
        return payment;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public Money getAmount() {
        return Money.of(amount, Currency.getInstance(currency));
    }

    public Status getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public String getGatewayRefundNo() {
        return gatewayRefundNo;
    }

    public String getFailure() {
        return failure;
    }

    public Long getActorId() {
        return actorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
