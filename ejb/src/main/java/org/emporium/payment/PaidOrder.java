package org.emporium.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Currency;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.Money;

/**
 * One order a payment covers, with the part of the payment that belongs to it and how much of that has been
 * refunded. While the payment is pending, {@code pendingOrderId} holds the order's id under a unique key: the
 * database itself refuses a second pending payment for the same order.
 */
@Entity
@Table(name = "payment_order")
public class PaidOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "payment_id", updatable = false)
    private Payment payment;

    @Column(name = "order_id", nullable = false, updatable = false)
    private Long orderId;

    @Column(name = "order_no", nullable = false, length = 20, updatable = false)
    private String orderNo;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "refunded", nullable = false, precision = 19, scale = 2)
    private BigDecimal refunded = BigDecimal.ZERO;

    @Column(name = "pending_order_id")
    private Long pendingOrderId;

    /** Cash on delivery: when the courier took this order's money. */
    @Column(name = "collected_at")
    private java.time.Instant collectedAt;

    protected PaidOrder() {
        // for JPA
    }

    PaidOrder(Payment payment, long orderId, String orderNo, Money amount, boolean pending) {
        this.payment = payment;
        this.orderId = orderId;
        this.orderNo = orderNo;
        this.amount = amount.amount();
        this.pendingOrderId = pending ? orderId : null;
    }

    /** Cash collected for this order; false if it was collected before. */
    boolean collect(java.time.Instant at) {
        if (collectedAt != null) {
            return false;
        }
        collectedAt = at;
        return true;
    }

    public boolean isCollected() {
        return collectedAt != null;
    }

    void settled() {
        pendingOrderId = null;
    }

    /** What of this order's part can still be refunded. */
    public Money refundable() {
        return getAmount().minus(getRefunded());
    }

    void refund(Money part) {
        if (part.compareTo(refundable()) > 0) {
            throw new BusinessRuleException("REFUND_EXCEEDS_PAID", "At most " + refundable().amountText()
                    + " of order " + orderNo + " can still be refunded");
        }
        refunded = getRefunded().plus(part).amount();
        payment.refunded(part);
    }

    public Payment getPayment() {
        return payment;
    }

    public long getOrderId() {
        return orderId;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public Money getAmount() {
        return Money.of(amount, Currency.getInstance(payment.getCurrencyCode()));
    }

    public Money getRefunded() {
        return Money.of(refunded, Currency.getInstance(payment.getCurrencyCode()));
    }
}
