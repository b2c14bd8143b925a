package org.emporium.membership.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.emporium.account.web.CurrentUser;
import org.emporium.membership.MemberLevel;
import org.emporium.membership.Membership;
import org.emporium.membership.Points;
import org.emporium.membership.PointsEntry;
import org.emporium.membership.PointsRules;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;
import org.emporium.platform.web.Language;
import org.emporium.platform.web.PagedRows;
import org.emporium.promotion.CouponTemplate;
import org.emporium.promotion.Coupons;
import org.emporium.promotion.web.PromotionTerms;
import org.primefaces.model.LazyDataModel;

/**
 * 我的积分 / 会员: the member's level and what it gives, growth towards the next level, the balance and what of it
 * expires soon, the day's sign-in (签到), coupons to exchange points for (积分兑换) and the points ledger a page at a
 * time.
 */
@Named
@ViewScoped
public class PointsPage implements Serializable {

    /** The warning window for points about to expire. */
    static final int EXPIRING_DAYS = 30;

    @Inject
    transient Points points;

    // the rules, not their @ConfigProperty values: config injection into a view-scoped bean breaks deployment
    @Inject
    transient PointsRules rules;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Language language;

    @Inject
    transient Coupons coupons;

    private Membership membership;
    private MemberLevel level;
    private MemberLevel nextLevel;
    private long expiring;
    private List<CouponTemplate> exchangeable = List.of();

    private final LazyDataModel<PointsEntry> ledger = new PagedRows<>(
            () -> points.ledgerSize(currentUser.getId()),
            (first, size) -> points.ledger(currentUser.getId(), first, size),
            e -> String.valueOf(e.getId()));

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        long member = currentUser.getId();
        membership = points.membership(member);
        level = points.level(member);
        nextLevel = points.levels().stream().filter(l -> l.getRank() > level.getRank()).findFirst().orElse(null);
        expiring = points.expiringWithin(member, EXPIRING_DAYS);
        exchangeable = coupons.exchangeable();
    }

    /** 签到: the day's points once; a second click the same day just says so. */
    public void signIn() {
        long awarded = points.signIn(currentUser.getId());
        if (awarded > 0) {
            Feedback.info("points.signIn.done", awarded);
        } else {
            Feedback.info("points.signIn.already");
        }
        reload();
    }

    /**
     * 兑换: one coupon for its points price; the balance, the ledger and what is left to exchange are read again,
     * whether it worked or another tab spent the points first.
     */
    public void exchange(long templateId) {
        try {
            CouponTemplate got = points.exchange(currentUser.getId(), templateId).getTemplate();
            Feedback.info("points.exchange.done", couponName(got), got.getPointsPrice());
        } catch (BusinessRuleException e) {
            Feedback.error(e);
        } catch (NotFoundException e) {
            Feedback.error("coupon.gone");
        }
        reload();
    }

    public String couponName(CouponTemplate t) {
        return language.isChinese() ? t.getName() : t.getNameEn();
    }

    /** What the coupon takes off, or 包邮券. */
    public String couponTerms(CouponTemplate t) {
        return PromotionTerms.of(t);
    }

    /** Whether the balance pays for it: the button says what is missing instead of failing on a click. */
    public boolean affordable(CouponTemplate t) {
        return t.getPointsPrice() != null && membership.getPoints() >= t.getPointsPrice();
    }

    public long missing(CouponTemplate t) {
        return t.getPointsPrice() == null ? 0 : Math.max(0, t.getPointsPrice() - membership.getPoints());
    }

    public List<CouponTemplate> getExchangeable() {
        return exchangeable;
    }

    public String levelName(MemberLevel l) {
        return language.isChinese() ? l.getName() : l.getNameEn();
    }

    /** What the level gives, in words: 会员价, points multiplier, free shipping, priority service. */
    public List<String> getBenefits() {
        List<String> benefits = new ArrayList<>();
        if (level.hasMemberPrice()) {
            BigDecimal rate = level.getDiscountRate();
            benefits.add(Feedback.text("points.benefit.memberPrice",
                    rate.movePointRight(1).stripTrailingZeros().toPlainString(),
                    rate.movePointRight(2).stripTrailingZeros().toPlainString()));
        }
        if (level.getPointsMultiplier().compareTo(BigDecimal.ONE) != 0) {
            benefits.add(Feedback.text("points.benefit.multiplier",
                    level.getPointsMultiplier().stripTrailingZeros().toPlainString()));
        }
        if (level.isFreeShipping()) {
            benefits.add(Feedback.text("points.benefit.freeShipping"));
        }
        if (level.isPriorityService()) {
            benefits.add(Feedback.text("points.benefit.prioritySupport"));
        }
        return benefits;
    }

    /** "100 积分 = ¥1，最多抵扣订单商品金额的 50%，每日签到 +5". */
    public String getRules() {
        return Feedback.text("points.rules", rules.pointsPerYuan(),
                rules.maxShare().movePointRight(2).stripTrailingZeros().toPlainString(), rules.forSignIn(),
                rules.forReview());
    }

    public String getBalanceWorth() {
        return rules.valueOf(membership.getPoints()).amountText();
    }

    /** How far the growth value is along to the next level, 0–100, for the progress bar. */
    public int getProgress() {
        if (nextLevel == null) {
            return 100;
        }
        long from = level.getMinGrowth();
        long span = Math.max(1, nextLevel.getMinGrowth() - from);
        return (int) Math.max(0, Math.min(100, (membership.getGrowth() - from) * 100 / span));
    }

    public long getToNextLevel() {
        return nextLevel == null ? 0 : Math.max(0, nextLevel.getMinGrowth() - membership.getGrowth());
    }

    public String reason(PointsEntry e) {
        return Feedback.text("points.reason." + e.getReason().name());
    }

    /** +5 / -5, as the ledger shows a movement. */
    public String signed(PointsEntry e) {
        return e.getPoints() > 0 ? "+" + e.getPoints() : String.valueOf(e.getPoints());
    }

    public Membership getMembership() {
        return membership;
    }

    public MemberLevel getLevel() {
        return level;
    }

    public MemberLevel getNextLevel() {
        return nextLevel;
    }

    public long getExpiring() {
        return expiring;
    }

    public int getExpiringDays() {
        return EXPIRING_DAYS;
    }

    public LazyDataModel<PointsEntry> getLedger() {
        return ledger;
    }
}
