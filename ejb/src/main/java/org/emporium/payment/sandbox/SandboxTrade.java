package org.emporium.payment.sandbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.emporium.platform.Money;

/**
 * A trade in the sandbox gateway's own books — what Alipay or a card acquirer keeps on its side: the shop's
 * reference, the amount, whether the payer paid, and the notification still owed to the shop. Only the last four
 * digits of a card are kept, as a real acquirer's receipt would show them.
 */
@Entity
@Table(name = "sandbox_trade")
@NamedQuery(name = "SandboxTrade.byNo", query = "SELECT t FROM SandboxTrade t WHERE t.tradeNo = :no")
@NamedQuery(name = "SandboxTrade.byRef", query = "SELECT t FROM SandboxTrade t WHERE t.merchantRef = :ref")
@NamedQuery(name = "SandboxTrade.notifyDue", query = "SELECT t.id FROM SandboxTrade t WHERE t.notifyDueAt <= :now"
        + " ORDER BY t.notifyDueAt")
public class SandboxTrade {

    /** WAIT_PAY until the payer acts; PAID and DECLINED are final, as is CLOSED (the shop closed or it expired). */
    public enum Status {
        WAIT_PAY,
        PAID,
        DECLINED,
        CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "trade_no", nullable = false, length = 32, updatable = false)
    private String tradeNo;

    @Column(name = "merchant_ref", nullable = false, length = 24, updatable = false)
    private String merchantRef;

    @Column(name = "method", nullable = false, length = 32, updatable = false)
    private String method;

    @Column(name = "subject", nullable = false, length = 200, updatable = false)
    private String subject;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "refunded", nullable = false, precision = 19, scale = 2)
    private BigDecimal refunded = BigDecimal.ZERO;

    @Column(name = "currency", nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "installments", nullable = false, updatable = false)
    private int installments;

    @Column(name = "status", nullable = false, length = 16)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;

    @Column(name = "card_last4", length = 4)
    private String cardLast4;

    @Column(name = "notify_url", nullable = false, length = 500, updatable = false)
    private String notifyUrl;

    @Column(name = "return_url", length = 500, updatable = false)
    private String returnUrl;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** When the next notification attempt is due; null when none is owed. */
    @Column(name = "notify_due_at")
    private Instant notifyDueAt;

    /** Copies of the notification still to deliver (a real gateway may deliver one event more than once). */
    @Column(name = "notify_copies", nullable = false)
    private int notifyCopies;

    @Column(name = "notify_attempts", nullable = false)
    private int notifyAttempts;

    @Column(name = "notify_error", length = 300)
    private String notifyError;

    @Version
    @Column(name = "version")
    private long version;

    protected SandboxTrade() {
        // for JPA
    }

    SandboxTrade(String tradeNo, String merchantRef, String method, String subject, Money amount, int installments,
                 String notifyUrl, String returnUrl, Instant now, Instant expiresAt) {
        this.tradeNo = tradeNo;
        this.merchantRef = merchantRef;
        this.method = method;
        this.subject = subject.length() <= 200 ? subject : subject.substring(0, 200);
        this.amount = amount.amount();
        this.currency = amount.currency().getCurrencyCode();
        this.installments = installments;
        this.notifyUrl = notifyUrl;
        this.returnUrl = returnUrl;
        this.createdAt = now;
        this.expiresAt = expiresAt;
        this.status = Status.WAIT_PAY;
    }

    boolean isOpen(Instant now) {
        return status == Status.WAIT_PAY && now.isBefore(expiresAt);
    }

    /** The payer acted: PAID or DECLINED, and the shop is owed {@code copies} notifications from {@code due}. */
    void finish(Status outcome, String cardLast4, Instant now, Instant due, int copies) {
        this.status = outcome;
        this.cardLast4 = cardLast4;
        this.finishedAt = now;
        this.notifyDueAt = due;
        this.notifyCopies = Math.max(1, copies);
        this.notifyAttempts = 0;
    }

    void close(Instant now) {
        this.status = Status.CLOSED;
        this.finishedAt = now;
    }

    /** Being sent now: not due again until {@code until}, unless the outcome is recorded first. */
    void leaseUntil(Instant until) {
        notifyDueAt = until;
    }

    /** One copy was delivered; the next one (if any) goes out right away. */
    void delivered(Instant now) {
        notifyCopies--;
        notifyError = null;
        notifyDueAt = notifyCopies > 0 ? now : null;
    }

    /** Delivery failed: try again later, giving up after {@code maxAttempts}, as real gateways do. */
    void failedDelivery(String error, Instant retryAt, int maxAttempts) {
        notifyAttempts++;
        notifyError = error == null || error.length() <= 300 ? error : error.substring(0, 300);
        notifyDueAt = notifyAttempts >= maxAttempts ? null : retryAt;
    }

    /** A notification is owed again (the payer pressed "notify the shop" on the result page, or a test asks). */
    void renotify(Instant now) {
        notifyDueAt = now;
        notifyCopies = Math.max(1, notifyCopies);
        notifyAttempts = 0;
    }

    void refunded(Money part) {
        refunded = refunded.add(part.amount());
    }

    public Long getId() {
        return id;
    }

    public String getTradeNo() {
        return tradeNo;
    }

    public String getMerchantRef() {
        return merchantRef;
    }

    public String getMethod() {
        return method;
    }

    public String getSubject() {
        return subject;
    }

    public Money getAmount() {
        return Money.of(amount, Currency.getInstance(currency));
    }

    public Money getRefunded() {
        return Money.of(refunded, Currency.getInstance(currency));
    }

    public int getInstallments() {
        return installments;
    }

    public Status getStatus() {
        return status;
    }

    public String getCardLast4() {
        return cardLast4;
    }

    public String getNotifyUrl() {
        return notifyUrl;
    }

    public String getReturnUrl() {
        return returnUrl;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Instant getNotifyDueAt() {
        return notifyDueAt;
    }

    public int getNotifyCopies() {
        return notifyCopies;
    }

    public int getNotifyAttempts() {
        return notifyAttempts;
    }
}
