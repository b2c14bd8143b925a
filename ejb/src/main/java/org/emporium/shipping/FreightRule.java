package org.emporium.shipping;

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
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.emporium.platform.Money;

/**
 * One line of a freight template (运费规则): for one shipping method and a set of provinces (or, with no
 * provinces, the default rule for everywhere else), the fee for the first weight (首重) and for each further step of
 * weight (续重). A rule can be marked as covered by the template's free-shipping threshold (包邮).
 */
@Entity
@Table(name = "freight_rule")
public class FreightRule {

    /** Separates provinces in the column. */
    static final String SEPARATOR = "|";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "template_id")
    private FreightTemplate template;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, length = 16)
    private ShippingMethod method;

    /** Full province names separated by "|"; null for the default rule. */
    @Column(name = "provinces", length = 1000)
    private String provinces;

    @Column(name = "first_weight_grams", nullable = false)
    private int firstWeightGrams;

    @Column(name = "first_fee", nullable = false, precision = 19, scale = 2)
    private BigDecimal firstFee;

    @Column(name = "additional_weight_grams", nullable = false)
    private int additionalWeightGrams;

    @Column(name = "additional_fee", nullable = false, precision = 19, scale = 2)
    private BigDecimal additionalFee;

    @Column(name = "free_shipping", nullable = false)
    private boolean freeShipping;

    protected FreightRule() {
        // for JPA
    }

    /**
     * A rule. {@code provinces} empty means the default rule of its method. Weights are in grams: the first
     * weight at least 1, the step at least 1; fees not negative, in the template's currency.
     */
    public FreightRule(ShippingMethod method, List<String> provinces, int firstWeightGrams, BigDecimal firstFee,
                       int additionalWeightGrams, BigDecimal additionalFee, boolean freeShipping) {
        if (firstWeightGrams < 1 || additionalWeightGrams < 1) {
            throw new IllegalArgumentException("The first weight and the weight step must be at least 1 g");
        }
        if (firstFee.signum() < 0 || additionalFee.signum() < 0) {
            throw new IllegalArgumentException("Freight fees cannot be negative");
        }
        this.method = method;
        this.provinces = provinces == null || provinces.isEmpty() ? null : String.join(SEPARATOR, provinces);
        this.firstWeightGrams = firstWeightGrams;
        this.firstFee = firstFee;
        this.additionalWeightGrams = additionalWeightGrams;
        this.additionalFee = additionalFee;
        this.freeShipping = freeShipping;
    }

    void attachTo(FreightTemplate template, int sortOrder) {
        this.template = template;
        this.sortOrder = sortOrder;
    }

    /** The fee for a parcel: first fee + ⌈(weight − first weight) / step⌉ × additional fee; never rounded. */
    public Money fee(int weightGrams, Currency currency) {
        if (weightGrams < 0) {
            throw new IllegalArgumentException("A weight cannot be negative: " + weightGrams);
        }
        long extra = Math.max(0, (long) weightGrams - firstWeightGrams);
        long steps = (extra + additionalWeightGrams - 1) / additionalWeightGrams;
        return Money.of(firstFee, currency).plus(Money.of(additionalFee, currency).times(steps));
    }

    /** True if this rule names the province (never for the default rule). */
    public boolean covers(String province) {
        return provinces != null && getProvinces().contains(province);
    }

    public boolean isDefaultRule() {
        return provinces == null;
    }

    public Long getId() {
        return id;
    }

    public ShippingMethod getMethod() {
        return method;
    }

    /** The provinces this rule names; empty for the default rule. */
    public List<String> getProvinces() {
        return provinces == null ? List.of() : Arrays.asList(provinces.split("\\" + SEPARATOR));
    }

    public int getFirstWeightGrams() {
        return firstWeightGrams;
    }

    public BigDecimal getFirstFee() {
        return firstFee;
    }

    public int getAdditionalWeightGrams() {
        return additionalWeightGrams;
    }

    public BigDecimal getAdditionalFee() {
        return additionalFee;
    }

    public boolean isFreeShipping() {
        return freeShipping;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
