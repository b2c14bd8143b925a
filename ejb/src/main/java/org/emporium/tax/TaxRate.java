package org.emporium.tax;

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
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.emporium.shipping.Destination;
import org.emporium.shipping.Provinces;

/**
 * A tax rate (税率) for goods sent to a country, optionally narrowed to a province and/or a category, e.g. 9.1%
 * cross-border e-commerce tax (跨境电商综合税) on one imported category. Rates are fractions (0.0910). When several
 * rates apply, the most specific wins: country+province+category, then country+category, then country+province,
 * then country alone ({@link #mostSpecific}).
 */
@Entity
@Table(name = "tax_rate")
@NamedQuery(name = "TaxRate.all", query = "SELECT r FROM TaxRate r ORDER BY r.country, r.province, r.categoryId, r.id")
@NamedQuery(name = "TaxRate.ofCountry", query = "SELECT r FROM TaxRate r WHERE r.country = :country")
public class TaxRate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "country", nullable = false, length = 2)
    private String country;

    @Column(name = "province", length = 64)
    private String province;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "rate", nullable = false, precision = 7, scale = 4)
    private BigDecimal rate;

    @Column(name = "label", nullable = false, length = 64)
    private String label;

    @Column(name = "label_en", nullable = false, length = 64)
    private String labelEn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected TaxRate() {
        // for JPA
    }

    public TaxRate(TaxRateDraft draft, Instant now) {
        apply(draft, now);
    }

    /** Replaces the fields with the draft's (already validated): country upper-case, full province names. */
    public void apply(TaxRateDraft draft, Instant now) {
        if (draft.rate == null || draft.rate.signum() < 0 || draft.rate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("A tax rate is a fraction from 0 to below 1: " + draft.rate);
        }
        this.country = draft.country.trim().toUpperCase(Locale.ROOT);
        String p = draft.province == null || draft.province.isBlank() ? null : draft.province.trim();
        this.province = p != null && Destination.CHINA.equals(country) ? Provinces.canonical(p).orElse(p) : p;
        this.categoryId = draft.categoryId;
        this.rate = draft.rate;
        this.label = draft.label.trim();
        this.labelEn = draft.labelEn.trim();
        this.updatedAt = now;
    }

    /** Whether this rate applies to goods of the category sent to the destination. */
    public boolean matches(Destination to, long category) {
        return country.equals(to.country())
                && (province == null || province.equals(to.province()))
                && (categoryId == null || categoryId == category);
    }

    /**
     * How specific the rate is: 3 country+province+category, 2 country+category, 1 country+province, 0 country.
     * A category is worth more than a province: goods-specific taxes (e.g. cross-border tax) override regional ones.
     */
    public int specificity() {
        return (categoryId != null ? 2 : 0) + (province != null ? 1 : 0);
    }

    /** The rate that applies to the category at the destination: the most specific match, if any. */
    public static Optional<TaxRate> mostSpecific(Collection<TaxRate> rates, Destination to, long category) {
        return rates.stream().filter(r -> r.matches(to, category))
                .max(Comparator.comparingInt(TaxRate::specificity)
                        .thenComparing(r -> r.id == null ? Long.MAX_VALUE : -r.id)); // ties: the oldest rate
    }

    /** Same country, province and category: two such rates would make the match ambiguous. */
    public boolean sameScopeAs(TaxRateDraft draft) {
        TaxRate other = new TaxRate(draft, updatedAt == null ? Instant.EPOCH : updatedAt);
        return country.equals(other.country) && Objects.equals(province, other.province)
                && Objects.equals(categoryId, other.categoryId);
    }

    public Long getId() {
        return id;
    }

    public String getCountry() {
        return country;
    }

    public String getProvince() {
        return province;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public String getLabel() {
        return label;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    /** The draft that would recreate this rate, for editing forms. */
    public TaxRateDraft toDraft() {
        TaxRateDraft d = new TaxRateDraft();
        d.country = country;
        d.province = province;
        d.categoryId = categoryId;
        d.rate = rate;
        d.label = label;
        d.labelEn = labelEn;
        return d;
    }
}
