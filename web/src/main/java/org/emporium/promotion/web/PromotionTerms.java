package org.emporium.promotion.web;

import java.util.stream.Collectors;
import org.emporium.platform.web.Feedback;
import org.emporium.promotion.CouponOffer;
import org.emporium.promotion.Offer;
import org.emporium.promotion.ThresholdReduction;
import org.emporium.promotion.TimedDiscount;

/**
 * A promotion's or coupon's terms in the reader's words: 8.5 折, 满 ¥200 减 ¥20 / 满 ¥300 减 ¥50, 每满 ¥100 减 ¥10（最多减
 * ¥30）, 满 ¥150 减 ¥12.
 */
public final class PromotionTerms {

    private PromotionTerms() {
    }

    public static String of(Offer offer) {
        if (offer instanceof TimedDiscount discount) {
            return rate(discount.rate());
        }
        if (offer instanceof CouponOffer coupon) {
            String off = coupon.amountOff() != null
                    ? Feedback.text("promotion.terms.couponAmount", coupon.amountOff().amountText())
                    : rate(coupon.rate()) + (coupon.cap() == null ? ""
                    : " " + Feedback.text("promotion.terms.cap", coupon.cap().amountText()));
            return coupon.minimum() == null ? off
                    : Feedback.text("promotion.terms.couponMinimum", coupon.minimum().amountText()) + " " + off;
        }
        ThresholdReduction reduction = (ThresholdReduction) offer;
        String tiers = reduction.tiers().stream().map(t -> Feedback.text(reduction.repeating()
                        ? "promotion.terms.every" : "promotion.terms.tier", t.threshold().amountText(),
                        t.reduction().amountText()))
                .collect(Collectors.joining(" / "));
        return reduction.cap() == null ? tiers
                : tiers + " " + Feedback.text("promotion.terms.cap", reduction.cap().amountText());
    }

    /** 8.5 折 / 85% of the price. */
    private static String rate(java.math.BigDecimal rate) {
        return Feedback.text("promotion.terms.discount", rate.movePointRight(1).stripTrailingZeros().toPlainString(),
                rate.movePointRight(2).stripTrailingZeros().toPlainString());
    }
}
