package org.emporium.shipping;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.Money;

/**
 * Freight for checkout (运费): what a merchant's parcel costs by a shipping method to a destination, and which
 * methods can deliver there. Uses the merchant's default {@link FreightTemplate}; a merchant without one gets the
 * {@link Freight#platformDefault() platform default} (standard and express anywhere in mainland China), so
 * checkout never fails for want of a template. The rules themselves are in {@link Freight}.
 */
@Stateless
public class ShippingRates {

    @PersistenceContext
    EntityManager em;

    /**
     * The freight for one merchant's parcel.
     *
     * @param weightGrams the parcel's total weight (sum of SKU weight × quantity), at least 0
     * @param itemsTotal  what the buyer pays for the merchant's items, for the free-shipping threshold
     * @throws BusinessRuleException {@code SHIPPING_UNAVAILABLE} when the method cannot deliver there,
     *                               {@code VALIDATION} for a negative weight
     */
    public Money freight(long merchantId, ShippingMethod method, Destination to, int weightGrams, Money itemsTotal) {
        if (weightGrams < 0) {
            throw new BusinessRuleException("VALIDATION", "A parcel's weight cannot be negative");
        }
        return Freight.fee(templateOf(merchantId), method, to, weightGrams, itemsTotal)
                .orElseThrow(() -> new BusinessRuleException("SHIPPING_UNAVAILABLE", "Shipping method '"
                        + method.code() + "' cannot deliver to " + describe(to)));
    }

    /** The methods that can deliver this merchant's parcels to the destination (possibly none, e.g. abroad). */
    public List<ShippingMethod> methodsFor(long merchantId, Destination to) {
        return Freight.methods(templateOf(merchantId), to);
    }

    /** The merchant's default template, or the platform default when it has none. */
    FreightTemplate templateOf(long merchantId) {
        return em.createNamedQuery("FreightTemplate.defaultOf", FreightTemplate.class)
                .setParameter("merchant", merchantId).getResultStream().findFirst()
                .orElseGet(Freight::platformDefault);
    }

    private static String describe(Destination to) {
        return String.join(" ", to.country(), to.province(), to.city()).trim();
    }
}
