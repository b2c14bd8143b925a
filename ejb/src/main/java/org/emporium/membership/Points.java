package org.emporium.membership;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.order.Order;
import org.emporium.order.OrderCancelled;
import org.emporium.order.OrderCompleted;
import org.emporium.order.OrderStatus;
import org.emporium.payment.RefundCompleted;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.Money;
import org.emporium.platform.NotFoundException;
import org.emporium.promotion.Coupon;
import org.emporium.promotion.Coupons;
import org.emporium.promotion.MemberPrice;
import org.emporium.promotion.Offer;

/**
 * Members' points and levels (会员体系). Every change of a balance is a ledger entry made with the member's row
 * locked, and unique by reason and reference, so an order earns once, a day's sign-in counts once, and two
 * checkouts at once never spend the same points. Growth moves with completed orders and refunds, and the level
 * follows it up and down.
 */
@Stateless
public class Points {

    @PersistenceContext
    EntityManager em;

    @Inject
    PointsRules rules;

    @Inject
    Coupons coupons;

    @Inject
    Enrolment enrolment;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "EMPORIUM_TIME_ZONE", defaultValue = "Asia/Shanghai")
    String timeZone;

    /** A member's standing; every account has one from its first use (普通会员, no points). */
    public Membership membership(long memberId) {
        Membership membership = em.find(Membership.class, memberId);
        return membership != null ? membership : enrol(memberId);
    }

    public MemberLevel level(long memberId) {
        return level(membership(memberId));
    }

    public MemberLevel level(Membership membership) {
        return em.find(MemberLevel.class, membership.getLevelCode());
    }

    /** 会员价: what the member's level takes off everything, for the pricing engine; none at a level without one. */
    public Optional<Offer> memberPrice(long memberId) {
        return memberPrice(level(memberId));
    }

    public static Optional<Offer> memberPrice(MemberLevel level) {
        return level.hasMemberPrice()
                ? Optional.of(new MemberPrice(level.getRank(), level.getName() + "价", level.getNameEn() + " price",
                        level.getDiscountRate()))
                : Optional.empty();
    }

    /**
     * 会员等级设置: a level's name, threshold and benefits. Thresholds rise with rank (the first level starts at 0),
     * and every member is regraded at once by their growth: members move up or down as the thresholds do.
     */
    public MemberLevel changeLevel(@NotNull String code, @NotNull @Valid LevelTerms terms) {
        MemberLevel level = em.find(MemberLevel.class, code, LockModeType.PESSIMISTIC_WRITE);
        if (level == null) {
            throw new NotFoundException("Member level " + code);
        }
        List<MemberLevel> all = levels();
        int at = all.indexOf(level);
        long below = at == 0 ? -1 : all.get(at - 1).getMinGrowth();
        Long above = at == all.size() - 1 ? null : all.get(at + 1).getMinGrowth();
        if (at == 0 ? terms.minGrowth != 0 : terms.minGrowth <= below || (above != null && terms.minGrowth >= above)) {
            throw new BusinessRuleException("VALIDATION", at == 0 ? "The first level starts at growth 0"
                    : "Growth thresholds rise with the level: between " + below + " and " + above + " (exclusive)");
        }
        level.apply(terms);
        em.flush();
        for (MemberLevel each : levels()) { // lowest first: each member ends at the highest level reached
            em.createQuery("UPDATE Membership m SET m.levelCode = :code WHERE m.growth >= :min")
                    .setParameter("code", each.getCode()).setParameter("min", each.getMinGrowth()).executeUpdate();
        }
        return level;
    }

    public List<MemberLevel> levels() {
        return em.createNamedQuery("MemberLevel.all", MemberLevel.class).getResultList();
    }

    /** The ledger, newest first. */
    public List<PointsEntry> ledger(long memberId, int first, int max) {
        return em.createQuery("SELECT e FROM PointsEntry e WHERE e.memberId = :member"
                        + " ORDER BY e.createdAt DESC, e.id DESC", PointsEntry.class)
                .setParameter("member", memberId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long ledgerSize(long memberId) {
        return em.createQuery("SELECT COUNT(e) FROM PointsEntry e WHERE e.memberId = :member", Long.class)
                .setParameter("member", memberId).getSingleResult();
    }

    /** Points that expire within {@code days} from now (what the account page warns about). */
    public long expiringWithin(long memberId, int days) {
        Instant now = clock.instant();
        Long expiring = em.createQuery("SELECT SUM(e.remaining) FROM PointsEntry e WHERE e.memberId = :member"
                        + " AND e.remaining > 0 AND e.expiresAt > :now AND e.expiresAt <= :until", Long.class)
                .setParameter("member", memberId).setParameter("now", now)
                .setParameter("until", now.plus(Duration.ofDays(days))).getSingleResult();
        return expiring == null ? 0 : expiring;
    }

    /** 签到: the day's points, once a day (in the shop's time zone); 0 when already signed in today. */
    public long signIn(long memberId) {
        String day = LocalDate.now(clock.withZone(ZoneId.of(timeZone))).toString();
        return credit(memberId, PointsReason.SIGN_IN, day, rules.forSignIn());
    }

    /** A review written earns its points once. */
    public long reviewed(long memberId, long reviewId) {
        return credit(memberId, PointsReason.REVIEW, "review:" + reviewId, rules.forReview());
    }

    /**
     * Pays with {@code points} for an order (in the checkout's transaction): taken from the credits that expire
     * first. Fewer points than that in the balance refuses the checkout (409 INSUFFICIENT_POINTS).
     */
    public void spend(long memberId, long points, String orderNo) {
        Membership membership = locked(memberId);
        if (membership.getPoints() < points) {
            throw new BusinessRuleException("INSUFFICIENT_POINTS", "You have " + membership.getPoints()
                    + " points, not " + points);
        }
        debit(membership, PointsReason.SPENT, orderNo, points);
    }

    /**
     * 积分兑换: a coupon for its points price — the coupon issued (within its quantity and per-member limit) and the
     * points taken in one transaction; too few points refuses it (409 INSUFFICIENT_POINTS) and nothing changes.
     */
    public Coupon exchange(long memberId, long templateId) {
        Membership membership = locked(memberId);
        Coupon coupon = coupons.exchange(memberId, templateId);
        long price = coupon.getTemplate().getPointsPrice();
        if (membership.getPoints() < price) {
            throw new BusinessRuleException("INSUFFICIENT_POINTS", "This coupon costs " + price + " points; you have "
                    + membership.getPoints());
        }
        debit(membership, PointsReason.EXCHANGED, "coupon:" + coupon.getId(), price);
        return coupon;
    }

    /** Points paid with on an order that was cancelled come back (fresh, with a full validity). */
    public void cancelled(@Observes OrderCancelled cancelled) {
        spentOn(cancelled.buyerId(), cancelled.orderNo()).ifPresent(spent -> credit(cancelled.buyerId(),
                PointsReason.RETURNED, cancelled.orderNo(), -spent.getPoints()));
    }

    /**
     * A completed order earns points (on what was paid for its goods, not on shipping, at the level's multiplier)
     * and growth value (whole yuan), and the level follows the growth.
     */
    public void completed(@Observes OrderCompleted completed) {
        Order order = order(completed.orderNo());
        if (order == null) {
            return;
        }
        Money paid = order.getItemsTotal().minus(order.getDiscountTotal()); // points paid are a discount too
        MemberLevel level = level(completed.buyerId());
        long earned = rules.earnedFor(paid, level.getPointsMultiplier());
        if (earned > 0) {
            credit(completed.buyerId(), PointsReason.ORDER, order.getNumber(), earned);
        }
        grow(completed.buyerId(), paid.amount().setScale(0, RoundingMode.DOWN).longValueExact());
    }

    /**
     * A refund of a completed order takes back the points earned on what was refunded and lowers growth (a level
     * may fall); a refund of an order still running gives back the points paid with on what was refunded. A refund
     * that comes with a cancellation is left to {@link #cancelled}.
     */
    public void refunded(@Observes RefundCompleted refund) {
        Order order = order(refund.orderNo());
        if (order == null || order.getStatus() == OrderStatus.CANCELLED) {
            return;
        }
        Money paid = order.getItemsTotal().minus(order.getDiscountTotal()); // what points and growth count
        if (paid.isZero()) {
            return;
        }
        BigDecimal share = new BigDecimal(refund.amount()).divide(paid.amount(), 10, RoundingMode.DOWN)
                .min(BigDecimal.ONE);
        Optional<PointsEntry> earned = entry(refund.buyerId(), PointsReason.ORDER, order.getNumber());
        if (earned.isPresent()) {
            long back = BigDecimal.valueOf(earned.get().getPoints()).multiply(share)
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
            Membership membership = locked(refund.buyerId());
            long taken = Math.min(back, membership.getPoints()); // what was spent meanwhile is not owed back
            if (taken > 0) {
                debit(membership, PointsReason.CLAWBACK, refund.refundNo(), taken);
            }
            grow(refund.buyerId(), -new BigDecimal(refund.amount()).setScale(0, RoundingMode.UP).longValueExact());
        }
        spentOn(refund.buyerId(), order.getNumber()).ifPresent(spent -> {
            long back = BigDecimal.valueOf(-spent.getPoints()).multiply(share).setScale(0, RoundingMode.DOWN)
                    .longValueExact();
            if (back > 0) {
                credit(refund.buyerId(), PointsReason.RETURNED, refund.refundNo(), back);
            }
        });
    }

    /**
     * Credits whose time is up lose what is left of them (one EXPIRED entry each); returns how many points
     * expired. Run by {@link PointsExpiry} and from the back office.
     */
    public long expire(Instant asOf, int max) {
        List<PointsEntry> due = em.createQuery("SELECT e FROM PointsEntry e WHERE e.expiresAt <= :asOf"
                        + " AND e.remaining > 0 ORDER BY e.memberId, e.id", PointsEntry.class)
                .setParameter("asOf", asOf).setMaxResults(max).getResultList();
        long expired = 0;
        for (PointsEntry credit : due) {
            Membership membership = locked(credit.getMemberId());
            PointsEntry fresh = em.find(PointsEntry.class, credit.getId(), LockModeType.PESSIMISTIC_WRITE);
            long left = fresh.getRemaining();
            if (left > 0) {
                fresh.take(left);
                membership.debit(left, clock.instant());
                em.persist(new PointsEntry(credit.getMemberId(), PointsReason.EXPIRED, "credit:" + credit.getId(),
                        -left, null, clock.instant()));
                expired += left;
            }
        }
        return expired;
    }

    private long credit(long memberId, PointsReason reason, String reference, long points) {
        Membership membership = locked(memberId);
        if (points <= 0 || entry(memberId, reason, reference).isPresent()) {
            return 0;
        }
        Instant now = clock.instant();
        em.persist(new PointsEntry(memberId, reason, reference, points, now.plus(rules.validFor()), now));
        membership.credit(points, now);
        return points;
    }

    /** Takes {@code points} from the member's credits, those expiring first first. */
    private void debit(Membership membership, PointsReason reason, String reference, long points) {
        long memberId = membership.getMemberId();
        Instant now = clock.instant();
        long left = points;
        for (PointsEntry credit : em.createQuery("SELECT e FROM PointsEntry e WHERE e.memberId = :member"
                        + " AND e.remaining > 0 ORDER BY e.expiresAt, e.id", PointsEntry.class)
                .setParameter("member", memberId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            left -= credit.take(left);
            if (left == 0) {
                break;
            }
        }
        if (left != 0) {
            throw new IllegalStateException("Member " + memberId + "'s credits do not add up to the balance");
        }
        membership.debit(points, now);
        em.persist(new PointsEntry(memberId, reason, reference, -points, null, now));
    }

    private void grow(long memberId, long by) {
        Membership membership = locked(memberId);
        membership.grow(by, clock.instant());
        levels().stream().filter(l -> l.getMinGrowth() <= membership.getGrowth())
                .reduce((lower, higher) -> higher).ifPresent(membership::reach);
    }

    /** The member's row, locked for the rest of the transaction: points move one checkout at a time. */
    private Membership locked(long memberId) {
        membership(memberId);
        return em.find(Membership.class, memberId, LockModeType.PESSIMISTIC_WRITE);
    }

    private Membership enrol(long memberId) {
        enrolment.enrol(memberId, levels().get(0).getCode(), clock.instant());
        // a locking read: this transaction's snapshot may be older than the row, which another one committed
        return em.find(Membership.class, memberId, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<PointsEntry> spentOn(long memberId, String orderNo) {
        return entry(memberId, PointsReason.SPENT, orderNo);
    }

    /** A locking read: it sees what a concurrent transaction committed, whatever this one read before. */
    private Optional<PointsEntry> entry(long memberId, PointsReason reason, String reference) {
        return em.createQuery("SELECT e FROM PointsEntry e WHERE e.memberId = :member AND e.reason = :reason"
                        + " AND e.reference = :reference", PointsEntry.class)
                .setParameter("member", memberId).setParameter("reason", reason).setParameter("reference", reference)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    private Order order(String orderNo) {
        return em.createNamedQuery("Order.byNo", Order.class).setParameter("no", orderNo).getResultStream()
                .findFirst().orElse(null);
    }
}
