package org.emporium.promotion;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.account.MemberRegistered;
import org.emporium.merchant.Merchant;
import org.emporium.order.Order;
import org.emporium.order.OrderCancelled;
import org.emporium.order.OrderCompleted;
import org.emporium.order.OrderStatus;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;

/**
 * Coupons (优惠券): templates made by merchants (their shop's) and platform staff, coupons issued to members —
 * claimed in the coupon centre, handed out by staff — with the quantity and per-member limits held under concurrent
 * requests (the template is locked while one is issued; a member's n-th coupon of a template is unique), and the
 * coupons a member may use now.
 * A checkout uses one coupon (its code); when all the checkout's orders are cancelled it is given back.
 */
@Stateless
public class Coupons {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(Coupons.class.getName());

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

    /**
     * 积分兑换: one coupon of a POINTS template for the member; the caller takes the points in the same transaction
     * ({@code membership.Points#exchange}), so a coupon is never had without them.
     */
    public Coupon exchange(long memberId, long templateId) {
        CouponTemplate template = em.find(CouponTemplate.class, templateId, LockModeType.PESSIMISTIC_WRITE);
        if (template == null || template.getIssuance() != CouponIssuance.POINTS) {
            throw new NotFoundException("Coupon " + templateId);
        }
        return issue(template, memberId);
    }

    /**
     * 注册送券: a new member gets one of each registration coupon being given out now (those used up, none) — once
     * the account is there, in a transaction of its own: a sign-up neither waits for the coupon's lock nor fails
     * with it (on launch day every sign-up wants the same welcome coupon).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void registered(@Observes(during = TransactionPhase.AFTER_SUCCESS) MemberRegistered registered) {
        try {
            giveWhereIssuable(CouponIssuance.REGISTRATION, registered.accountId(), t -> true);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "No welcome coupon for new member " + registered.accountId());
            throw e;
        }
    }

    /**
     * 消费满额赠送: a completed order at or above a spend coupon's threshold (what the buyer paid for it, and of its
     * shop for a shop's coupon) gives its buyer one, within the coupon's per-member limit.
     */
    public void completed(@Observes OrderCompleted completed) {
        Order order = em.createNamedQuery("Order.byNo", Order.class).setParameter("no", completed.orderNo())
                .getResultStream().findFirst().orElse(null);
        if (order != null) {
            giveWhereIssuable(CouponIssuance.SPEND, order.getBuyerId(), t -> (t.getMerchantId() == null
                    || t.getMerchantId().equals(order.getMerchantId()))
                    && order.getTotal().amount().compareTo(t.getSpendThreshold()) >= 0);
        }
    }

    private void giveWhereIssuable(CouponIssuance issuance, long memberId, Predicate<CouponTemplate> applies) {
        Instant now = clock.instant();
        // locked in id order, as every issuance locks them
        for (Long id : beingGivenOut(issuance).stream().map(CouponTemplate::getId).sorted().toList()) {
            CouponTemplate template = em.find(CouponTemplate.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (applies.test(template) && template.issuable(heldOf(template, memberId), now)) {
                issue(template, memberId);
            }
        }
    }

    private int heldOf(CouponTemplate template, long memberId) {
        return em.createNamedQuery("Coupon.heldOf", Long.class).setParameter("template", template.getId())
                .setParameter("owner", memberId).getSingleResult().intValue();
    }

    /** The member's coupons usable now, soonest to expire first. */
    public List<Coupon> usable(long memberId) {
        return em.createNamedQuery("Coupon.usableOf", Coupon.class).setParameter("owner", memberId)
                .setParameter("available", CouponStatus.AVAILABLE).setParameter("now", clock.instant())
                .getResultList();
    }

    /** The member's coupon with this code, if usable now; COUPON_NOT_APPLICABLE otherwise (or another's). */
    public Coupon usableByCode(long memberId, String code) {
        Coupon coupon = em.createNamedQuery("Coupon.byCode", Coupon.class).setParameter("code", code.strip())
                .getResultStream().findFirst().orElse(null);
        if (coupon == null || coupon.getOwnerId() != memberId || !coupon.usableAt(clock.instant())) {
            throw new BusinessRuleException("COUPON_NOT_APPLICABLE", "This coupon cannot be used for this order");
        }
        return coupon;
    }

    /**
     * A checkout used the coupon and took {@code discount} off with it: in the placing transaction, the coupon
     * locked, so that two checkouts racing with one coupon never both pass.
     */
    public void use(long couponId, String checkoutNo, java.math.BigDecimal discount) {
        Coupon coupon = em.find(Coupon.class, couponId, LockModeType.PESSIMISTIC_WRITE);
        em.lock(coupon.getTemplate(), LockModeType.PESSIMISTIC_WRITE);
        coupon.use(checkoutNo, discount, clock.instant());
    }

    /** When every order of the checkout that used a coupon is cancelled, the coupon is the member's again. */
    public void cancelled(@Observes OrderCancelled cancelled) {
        Order order = em.createNamedQuery("Order.byNo", Order.class).setParameter("no", cancelled.orderNo())
                .getResultStream().findFirst().orElse(null);
        if (order == null) {
            return;
        }
        boolean allCancelled = em.createNamedQuery("Order.ofCheckout", Order.class)
                .setParameter("checkout", order.getCheckoutNo()).getResultStream()
                .allMatch(o -> o.getStatus() == OrderStatus.CANCELLED);
        if (!allCancelled) {
            return;
        }
        for (Coupon coupon : em.createNamedQuery("Coupon.ofCheckout", Coupon.class)
                .setParameter("checkout", order.getCheckoutNo()).getResultList()) {
            em.lock(coupon, LockModeType.PESSIMISTIC_WRITE);
            em.lock(coupon.getTemplate(), LockModeType.PESSIMISTIC_WRITE);
            coupon.giveBack(clock.instant());
        }
    }

    /** What can be claimed in the coupon centre now, newest first. */
    public List<CouponTemplate> claimable() {
        return beingGivenOut(CouponIssuance.CLAIM);
    }

    /** What can be had for points now (积分商城), newest first. */
    public List<CouponTemplate> exchangeable() {
        return beingGivenOut(CouponIssuance.POINTS);
    }

    private List<CouponTemplate> beingGivenOut(CouponIssuance issuance) {
        Instant now = clock.instant();
        return em.createQuery("SELECT t FROM CouponTemplate t WHERE t.issuance = :issuance AND t.status = :active"
                        + " AND t.issueFrom <= :now AND t.issueTo > :now ORDER BY t.id DESC", CouponTemplate.class)
                .setParameter("issuance", issuance).setParameter("active", PromotionStatus.ACTIVE)
                .setParameter("now", now).getResultList();
    }

    /** 带动: the orders placed with a template's coupons and what they cost. */
    public record Driven(long orders, BigDecimal sales) {
        public static final Driven NONE = new Driven(0, new BigDecimal("0.00"));
    }

    /**
     * 带动订单 per template: the orders of the checkouts that used its coupons (for a shop's coupon, that shop's
     * orders only) and their totals; cancelled orders do not count, and a coupon given back drove nothing.
     */
    public Map<Long, Driven> driven(Collection<Long> templateIds) {
        if (templateIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Driven> driven = new HashMap<>();
        em.createQuery("SELECT c.template.id, COUNT(o), SUM(o.total) FROM Coupon c, Order o"
                        + " WHERE o.checkoutNo = c.checkoutNo AND c.status = :used AND o.status <> :cancelled"
                        + " AND (c.template.merchantId IS NULL OR o.merchantId = c.template.merchantId)"
                        + " AND c.template.id IN :ids GROUP BY c.template.id", Object[].class)
                .setParameter("used", CouponStatus.USED).setParameter("cancelled", OrderStatus.CANCELLED)
                .setParameter("ids", templateIds).getResultList()
                .forEach(row -> driven.put((Long) row[0], new Driven(((Number) row[1]).longValue(),
                        row[2] == null ? Driven.NONE.sales() : (BigDecimal) row[2])));
        return driven;
    }

    /** The member's coupons, usable first, then used and expired; newest first within each. */
    public List<Coupon> held(long memberId) {
        return em.createQuery("SELECT c FROM Coupon c WHERE c.ownerId = :owner ORDER BY c.status, c.id DESC",
                Coupon.class).setParameter("owner", memberId).getResultList();
    }

    /** Templates of the caller's shop (staff: all), newest first. */
    public List<CouponTemplate> templates(Long merchantScope) {
        return (merchantScope == null
                ? em.createQuery("SELECT t FROM CouponTemplate t ORDER BY t.id DESC", CouponTemplate.class)
                : em.createQuery("SELECT t FROM CouponTemplate t WHERE t.merchantId = :shop ORDER BY t.id DESC",
                        CouponTemplate.class).setParameter("shop", merchantScope)).getResultList();
    }

    private Coupon issue(CouponTemplate locked, long memberId) {
        Instant now = clock.instant();
        int held = heldOf(locked, memberId);
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
