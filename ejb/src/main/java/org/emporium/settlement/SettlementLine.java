package org.emporium.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * One line of a settlement statement: a sold order line, the platform's subsidy of it, an order's freight or a
 * refund, with the commission on it and what the merchant gets. {@code settles} names the thing settled
 * ({@code L:<order line id>}, {@code S:<order line id>}, {@code F:<order id>}, {@code R:<refund id>},
 * {@code RS:<refund id>}) under a unique key: nothing is ever settled twice.
 */
@Entity
@Table(name = "settlement_line")
public class SettlementLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "settlement_id", updatable = false)
    private Settlement settlement;

    @Column(name = "settles", nullable = false, length = 40, updatable = false)
    private String settles;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16, updatable = false)
    private SettlementKind kind;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(name = "order_no", nullable = false, length = 20, updatable = false)
    private String orderNo;

    @Column(name = "line_no", updatable = false)
    private Integer lineNo;

    @Column(name = "refund_no", length = 24, updatable = false)
    private String refundNo;

    @Column(name = "description", nullable = false, length = 200, updatable = false)
    private String description;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "rate", nullable = false, precision = 6, scale = 4, updatable = false)
    private BigDecimal rate;

    @Column(name = "commission", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal commission;

    @Column(name = "net", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal net;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected SettlementLine() {
        // for JPA
    }

    SettlementLine(Settlement settlement, Draft draft) {
        this.settlement = settlement;
        this.settles = draft.settles();
        this.kind = draft.kind();
        this.orderId = draft.orderId();
        this.orderNo = draft.orderNo();
        this.lineNo = draft.lineNo();
        this.refundNo = draft.refundNo();
        this.description = draft.description().length() <= 200 ? draft.description()
                : draft.description().substring(0, 200);
        this.amount = draft.amount();
        this.rate = draft.rate();
        this.commission = draft.commission();
        this.net = draft.net();
        this.occurredAt = draft.occurredAt();
    }

    /**
     * A line before it is written: the commission is the amount times the rate, rounded half-up to the cent on
     * each line (a statement's commission is the sum of its lines, so the parts always add up); refunds carry
     * negative amounts and give back their commission the same way.
     */
    public record Draft(String settles, SettlementKind kind, long orderId, String orderNo, Integer lineNo,
                        String refundNo, String description, BigDecimal amount, BigDecimal rate,
                        Instant occurredAt) {

        public BigDecimal commission() {
            return amount.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        }

        public BigDecimal net() {
            return amount.subtract(commission());
        }
    }

    public Long getId() {
        return id;
    }

    public String getSettles() {
        return settles;
    }

    public SettlementKind getKind() {
        return kind;
    }

    public long getOrderId() {
        return orderId;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public Integer getLineNo() {
        return lineNo;
    }

    public String getRefundNo() {
        return refundNo;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public BigDecimal getCommission() {
        return commission;
    }

    public BigDecimal getNet() {
        return net;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
