package org.emporium.promotion;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.emporium.catalog.Category;

/**
 * The demo shop's promotions, running for a year from the first start: the official store's 满减 on everything
 * (满 199 减 20, 满 399 减 50), the second shop's 每满 100 减 10 (at most 50), and the platform's 限时 9 折 on tea.
 * Demo mode only; does nothing if any promotion exists.
 */
@Stateless
public class DemoPromotions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Promotions promotions;

    @Inject
    Clock clock;

    /** Creates the demo promotions if there are none; how many were created. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int createMissing(long[] merchantIds, long[] ownerIds, long adminId) {
        if (promotions.count(null, null, null) > 0) {
            return 0;
        }
        Instant now = clock.instant();
        PromotionDraft shopWide = draft(PromotionKind.THRESHOLD_REDUCTION, "店铺满减", "Store spend and save", now);
        shopWide.tiers.add(new PromotionDraft.TierDraft(new BigDecimal("199.00"), new BigDecimal("20.00")));
        shopWide.tiers.add(new PromotionDraft.TierDraft(new BigDecimal("399.00"), new BigDecimal("50.00")));
        promotions.create(merchantIds[0], ownerIds[0], shopWide);

        PromotionDraft every = draft(PromotionKind.THRESHOLD_REDUCTION, "每满 100 减 10", "Save 10 on every 100", now);
        every.tiers.add(new PromotionDraft.TierDraft(new BigDecimal("100.00"), new BigDecimal("10.00")));
        every.repeating = true;
        every.cap = new BigDecimal("50.00");
        promotions.create(merchantIds[1], ownerIds[1], every);

        List<Category> tea = em.createNamedQuery("Category.bySlug", Category.class).setParameter("slug", "tea")
                .getResultList();
        if (tea.isEmpty()) {
            return 2;
        }
        PromotionDraft teaSale = draft(PromotionKind.TIMED_DISCOUNT, "新茶限时 9 折", "New tea: 10% off", now);
        teaSale.rate = new BigDecimal("0.90");
        teaSale.categoryIds.add(tea.get(0).getId());
        promotions.create(null, adminId, teaSale);
        return 3;
    }

    private static PromotionDraft draft(PromotionKind kind, String name, String nameEn, Instant now) {
        PromotionDraft draft = new PromotionDraft();
        draft.kind = kind;
        draft.name = name;
        draft.nameEn = nameEn;
        draft.startsAt = now.minus(Duration.ofMinutes(1));
        draft.endsAt = now.plus(Duration.ofDays(365));
        return draft;
    }
}
