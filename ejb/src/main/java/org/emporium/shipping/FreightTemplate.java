package org.emporium.shipping;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.Money;

/**
 * A merchant's freight template (运费模板): where parcels leave from, the free-shipping threshold, whether buyers
 * may collect, and the {@link FreightRule}s that price each shipping method by region and weight. Each merchant has
 * exactly one default template, the one checkout uses. Templates cover deliveries within mainland China.
 * The fee itself is computed by {@link Freight}.
 */
@Entity
@Table(name = "freight_template")
@NamedQuery(name = "FreightTemplate.ofMerchant",
        query = "SELECT t FROM FreightTemplate t WHERE t.merchantId = :merchant ORDER BY t.isDefault DESC, t.id")
@NamedQuery(name = "FreightTemplate.all",
        query = "SELECT t FROM FreightTemplate t ORDER BY t.merchantId, t.isDefault DESC, t.id")
@NamedQuery(name = "FreightTemplate.defaultOf",
        query = "SELECT t FROM FreightTemplate t WHERE t.merchantId = :merchant AND t.isDefault = TRUE")
public class FreightTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null only for the platform default, which is never stored. */
    @Column(name = "merchant_id", updatable = false)
    private Long merchantId;

    @Column(name = "name", nullable = false, length = 64)
    private String name;

    @Column(name = "ship_from_province", nullable = false, length = 64)
    private String shipFromProvince;

    @Column(name = "ship_from_city", nullable = false, length = 64)
    private String shipFromCity;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "free_threshold", precision = 19, scale = 2)
    private BigDecimal freeThreshold;

    @Column(name = "pickup_enabled", nullable = false)
    private boolean pickupEnabled;

    @Column(name = "pickup_address", length = 255)
    private String pickupAddress;

    @Column(name = "is_default", nullable = false)
    private boolean isDefault;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<FreightRule> rules = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected FreightTemplate() {
        // for JPA
    }

    /** A new template of a merchant (null: the platform default), filled from the draft. */
    public FreightTemplate(Long merchantId, FreightTemplateDraft draft, Instant now) {
        this.merchantId = merchantId;
        this.currency = Money.BASE_CURRENCY.getCurrencyCode();
        this.createdAt = now;
        apply(draft, now);
    }

    /**
     * Replaces the fields and rules with the draft's. The draft's field constraints are checked by Bean Validation
     * before this; the rules that span rules are checked again here, so no caller can store an inconsistent
     * template.
     */
    public void apply(FreightTemplateDraft draft, Instant now) {
        if (!draft.consistent()) {
            throw new BusinessRuleException("VALIDATION", "The freight template's rules are inconsistent");
        }
        this.name = draft.name.trim();
        this.shipFromProvince = Provinces.canonical(draft.shipFromProvince).orElse(draft.shipFromProvince.trim());
        this.shipFromCity = draft.shipFromCity.trim();
        this.freeThreshold = draft.freeThreshold;
        this.pickupEnabled = draft.pickupEnabled;
        this.pickupAddress = draft.pickupAddress == null || draft.pickupAddress.isBlank()
                ? null : draft.pickupAddress.trim();
        this.updatedAt = now;
        rules.clear();
        if (draft.rules != null) {
            for (FreightTemplateDraft.RuleDraft r : draft.rules) {
                List<String> provinces = r.provinces == null ? List.of()
                        : r.provinces.stream().map(p -> Provinces.canonical(p).orElse(p.trim())).distinct().toList();
                FreightRule rule = new FreightRule(ShippingMethod.fromCode(r.method), provinces, r.firstWeightGrams,
                        r.firstFee, r.additionalWeightGrams, r.additionalFee, r.freeShipping);
                rule.attachTo(this, rules.size());
                rules.add(rule);
            }
        }
    }

    void markDefault(boolean value) {
        this.isDefault = value;
    }

    /**
     * The rule that prices a method for a province: a rule naming the province, else the method's default rule;
     * empty when the method has no rule for it (not delivered there).
     */
    public Optional<FreightRule> ruleFor(ShippingMethod method, String province) {
        Optional<FreightRule> named = rules.stream().filter(r -> r.getMethod() == method && r.covers(province))
                .findFirst();
        return named.isPresent() ? named
                : rules.stream().filter(r -> r.getMethod() == method && r.isDefaultRule()).findFirst();
    }

    /** The draft that would recreate this template, for editing forms. */
    public FreightTemplateDraft toDraft() {
        FreightTemplateDraft d = new FreightTemplateDraft();
        d.name = name;
        d.shipFromProvince = shipFromProvince;
        d.shipFromCity = shipFromCity;
        d.freeThreshold = freeThreshold;
        d.pickupEnabled = pickupEnabled;
        d.pickupAddress = pickupAddress;
        d.isDefault = isDefault;
        for (FreightRule r : rules) {
            FreightTemplateDraft.RuleDraft rd = new FreightTemplateDraft.RuleDraft();
            rd.method = r.getMethod().code();
            rd.provinces = new ArrayList<>(r.getProvinces());
            rd.firstWeightGrams = r.getFirstWeightGrams();
            rd.firstFee = r.getFirstFee();
            rd.additionalWeightGrams = r.getAdditionalWeightGrams();
            rd.additionalFee = r.getAdditionalFee();
            rd.freeShipping = r.isFreeShipping();
            d.rules.add(rd);
        }
        return d;
    }

    public Long getId() {
        return id;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public String getName() {
        return name;
    }

    public String getShipFromProvince() {
        return shipFromProvince;
    }

    public String getShipFromCity() {
        return shipFromCity;
    }

    public Currency getCurrency() {
        return Currency.getInstance(currency);
    }

    /** The free-shipping threshold, or null when nothing ships free. */
    public Money getFreeThreshold() {
        return freeThreshold == null ? null : Money.of(freeThreshold, getCurrency());
    }

    public boolean isPickupEnabled() {
        return pickupEnabled;
    }

    public String getPickupAddress() {
        return pickupAddress;
    }

    public boolean isDefault() {
        return isDefault;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<FreightRule> getRules() {
        return Collections.unmodifiableList(rules);
    }
}
