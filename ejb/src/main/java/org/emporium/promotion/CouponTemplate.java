package org.emporium.promotion;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.HashSet;
import java.util.Set;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.Money;

/**
 * 优惠券模板: what its coupons take off and where, how they are issued, how many in all and per member, and how long
 * each is valid (a fixed window, or so many days from issue). Counts what was issued and used and the discount
 * given, for the usage statistics. Issuing locks the template, so the quantity is never exceeded.
 */
@Entity
@Table(name = "coupon_template")
public class CouponTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, updatable = false)
    private String name;

    @Column(name = "name_en", nullable = false, updatable = false)
    private String nameEn;

    @Column(name = "merchant_id", updatable = false)
    private Long merchantId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "coupon_template_category", joinColumns = @JoinColumn(name = "template_id"))
    @Column(name = "category_id")
    private Set<Long> categoryIds = new HashSet<>();

    @Column(name = "amount_off", precision = 19, scale = 2, updatable = false)
    private BigDecimal amountOff;

    @Column(name = "rate", precision = 5, scale = 4, updatable = false)
    private BigDecimal rate;

    @Column(name = "cap", precision = 19, scale = 2, updatable = false)
    private BigDecimal cap;

    @Column(name = "minimum", precision = 19, scale = 2, updatable = false)
    private BigDecimal minimum;

    @Column(name = "free_shipping", nullable = false, updatable = false)
    private boolean freeShipping;

    @Enumerated(EnumType.STRING)
    @Column(name = "issuance", nullable = false, updatable = false)
    private CouponIssuance issuance;

    @Column(name = "spend_threshold", precision = 19, scale = 2, updatable = false)
    private BigDecimal spendThreshold;

    @Column(name = "points_price", updatable = false)
    private Integer pointsPrice;

    @Column(name = "quantity", updatable = false)
    private Integer quantity;

    @Column(name = "per_member", nullable = false, updatable = false)
    private int perMember;

    @Column(name = "issued", nullable = false)
    private int issued;

    @Column(name = "used", nullable = false)
    private int used;

    @Column(name = "discount_given", nullable = false, precision = 19, scale = 2)
    private BigDecimal discountGiven = new BigDecimal("0.00");

    @Column(name = "valid_from", updatable = false)
    private Instant validFrom;

    @Column(name = "valid_to", updatable = false)
    private Instant validTo;

    @Column(name = "valid_days", updatable = false)
    private Integer validDays;

    @Column(name = "issue_from", nullable = false, updatable = false)
    private Instant issueFrom;

    @Column(name = "issue_to", nullable = false)
    private Instant issueTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PromotionStatus status;

    @Column(name = "currency", nullable = false, updatable = false)
    private String currency;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CouponTemplate() {
        // for JPA
    }

    CouponTemplate(CouponTemplateDraft draft, Long merchantId, long createdBy, Instant now) {
        if (draft.freeShipping) {
            if (draft.amountOff != null || draft.rate != null || !draft.categoryIds.isEmpty()) {
                throw new BusinessRuleException("VALIDATION",
                        "A free-shipping coupon waives a shop's freight: no amount, percentage or categories");
            }
        } else if ((draft.amountOff == null) == (draft.rate == null)) {
            throw new BusinessRuleException("VALIDATION", "A coupon takes off an amount or a percentage — one of them");
        }
        if ((draft.validDays == null) == (draft.validFrom == null || draft.validTo == null)) {
            throw new BusinessRuleException("VALIDATION",
                    "A coupon is valid either from a day to a day, or for so many days from issue");
        }
        if (draft.validTo != null && !draft.validTo.isAfter(draft.validFrom)) {
            throw new BusinessRuleException("VALIDATION", "A coupon's validity ends after it starts");
        }
        if (!draft.issueTo.isAfter(draft.issueFrom) || !draft.issueTo.isAfter(now)) {
            throw new BusinessRuleException("VALIDATION", "The issue window ends after it starts, and in the future");
        }
        if ((draft.issuance == CouponIssuance.SPEND) != (draft.spendThreshold != null)) {
            throw new BusinessRuleException("VALIDATION",
                    "A coupon given on reaching a spend has a spend threshold, and only such a coupon");
        }
        if ((draft.issuance == CouponIssuance.POINTS) != (draft.pointsPrice != null)) {
            throw new BusinessRuleException("VALIDATION",
                    "A coupon exchanged for points has a points price, and only such a coupon");
        }
        this.name = draft.name.strip();
        this.nameEn = draft.nameEn == null || draft.nameEn.isBlank() ? this.name : draft.nameEn.strip();
        this.merchantId = merchantId;
        this.categoryIds = new HashSet<>(draft.categoryIds);
        this.amountOff = draft.amountOff;
        this.rate = draft.rate;
        this.cap = draft.cap;
        this.minimum = draft.minimum;
        this.freeShipping = draft.freeShipping;
        this.issuance = draft.issuance;
        this.spendThreshold = draft.spendThreshold;
        this.pointsPrice = draft.pointsPrice;
        this.quantity = draft.quantity;
        this.perMember = draft.perMember;
        this.validFrom = draft.validFrom;
        this.validTo = draft.validTo;
        this.validDays = draft.validDays;
        this.issueFrom = draft.issueFrom;
        this.issueTo = draft.issueTo;
        this.status = PromotionStatus.ACTIVE;
        this.currency = Money.BASE_CURRENCY.getCurrencyCode();
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        if (!freeShipping) {
            try {
                offer(0L); // the engine accepts its terms, or it is not made
            } catch (IllegalArgumentException e) {
                throw new BusinessRuleException("VALIDATION", e.getMessage());
            }
        }
    }

    /** The window a coupon issued at {@code issuedAt} is valid in. */
    Instant[] validity(Instant issuedAt) {
        if (validDays != null) {
            return new Instant[] {issuedAt, issuedAt.plus(Duration.ofDays(validDays))};
        }
        return new Instant[] {validFrom, validTo};
    }

    /**
     * One more coupon of this template goes to a member who holds {@code held} of it already: refused past the
     * quantity, the per-member limit, the issue window or while paused.
     */
    /** Whether one more may go to a member who holds {@code held}: what {@link #issueOne} would allow. */
    boolean issuable(int held, Instant now) {
        return status == PromotionStatus.ACTIVE && !now.isBefore(issueFrom) && now.isBefore(issueTo)
                && (quantity == null || issued < quantity) && held < perMember;
    }

    void issueOne(int held, Instant now) {
        if (status != PromotionStatus.ACTIVE || now.isBefore(issueFrom) || !now.isBefore(issueTo)) {
            throw new BusinessRuleException("COUPON_NOT_ISSUED", "This coupon is not being given out now");
        }
        if (quantity != null && issued >= quantity) {
            throw new BusinessRuleException("COUPON_SOLD_OUT", "All of these coupons have been given out");
        }
        if (held >= perMember) {
            throw new BusinessRuleException("COUPON_LIMIT", "You already hold as many of these coupons as allowed");
        }
        issued++;
        updatedAt = now;
    }

    void usedFor(BigDecimal discount) {
        used++;
        discountGiven = discountGiven.add(discount);
    }

    void givenBack(BigDecimal discount) {
        used = Math.max(0, used - 1);
        discountGiven = discountGiven.subtract(discount).max(BigDecimal.ZERO);
    }

    /** What the pricing engine applies for a member's coupon {@code couponId} of this template. */
    public CouponOffer offer(long couponId) {
        Currency money = Currency.getInstance(currency);
        return new CouponOffer(couponId, name, nameEn, new Scope(merchantId, categoryIds, Set.of(), Set.of()),
                minimum == null ? null : Money.of(minimum, money),
                amountOff == null ? null : Money.of(amountOff, money), rate, cap == null ? null : Money.of(cap, money));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public Set<Long> getCategoryIds() {
        return Set.copyOf(categoryIds);
    }

    public BigDecimal getAmountOff() {
        return amountOff;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public BigDecimal getCap() {
        return cap;
    }

    public BigDecimal getMinimum() {
        return minimum;
    }

    public boolean isFreeShipping() {
        return freeShipping;
    }

    public CouponIssuance getIssuance() {
        return issuance;
    }

    public Integer getPointsPrice() {
        return pointsPrice;
    }

    public BigDecimal getSpendThreshold() {
        return spendThreshold;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public int getPerMember() {
        return perMember;
    }

    public int getIssued() {
        return issued;
    }

    public int getUsed() {
        return used;
    }

    public BigDecimal getDiscountGiven() {
        return discountGiven;
    }

    public Instant getIssueFrom() {
        return issueFrom;
    }

    public Instant getIssueTo() {
        return issueTo;
    }

    public PromotionStatus getStatus() {
        return status;
    }
}
