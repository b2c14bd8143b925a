package org.emporium.shipping;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.emporium.platform.Money;

/**
 * The freight calculation (运费计算), pure: no container, no database. For a template, a method, a destination, the
 * parcel's total weight and the items total:
 * <ul>
 *   <li>{@link ShippingMethod#PICKUP}: free when the template allows pickup, else unavailable;</li>
 *   <li>outside mainland China: unavailable (templates cover domestic deliveries);</li>
 *   <li>{@link ShippingMethod#SAME_CITY}: only when the destination city equals the ship-from city;</li>
 *   <li>the rule is the one naming the destination province (exact match on the full name), else the method's
 *       default rule; no rule: unavailable;</li>
 *   <li>free when the rule is covered by the threshold and the items total is at least the threshold;</li>
 *   <li>otherwise first fee + ⌈(weight − first weight) / step⌉ × additional fee (weights up to the first weight,
 *       zero included, pay the first fee). Fees are whole amounts of the currency's decimals, so nothing is
 *       rounded.</li>
 * </ul>
 */
public final class Freight {

    private Freight() {
    }

    /** The fee, or empty when the template cannot deliver by this method to this destination. */
    public static Optional<Money> fee(FreightTemplate template, ShippingMethod method, Destination to,
                                      int weightGrams, Money itemsTotal) {
        if (weightGrams < 0) {
            throw new IllegalArgumentException("A weight cannot be negative: " + weightGrams);
        }
        if (method == ShippingMethod.PICKUP) {
            return template.isPickupEnabled() ? Optional.of(Money.zero(template.getCurrency())) : Optional.empty();
        }
        if (!to.isDomestic()) {
            return Optional.empty();
        }
        if (method == ShippingMethod.SAME_CITY && !sameCity(template, to)) {
            return Optional.empty();
        }
        Optional<FreightRule> rule = template.ruleFor(method, to.province());
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        Money threshold = template.getFreeThreshold();
        if (threshold != null && rule.get().isFreeShipping() && itemsTotal.compareTo(threshold) >= 0) {
            return Optional.of(Money.zero(template.getCurrency()));
        }
        return Optional.of(rule.get().fee(weightGrams, template.getCurrency()));
    }

    /** The methods the template can deliver by to the destination, in {@link ShippingMethod} order. */
    public static List<ShippingMethod> methods(FreightTemplate template, Destination to) {
        Money none = Money.zero(template.getCurrency());
        return Arrays.stream(ShippingMethod.values()).filter(m -> fee(template, m, to, 0, none).isPresent()).toList();
    }

    private static boolean sameCity(FreightTemplate template, Destination to) {
        return !to.city().isEmpty() && to.city().equals(template.getShipFromCity())
                && to.province().equals(template.getShipFromProvince());
    }

    /**
     * The platform default (平台默认运费), used for a merchant that has no template yet, so checkout never fails
     * for that reason: standard delivery everywhere in mainland China at ¥10 for the first kilogram plus ¥5 per
     * further kilogram, express at ¥22 plus ¥12 per further kilogram, no free-shipping threshold, no same-city
     * delivery and no pickup (the platform knows no address to collect from).
     */
    public static FreightTemplate platformDefault() {
        FreightTemplateDraft d = new FreightTemplateDraft();
        d.name = "平台默认运费 / Platform default";
        d.shipFromProvince = "";
        d.shipFromCity = "";
        d.rules.add(new FreightTemplateDraft.RuleDraft("standard", List.of(), 1000, "10.00", 1000, "5.00", false));
        d.rules.add(new FreightTemplateDraft.RuleDraft("express", List.of(), 1000, "22.00", 1000, "12.00", false));
        return new FreightTemplate(null, d, Instant.EPOCH);
    }
}
