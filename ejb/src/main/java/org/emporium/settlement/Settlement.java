package org.emporium.settlement;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.Money;

/**
 * A settlement statement (结算单): what the platform owes one merchant for one period — sales, freight, refunds
 * and claw-backs, less commission. Its totals are always the sums of its lines ({@link #total}); finance pays the
 * net out and records it, after which the statement is closed.
 */
@Entity
@Table(name = "settlement")
@NamedQuery(name = "Settlement.ofPeriod", query = "SELECT s FROM Settlement s WHERE s.merchantId = :merchant"
        + " AND s.periodFrom = :from AND s.periodTo = :to")
@NamedQuery(name = "Settlement.byNo", query = "SELECT s FROM Settlement s WHERE s.statementNo = :no")
public class Settlement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "statement_no", nullable = false, length = 24, updatable = false)
    private String statementNo;

    @Column(name = "merchant_id", nullable = false, updatable = false)
    private long merchantId;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;

    @Column(name = "currency", nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "sales", nullable = false, precision = 19, scale = 2)
    private BigDecimal sales = BigDecimal.ZERO;

    @Column(name = "freight", nullable = false, precision = 19, scale = 2)
    private BigDecimal freight = BigDecimal.ZERO;

    @Column(name = "refunds", nullable = false, precision = 19, scale = 2)
    private BigDecimal refunds = BigDecimal.ZERO;

    @Column(name = "commission", nullable = false, precision = 19, scale = 2)
    private BigDecimal commission = BigDecimal.ZERO;

    @Column(name = "net", nullable = false, precision = 19, scale = 2)
    private BigDecimal net = BigDecimal.ZERO;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SettlementStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "paid_out_at")
    private Instant paidOutAt;

    @Column(name = "paid_out_by")
    private Long paidOutBy;

    @Column(name = "payout_reference", length = 64)
    private String payoutReference;

    @OneToMany(mappedBy = "settlement", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<SettlementLine> lines = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected Settlement() {
        // for JPA
    }

    Settlement(String statementNo, long merchantId, LocalDate periodFrom, LocalDate periodTo, Currency currency,
               Long jobExecutionId, Instant now) {
        this.statementNo = statementNo;
        this.merchantId = merchantId;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.currency = currency.getCurrencyCode();
        this.jobExecutionId = jobExecutionId;
        this.status = SettlementStatus.OPEN;
        this.createdAt = now;
    }

    void add(SettlementLine.Draft draft) {
        if (status != SettlementStatus.OPEN) {
            throw new BusinessRuleException("INVALID_STATE", "Statement " + statementNo + " has been paid out");
        }
        lines.add(new SettlementLine(this, draft));
    }

    /** The totals as the sums of the lines: sales, freight, refunds (negative), commission and net. */
    void total(BigDecimal sales, BigDecimal freight, BigDecimal refunds, BigDecimal commission, BigDecimal net,
               int lineCount) {
        this.sales = sales;
        this.freight = freight;
        this.refunds = refunds;
        this.commission = commission;
        this.net = net;
        this.lineCount = lineCount;
    }

    /** Finance paid the net to the merchant (bank transfer) and records it with its reference. */
    void paidOut(String reference, long financeId, Instant now) {
        if (status != SettlementStatus.OPEN) {
            throw new BusinessRuleException("INVALID_STATE", "Statement " + statementNo + " is paid out already");
        }
        status = SettlementStatus.PAID_OUT;
        payoutReference = reference;
        paidOutBy = financeId;
        paidOutAt = now;
    }

    private Money money(BigDecimal amount) {
        return Money.of(amount, Currency.getInstance(currency));
    }

    public Long getId() {
        return id;
    }

    public String getStatementNo() {
        return statementNo;
    }

    public long getMerchantId() {
        return merchantId;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public Money getSales() {
        return money(sales);
    }

    public Money getFreight() {
        return money(freight);
    }

    public Money getRefunds() {
        return money(refunds);
    }

    public Money getCommission() {
        return money(commission);
    }

    public Money getNet() {
        return money(net);
    }

    public int getLineCount() {
        return lineCount;
    }

    public SettlementStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public Instant getPaidOutAt() {
        return paidOutAt;
    }

    public Long getPaidOutBy() {
        return paidOutBy;
    }

    public String getPayoutReference() {
        return payoutReference;
    }

    public List<SettlementLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
