package org.emporium.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.emporium.platform.Money;

/**
 * One line of the transaction journal (交易流水): money that came in (a payment, cash collected on delivery) or went
 * out (a refund), booked on the shop's business day in the same transaction as the change itself. Never changed.
 */
@Entity
@Table(name = "journal_entry")
@NamedQuery(name = "JournalEntry.ofDays", query = "SELECT j FROM JournalEntry j WHERE j.businessDay >= :from"
        + " AND j.businessDay <= :to ORDER BY j.businessDay, j.id")
public class JournalEntry {

    public enum Kind {
        PAYMENT,
        REFUND,
        COD_COLLECTION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "business_day", nullable = false, updatable = false)
    private LocalDate businessDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20, updatable = false)
    private Kind kind;

    @Column(name = "payment_no", nullable = false, length = 24, updatable = false)
    private String paymentNo;

    @Column(name = "refund_no", length = 24, updatable = false)
    private String refundNo;

    @Column(name = "order_nos", nullable = false, length = 500, updatable = false)
    private String orderNos;

    @Column(name = "method", nullable = false, length = 32, updatable = false)
    private String method;

    /** Positive for money in, negative for money out. */
    @Column(name = "amount", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "gateway_reference", length = 64, updatable = false)
    private String gatewayReference;

    @Column(name = "booked_at", nullable = false, updatable = false)
    private Instant bookedAt;

    protected JournalEntry() {
        // for JPA
    }

    JournalEntry(LocalDate businessDay, Kind kind, Payment payment, String refundNo, String orderNos, Money amount,
                 String gatewayReference, Instant bookedAt) {
        this.businessDay = businessDay;
        this.kind = kind;
        this.paymentNo = payment.getPaymentNo();
        this.refundNo = refundNo;
        this.orderNos = orderNos.length() <= 500 ? orderNos : orderNos.substring(0, 500);
        this.method = payment.getMethod();
        this.amount = amount.amount();
        this.currency = amount.currency().getCurrencyCode();
        this.gatewayReference = gatewayReference;
        this.bookedAt = bookedAt;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getBusinessDay() {
        return businessDay;
    }

    public Kind getKind() {
        return kind;
    }

    public String getPaymentNo() {
        return paymentNo;
    }

    public String getRefundNo() {
        return refundNo;
    }

    public String getOrderNos() {
        return orderNos;
    }

    public String getMethod() {
        return method;
    }

    public Money getAmount() {
        return Money.of(amount, Currency.getInstance(currency));
    }

    public String getGatewayReference() {
        return gatewayReference;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }
}
