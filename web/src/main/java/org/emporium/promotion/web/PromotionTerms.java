package org.emporium.promotion.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Collectors;
import org.emporium.platform.web.Feedback;
import org.emporium.promotion.BuyMoreGetFree;
import org.emporium.promotion.CouponIssuance;
import org.emporium.promotion.CouponOffer;
import org.emporium.promotion.CouponTemplate;
import org.emporium.promotion.FlashSale;
import org.emporium.promotion.Gift;
import org.emporium.promotion.Offer;
import org.emporium.promotion.Promotion;
import org.emporium.promotion.PromotionKind;
import org.emporium.promotion.ThresholdReduction;
import org.emporium.promotion.TieredPrice;
import org.emporium.promotion.TimedDiscount;

/**
 * A promotion's or coupon's terms in the reader's words: 8.5 折, 满 ¥200 减 ¥20 / 满 ¥300 减 ¥50, 每满 ¥100 减 ¥10（最多减
 * ¥30）, 满 ¥150 减 ¥12, 秒杀价 ¥99.00 · 限购 1 件, 3 件 9.5 折 · 5 件 9 折, 买 2 送 1, 满 ¥199.00 赠品 ×1, 包邮券（满 ¥99.00 可用）.
 */
public final class PromotionTerms {

    private PromotionTerms() {
    }

    /** A promotion's terms for the back office: a flash sale also says how much of its quota is sold. */
    public static String of(Promotion promotion) {
        String terms = of(promotion.offer());
        return promotion.getKind() == PromotionKind.FLASH_SALE && promotion.getQuota() != null
                ? terms + " · " + Feedback.text("promotion.terms.flashSold", promotion.getSold(), promotion.getQuota())
                : terms;
    }

    /** A coupon template's terms: a free-shipping one has no offer for the engine, only its minimum. */
    public static String of(CouponTemplate template) {
        if (template.isFreeShipping()) {
            return template.getMinimum() == null ? Feedback.text("promotion.terms.freeShipping")
                    : Feedback.text("promotion.terms.freeShippingMinimum", amount(template.getMinimum()));
        }
        return of(template.offer(0L));
    }

    /** How a template's coupons are had, in words: 积分兑换 · 500 积分, 消费满额赠送 · 订单满 ¥199.00 赠送. */
    public static String issuance(CouponTemplate template) {
        String how = Feedback.text("coupon.issuance." + template.getIssuance().name());
        if (template.getIssuance() == CouponIssuance.POINTS && template.getPointsPrice() != null) {
            return how + " · " + Feedback.text("coupon.issuance.detail.POINTS", template.getPointsPrice());
        }
        if (template.getIssuance() == CouponIssuance.SPEND && template.getSpendThreshold() != null) {
            return how + " · " + Feedback.text("coupon.issuance.detail.SPEND", amount(template.getSpendThreshold()));
        }
        return how;
    }

    public static String of(Offer offer) {
        if (offer instanceof TimedDiscount discount) {
            return rate(discount.rate());
        }
        if (offer instanceof TieredPrice tiered) {
            return tiered.tiers().stream().map(t -> Feedback.text("promotion.terms.quantityTier", t.minQuantity(),
                    rate(t.rate()))).collect(Collectors.joining(" · "));
        }
        if (offer instanceof BuyMoreGetFree buyMore) {
            return Feedback.text("promotion.terms.buyMoreGetFree", buyMore.buy(), buyMore.free());
        }
        if (offer instanceof FlashSale flash) {
            return Feedback.text("promotion.terms.flashPrice", flash.price().amountText()) + " · "
                    + Feedback.text("promotion.terms.perMember", flash.perMember());
        }
        if (offer instanceof Gift gift) {
            return gift.minimum().isZero() ? Feedback.text("promotion.terms.giftAny", gift.quantity())
                    : Feedback.text("promotion.terms.gift", gift.minimum().amountText(), gift.quantity());
        }
        if (offer instanceof CouponOffer coupon) {
            String off = coupon.amountOff() != null
                    ? Feedback.text("promotion.terms.couponAmount", coupon.amountOff().amountText())
                    : rate(coupon.rate()) + (coupon.cap() == null ? ""
                    : " " + Feedback.text("promotion.terms.cap", coupon.cap().amountText()));
            return coupon.minimum() == null ? off
                    : Feedback.text("promotion.terms.couponMinimum", coupon.minimum().amountText()) + " " + off;
        }
        if (!(offer instanceof ThresholdReduction reduction)) {
            return ""; // member prices and points are no one's terms to read; their names say it
        }
        String tiers = reduction.tiers().stream().map(t -> Feedback.text(reduction.repeating()
                        ? "promotion.terms.every" : "promotion.terms.tier", t.threshold().amountText(),
                        t.reduction().amountText()))
                .collect(Collectors.joining(" / "));
        return reduction.cap() == null ? tiers
                : tiers + " " + Feedback.text("promotion.terms.cap", reduction.cap().amountText());
    }

    private static String amount(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** 8.5 折 / 85% of the price. */
    private static String rate(java.math.BigDecimal rate) {
        return Feedback.text("promotion.terms.discount", rate.movePointRight(1).stripTrailingZeros().toPlainString(),
                rate.movePointRight(2).stripTrailingZeros().toPlainString());
    }
}
