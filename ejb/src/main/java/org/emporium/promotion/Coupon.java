package org.emporium.promotion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.emporium.platform.BusinessRuleException;

/**
 * A coupon a member holds (我的优惠券): its template's terms, its own validity window and code, and — once a
 * checkout used it — which checkout and what it took off. A cancelled checkout gives it back while it is still valid.
 */
@Entity
@Table(name = "coupon")
@NamedQuery(name = "Coupon.heldOf", query = "SELECT COUNT(c) FROM Coupon c WHERE c.template.id = :template"
        + " AND c.ownerId = :owner")
@NamedQuery(name = "Coupon.usableOf", query = "SELECT c FROM Coupon c WHERE c.ownerId = :owner"
        + " AND c.status = :available AND c.validFrom <= :now AND c.validTo > :now ORDER BY c.validTo, c.id")
@NamedQuery(name = "Coupon.byCode", query = "SELECT c FROM Coupon c WHERE c.code = :code")
@NamedQuery(name = "Coupon.ofCheckout", query = "SELECT c FROM Coupon c WHERE c.checkoutNo = :checkout")
public class Coupon {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "template_id", updatable = false)
    private CouponTemplate template;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    /** The owner's n-th coupon of the template: unique, so a per-member limit holds under concurrent claims. */
    @Column(name = "seq", nullable = false, updatable = false)
    private int seq;

    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CouponStatus status;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private Instant validFrom;

    @Column(name = "valid_to", nullable = false, updatable = false)
    private Instant validTo;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "checkout_no")
    private String checkoutNo;

    @Column(name = "discount", precision = 19, scale = 2)
    private BigDecimal discount;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Coupon() {
        // for JPA
    }

    Coupon(CouponTemplate template, long ownerId, int seq, String code, Instant now) {
        this.template = template;
        this.ownerId = ownerId;
        this.seq = seq;
        this.code = code;
        this.status = CouponStatus.AVAILABLE;
        Instant[] window = template.validity(now);
        this.validFrom = window[0];
        this.validTo = window[1];
        this.issuedAt = now;
    }

    public boolean usableAt(Instant now) {
        return status == CouponStatus.AVAILABLE && !now.isBefore(validFrom) && now.isBefore(validTo);
    }

    /** A checkout took {@code amount} off with it. */
    void use(String checkout, BigDecimal amount, Instant now) {
        if (!usableAt(now)) {
            throw new BusinessRuleException("COUPON_NOT_APPLICABLE", "This coupon cannot be used now");
        }
        status = CouponStatus.USED;
        checkoutNo = checkout;
        discount = amount;
        usedAt = now;
        template.usedFor(amount);
    }

    /** The checkout's orders were cancelled: the coupon is the member's again, unless its time has passed. */
    void giveBack(Instant now) {
        if (status != CouponStatus.USED) {
            return;
        }
        template.givenBack(discount);
        status = now.isBefore(validTo) ? CouponStatus.AVAILABLE : CouponStatus.EXPIRED;
        checkoutNo = null;
        discount = null;
        usedAt = null;
    }

    /** Its state as the member sees it now: an unused coupon past its time is expired. */
    public CouponStatus statusAt(Instant now) {
        return status == CouponStatus.AVAILABLE && !now.isBefore(validTo) ? CouponStatus.EXPIRED : status;
    }

    public CouponOffer offer() {
        return template.offer(id);
    }

    public Long getId() {
        return id;
    }

    public CouponTemplate getTemplate() {
        return template;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getCode() {
        return code;
    }

    public CouponStatus getStatus() {
        return status;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidTo() {
        return validTo;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getCheckoutNo() {
        return checkoutNo;
    }

    public BigDecimal getDiscount() {
        return discount;
    }
}
