package org.emporium.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import org.emporium.platform.BusinessRuleException;

/**
 * The platform's commission (佣金) from {@code effectiveFrom} on: for one category and everything under it, for one
 * merchant, for one merchant in one category, or — with neither — the standard rate. A later rate of the same
 * scope replaces an earlier one from its day; nothing is ever edited, so past statements stay explainable.
 */
@Entity
@Table(name = "commission_rate")
@NamedQuery(name = "CommissionRate.all", query = "SELECT r FROM CommissionRate r ORDER BY r.effectiveFrom, r.id")
public class CommissionRate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "merchant_id", updatable = false)
    private Long merchantId;

    @Column(name = "category_id", updatable = false)
    private Long categoryId;

    @Column(name = "rate", nullable = false, precision = 6, scale = 4, updatable = false)
    private BigDecimal rate;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CommissionRate() {
        // for JPA
    }

    public CommissionRate(Long merchantId, Long categoryId, BigDecimal rate, LocalDate effectiveFrom, Instant now) {
        if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0 || rate.scale() > 4) {
            throw new BusinessRuleException("VALIDATION", "A commission rate is a fraction from 0 to 0.9999");
        }
        if (effectiveFrom == null) {
            throw new BusinessRuleException("VALIDATION", "A commission rate needs the day it takes effect");
        }
        this.merchantId = merchantId;
        this.categoryId = categoryId;
        this.rate = rate.setScale(4, RoundingMode.UNNECESSARY);
        this.effectiveFrom = effectiveFrom;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
