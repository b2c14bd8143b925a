package org.emporium.payment.sandbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.emporium.platform.Money;

/** A refund in the sandbox gateway's books, found again by the shop's refund number (repeats are harmless). */
@Entity
@Table(name = "sandbox_refund")
@NamedQuery(name = "SandboxRefund.byMerchantNo",
        query = "SELECT r FROM SandboxRefund r WHERE r.merchantRefundNo = :no")
public class SandboxRefund {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "trade_id", updatable = false)
    private SandboxTrade trade;

    @Column(name = "merchant_refund_no", nullable = false, length = 24, updatable = false)
    private String merchantRefundNo;

    @Column(name = "gateway_refund_no", nullable = false, length = 32, updatable = false)
    private String gatewayRefundNo;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SandboxRefund() {
        // for JPA
    }

    SandboxRefund(SandboxTrade trade, String merchantRefundNo, String gatewayRefundNo, Money amount, Instant now) {
        this.trade = trade;
        this.merchantRefundNo = merchantRefundNo;
        this.gatewayRefundNo = gatewayRefundNo;
        this.amount = amount.amount();
        this.createdAt = now;
    }

    public String getGatewayRefundNo() {
        return gatewayRefundNo;
    }
}
