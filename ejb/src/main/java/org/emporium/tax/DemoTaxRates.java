package org.emporium.tax;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.emporium.catalog.Category;

/**
 * The demo shop's tax rates. Mainland prices include VAT (0% on top), but imported diapers (a classic
 * cross-border good) carry the 9.1% cross-border e-commerce tax (跨境电商综合税: 70% of 13% VAT), so checkout shows
 * a tax line; Hong Kong has no sales tax, and Singapore charges 9% GST on low-value imports. Demo mode only; does
 * nothing if any rate exists.
 */
@Stateless
public class DemoTaxRates {

    @PersistenceContext
    EntityManager em;

    @Inject
    TaxRates taxRates;

    /** Creates the demo rates if there are none. Returns how many were created. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int createRates() {
        if (!taxRates.all().isEmpty()) {
            return 0;
        }
        List<TaxRateDraft> rates = new ArrayList<>(List.of(
                new TaxRateDraft("CN", null, null, "0.0000", "增值税已含在价格中", "VAT included in prices"),
                new TaxRateDraft("HK", null, null, "0.0000", "香港无销售税", "No sales tax in Hong Kong"),
                new TaxRateDraft("SG", null, null, "0.0900", "新加坡商品及服务税", "Singapore GST")));
        em.createNamedQuery("Category.bySlug", Category.class).setParameter("slug", "diapers").getResultStream()
                .findFirst().ifPresent(diapers -> rates.add(new TaxRateDraft("CN", null, diapers.getId(), "0.0910",
                        "跨境电商综合税", "Cross-border e-commerce tax")));
        rates.forEach(taxRates::create);
        return rates.size();
    }
}
