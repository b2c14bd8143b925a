package org.emporium.shipping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A freight template as a merchant submits it (运费模板): plain fields, because it is a form and an API body at
 * once. The rules that span rules (one default rule per method, a province once per method, known province names,
 * at least one way to deliver) are constraints here too, so a bad template is refused before anything is saved.
 */
public class FreightTemplateDraft {

    @NotBlank
    @Size(max = 64)
    public String name;

    @NotBlank
    @Size(max = 64)
    public String shipFromProvince;

    @NotBlank
    @Size(max = 64)
    public String shipFromCity;

    /** Items total from which rules marked {@code freeShipping} cost nothing (包邮门槛); null: never free. */
    @DecimalMin("0.00")
    @Digits(integer = 15, fraction = 2)
    public BigDecimal freeThreshold;

    /** Buyers may collect at the ship-from address (or {@link #pickupAddress}); always free. */
    public boolean pickupEnabled;

    @Size(max = 255)
    public String pickupAddress;

    /** The merchant's default template, the one checkout uses. A merchant's first template is always default. */
    public boolean isDefault;

    @Size(max = 60)
    public List<@NotNull @Valid RuleDraft> rules = new ArrayList<>();

    /** One rule: method, provinces (none: everywhere else), first weight and fee, weight step and fee per step. */
    public static class RuleDraft {
        @NotNull
        @Pattern(regexp = "^(standard|express|same-city)$", message = "{emporium.freight.method}")
        public String method;

        @Size(max = 34)
        public List<@NotBlank @Size(max = 64) String> provinces = new ArrayList<>();

        @Min(1)
        @Max(1_000_000)
        public int firstWeightGrams;

        @NotNull
        @DecimalMin("0.00")
        @Digits(integer = 15, fraction = 2)
        public BigDecimal firstFee;

        @Min(1)
        @Max(1_000_000)
        public int additionalWeightGrams;

        @NotNull
        @DecimalMin("0.00")
        @Digits(integer = 15, fraction = 2)
        public BigDecimal additionalFee;

        /** Covered by the template's free-shipping threshold. */
        public boolean freeShipping;

        public RuleDraft() {
        }

        public RuleDraft(String method, List<String> provinces, int firstWeightGrams, String firstFee,
                         int additionalWeightGrams, String additionalFee, boolean freeShipping) {
            this.method = method;
            this.provinces = new ArrayList<>(provinces);
            this.firstWeightGrams = firstWeightGrams;
            this.firstFee = new BigDecimal(firstFee);
            this.additionalWeightGrams = additionalWeightGrams;
            this.additionalFee = new BigDecimal(additionalFee);
            this.freeShipping = freeShipping;
        }

        boolean isDefaultRule() {
            return provinces == null || provinces.isEmpty();
        }
    }

    @AssertTrue(message = "{emporium.freight.province}")
    public boolean isShipFromProvinceKnown() {
        return shipFromProvince == null || shipFromProvince.isBlank()
                || Provinces.canonical(shipFromProvince).isPresent();
    }

    @AssertTrue(message = "{emporium.freight.province}")
    public boolean isRuleProvincesKnown() {
        return rules().stream().flatMap(r -> provinces(r).stream())
                .allMatch(p -> p == null || p.isBlank() || Provinces.canonical(p).isPresent());
    }

    @AssertTrue(message = "{emporium.freight.default.once}")
    public boolean isRuleDefaultOncePerMethod() {
        Set<String> seen = new HashSet<>();
        return rules().stream().filter(RuleDraft::isDefaultRule).allMatch(r -> seen.add(r.method));
    }

    @AssertTrue(message = "{emporium.freight.province.once}")
    public boolean isRuleProvinceOncePerMethod() {
        Set<String> seen = new HashSet<>();
        return rules().stream().allMatch(r -> provinces(r).stream()
                .map(p -> r.method + "/" + Provinces.canonical(p).orElse(p)).allMatch(seen::add));
    }

    @AssertTrue(message = "{emporium.freight.same.city}")
    public boolean isRuleSameCityEverywhere() {
        return rules().stream().noneMatch(r -> "same-city".equals(r.method) && !r.isDefaultRule());
    }

    @AssertTrue(message = "{emporium.freight.no.method}")
    public boolean isSomeMethodOffered() {
        return pickupEnabled || !rules().isEmpty();
    }

    private List<RuleDraft> rules() {
        return rules == null ? List.of() : rules.stream().filter(Objects::nonNull).toList();
    }

    private static List<String> provinces(RuleDraft rule) {
        return rule.provinces == null ? List.of() : rule.provinces;
    }

    /** True when every cross-rule check above holds (the field constraints are Bean Validation's business). */
    boolean consistent() {
        return isShipFromProvinceKnown() && isRuleProvincesKnown() && isRuleDefaultOncePerMethod()
                && isRuleProvinceOncePerMethod() && isRuleSameCityEverywhere() && isSomeMethodOffered();
    }
}
