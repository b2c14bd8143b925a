package org.emporium.promotion;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.emporium.catalog.Category;
import org.emporium.catalog.Sku;
import org.emporium.inventory.Inventory;

/**
 * The demo shop's promotions, running for a year from the first start: the official store's 满减 on everything
 * (满 199 减 20, 满 399 减 50) and a 秒杀 on its cheapest SKU (half price, 20 units, one each), the second shop's
 * 每满 100 减 10 (at most 50) and quantity prices (3 件 95 折, 5 件 9 折), and the platform's 限时 9 折 on tea. And
 * coupons: the platform's 满 100 减 10 in the coupon centre, a ¥5 welcome coupon for every new member, a ¥5 coupon
 * for 500 points, and the official store's free-shipping coupon. Demo mode only; each set is made only if none of
 * its kind exists.
 */
@Stateless
public class DemoPromotions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Promotions promotions;

    @Inject
    Coupons coupons;

    @Inject
    Inventory inventory;

    @Inject
    Clock clock;

    /** Creates the demo promotions if there are none; how many were created. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int createMissing(long[] merchantIds, long[] ownerIds, long adminId) {
        int couponsMade = coupons.templates(null).isEmpty() ? createCoupons(merchantIds, ownerIds, adminId) : 0;
        if (promotions.count(null, null, null) > 0) {
            return couponsMade;
        }
        return couponsMade + createPromotions(merchantIds, ownerIds, adminId);
    }

    private int createCoupons(long[] merchantIds, long[] ownerIds, long adminId) {
        Instant now = clock.instant();
        CouponTemplateDraft centre = coupon("平台券 满 100 减 10", "¥10 off ¥100", CouponIssuance.CLAIM, now);
        centre.amountOff = new BigDecimal("10.00");
        centre.minimum = new BigDecimal("100.00");
        centre.quantity = 10_000;
        coupons.create(null, adminId, centre);
        CouponTemplateDraft welcome = coupon("新人券 ¥5", "¥5 welcome coupon", CouponIssuance.REGISTRATION, now);
        welcome.amountOff = new BigDecimal("5.00");
        welcome.minimum = new BigDecimal("20.00");
        coupons.create(null, adminId, welcome);
        CouponTemplateDraft forPoints = coupon("积分兑换 ¥5 券", "¥5 coupon for 500 points", CouponIssuance.POINTS,
                now);
        forPoints.amountOff = new BigDecimal("5.00");
        forPoints.pointsPrice = 500;
        forPoints.perMember = 5;
        coupons.create(null, adminId, forPoints);
        CouponTemplateDraft freight = coupon("官方旗舰店包邮券", "Official store free shipping",
                CouponIssuance.CLAIM, now);
        freight.freeShipping = true;
        freight.quantity = 1_000;
        coupons.create(merchantIds[0], ownerIds[0], freight);
        return 4;
    }

    private int createPromotions(long[] merchantIds, long[] ownerIds, long adminId) {
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

        PromotionDraft quantity = draft(PromotionKind.TIERED_PRICE, "多买优惠 3 件 95 折", "Buy 3, save 5%", now);
        quantity.quantityTiers.add(new PromotionDraft.QuantityTierDraft(3, new BigDecimal("0.95")));
        quantity.quantityTiers.add(new PromotionDraft.QuantityTierDraft(5, new BigDecimal("0.90")));
        promotions.create(merchantIds[1], ownerIds[1], quantity);
        int made = 3;

        List<Sku> cheapest = em.createQuery("SELECT s FROM Sku s WHERE s.product.merchantId = :merchant"
                        + " AND s.active = TRUE ORDER BY s.price, s.id", Sku.class)
                .setParameter("merchant", merchantIds[0]).setMaxResults(10).getResultList();
        for (Sku sku : cheapest) {
            int inStock = inventory.available(Set.of(sku.getId())).getOrDefault(sku.getId(), 0);
            BigDecimal half = sku.getPrice().amount().divide(new BigDecimal(2), 2, RoundingMode.HALF_UP);
            if (inStock >= 20 && half.signum() > 0) {
                PromotionDraft flash = draft(PromotionKind.FLASH_SALE, "秒杀 半价", "Flash sale: half price", now);
                flash.skuIds.add(sku.getId());
                flash.flashPrice = half;
                flash.quota = 20;
                flash.perMember = 1;
                promotions.create(merchantIds[0], ownerIds[0], flash);
                made++;
                break;
            }
        }

        List<Category> tea = em.createNamedQuery("Category.bySlug", Category.class).setParameter("slug", "tea")
                .getResultList();
        if (tea.isEmpty()) {
            return made;
        }
        PromotionDraft teaSale = draft(PromotionKind.TIMED_DISCOUNT, "新茶限时 9 折", "New tea: 10% off", now);
        teaSale.rate = new BigDecimal("0.90");
        teaSale.categoryIds.add(tea.get(0).getId());
        promotions.create(null, adminId, teaSale);
        return made + 1;
    }

    private static CouponTemplateDraft coupon(String name, String nameEn, CouponIssuance issuance, Instant now) {
        CouponTemplateDraft draft = new CouponTemplateDraft();
        draft.name = name;
        draft.nameEn = nameEn;
        draft.issuance = issuance;
        draft.validDays = 30;
        draft.issueFrom = now.minus(Duration.ofMinutes(1));
        draft.issueTo = now.plus(Duration.ofDays(365));
        return draft;
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
