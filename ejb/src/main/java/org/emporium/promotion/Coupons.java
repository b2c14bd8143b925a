package org.emporium.promotion;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.emporium.merchant.Merchant;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;

/**
 * Coupons (优惠券): templates made by merchants (their shop's) and platform staff, coupons issued to members —
 * claimed in the coupon centre, handed out by staff — with the quantity and per-member limits held under concurrent
 * requests (the template is locked while one is issued; a member's n-th coupon of a template is unique), and the
 * coupons a member may use now.
 *
 * <p>Work in progress (issue 8): use at checkout (request.couponCode → {@link Coupon#offer()} into the engine's
 * coupon stage; {@link Coupon#use} in the placing transaction; give back on cancellation), issuance on
 * registration and on reaching a spend, the best coupon offered at checkout, the API and pages.
 */
@Stateless
public class Coupons {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public CouponTemplate create(Long merchantScope, long actorId, @NotNull @Valid CouponTemplateDraft draft) {
        Long merchantId = merchantScope != null ? merchantScope : draft.merchantId;
        if (merchantId != null && em.find(Merchant.class, merchantId) == null) {
            throw new BusinessRuleException("VALIDATION", "No shop " + merchantId);
        }
        CouponTemplate template = new CouponTemplate(draft, merchantId, actorId, clock.instant());
        em.persist(template);
        em.flush();
        return template;
    }

    public CouponTemplate template(Long merchantScope, long id) {
        CouponTemplate template = em.find(CouponTemplate.class, id);
        if (template == null || (merchantScope != null && !merchantScope.equals(template.getMerchantId()))) {
            throw new NotFoundException("Coupon template " + id);
        }
        return template;
    }

    /** 领券: the member claims one coupon of a template in the coupon centre. */
    public Coupon claim(long memberId, long templateId) {
        CouponTemplate template = em.find(CouponTemplate.class, templateId, LockModeType.PESSIMISTIC_WRITE);
        if (template == null || template.getIssuance() != CouponIssuance.CLAIM) {
            throw new NotFoundException("Coupon " + templateId);
        }
        return issue(template, memberId);
    }

    /** 定向发放: staff hand one coupon of a MANUAL template to each of these members. */
    public List<Coupon> handOut(Long merchantScope, long templateId, List<Long> memberIds) {
        template(merchantScope, templateId);
        CouponTemplate template = em.find(CouponTemplate.class, templateId, LockModeType.PESSIMISTIC_WRITE);
        if (template.getIssuance() != CouponIssuance.MANUAL) {
            throw new BusinessRuleException("INVALID_STATE", "Only coupons for handing out are handed out");
        }
        return memberIds.stream().distinct().map(member -> issue(template, member)).toList();
    }

    /** The member's coupons usable now, soonest to expire first. */
    public List<Coupon> usable(long memberId) {
        return em.createNamedQuery("Coupon.usableOf", Coupon.class).setParameter("owner", memberId)
                .setParameter("available", CouponStatus.AVAILABLE).setParameter("now", clock.instant())
                .getResultList();
    }

    private Coupon issue(CouponTemplate locked, long memberId) {
        Instant now = clock.instant();
        int held = em.createNamedQuery("Coupon.heldOf", Long.class).setParameter("template", locked.getId())
                .setParameter("owner", memberId).getSingleResult().intValue();
        locked.issueOne(held, now);
        Coupon coupon = new Coupon(locked, memberId, held + 1, newCode(), now);
        em.persist(coupon);
        em.flush(); // the (template, member, n) key settles a race the lock did not see
        return coupon;
    }

    private static String newCode() {
        return "CP" + String.format("%016d", Math.abs(RANDOM.nextLong() % 10_000_000_000_000_000L));
    }
}
