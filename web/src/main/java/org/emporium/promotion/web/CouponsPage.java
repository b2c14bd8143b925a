package org.emporium.promotion.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import org.emporium.account.web.CurrentUser;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;
import org.emporium.platform.web.Language;
import org.emporium.promotion.Coupon;
import org.emporium.promotion.CouponTemplate;
import org.emporium.promotion.Coupons;

/** 领券中心 and 我的优惠券 in the account centre: claim what is on offer, see what one holds and used. */
@Named
@RequestScoped
public class CouponsPage {

    @Inject
    Coupons coupons;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @Inject
    Clock clock;

    public List<CouponTemplate> getOnOffer() {
        return coupons.claimable();
    }

    public List<Coupon> getHeld() {
        return coupons.held(currentUser.getId());
    }

    public void claim(long templateId) {
        try {
            coupons.claim(currentUser.getId(), templateId);
            Feedback.info("coupon.claimed");
        } catch (BusinessRuleException e) {
            Feedback.error(e);
        } catch (NotFoundException e) {
            Feedback.error("coupon.gone");
        }
    }

    /** Its state now: an unused coupon past its time shows as expired. */
    public String status(Coupon c) {
        return c.statusAt(clock.instant()).name();
    }

    public String name(CouponTemplate t) {
        return language.isChinese() ? t.getName() : t.getNameEn();
    }

    /** What it takes off, or 包邮券 with its minimum: a free-shipping coupon has no amount to show. */
    public String terms(CouponTemplate t) {
        return PromotionTerms.of(t);
    }
}
