package org.emporium.tax;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.emporium.catalog.Category;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.Money;
import org.emporium.platform.NotFoundException;
import org.emporium.shipping.Destination;

/**
 * Tax on goods (税费): the rate for a category at a destination, the tax on a line, and the admin's list of rates.
 * Prices in mainland China include VAT, so without a rate the tax is 0; rates exist for what is added on top,
 * e.g. cross-border e-commerce tax or a destination's sales tax.
 */
@Stateless
public class TaxRates {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The rate for goods of the category sent to the destination (most specific match, see TaxRate); 0 if none. */
    public BigDecimal rateFor(Destination to, long categoryId) {
        List<TaxRate> rates = em.createNamedQuery("TaxRate.ofCountry", TaxRate.class)
                .setParameter("country", to.country()).getResultList();
        return TaxRate.mostSpecific(rates, to, categoryId).map(TaxRate::getRate).orElse(BigDecimal.ZERO);
    }

    /**
     * The tax on one line: taxable amount × rate, rounded HALF_UP to the currency's decimals ({@link #taxOn(Money,
     * BigDecimal)}). Tax is computed one line at a time; an order's tax is the sum of its lines' taxes (never the
     * rate applied to the order total), so lines and total always agree.
     */
    public Money taxOn(Destination to, long categoryId, Money taxableAmount) {
        return taxOn(taxableAmount, rateFor(to, categoryId));
    }

    /** The pure rounding step: amount × rate, HALF_UP to the currency's decimals. */
    public static Money taxOn(Money taxableAmount, BigDecimal rate) {
        return taxableAmount.multiply(rate, RoundingMode.HALF_UP);
    }

    public List<TaxRate> all() {
        return em.createNamedQuery("TaxRate.all", TaxRate.class).getResultList();
    }

    public TaxRate get(long id) {
        TaxRate rate = em.find(TaxRate.class, id);
        if (rate == null) {
            throw new NotFoundException("Tax rate");
        }
        return rate;
    }

    public TaxRate create(@NotNull @Valid TaxRateDraft draft) {
        checkScope(draft, null);
        TaxRate rate = new TaxRate(draft, clock.instant());
        em.persist(rate);
        em.flush();
        return rate;
    }

    public TaxRate update(long id, @NotNull @Valid TaxRateDraft draft) {
        TaxRate rate = get(id);
        checkScope(draft, id);
        rate.apply(draft, clock.instant());
        em.flush();
        return rate;
    }

    private void checkScope(TaxRateDraft draft, Long self) {
        if (draft.categoryId != null && em.find(Category.class, draft.categoryId) == null) {
            throw new BusinessRuleException("UNKNOWN_CATEGORY", "There is no category " + draft.categoryId);
        }
        String country = draft.country.trim().toUpperCase(Locale.ROOT);
        boolean clash = em.createNamedQuery("TaxRate.ofCountry", TaxRate.class).setParameter("country", country)
                .getResultList().stream().anyMatch(r -> !r.getId().equals(self) && r.sameScopeAs(draft));
        if (clash) {
            throw new BusinessRuleException("TAX_RATE_EXISTS",
                    "A rate for this country, province and category exists already; edit that one");
        }
    }
}
