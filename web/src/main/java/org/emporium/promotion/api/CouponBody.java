package org.emporium.promotion.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.emporium.promotion.Coupon;
import org.emporium.promotion.CouponTemplate;
import org.emporium.promotion.Coupons;

/** Coupons as the API writes them: a template's terms and counts, and a member's coupon. */
public final class CouponBody {

    private CouponBody() {
    }

    /**
     * 优惠券模板 with its usage statistics: issued, used, discount given, and for staff the orders its coupons drove
     * (带动订单) with what they cost (null in the public coupon centre).
     */
    public record Template(long id, String name, String nameEn, Long merchantId, List<Long> categoryIds,
                           String amountOff, String rate, String cap, String minimum, boolean freeShipping,
                           String issuance, String spendThreshold, Integer pointsPrice, Integer quantity,
                           int perMember, int issued, int used, String discountGiven,
                           Instant issueFrom, Instant issueTo, String status, Long ordersDriven,
                           String salesDriven) {
        static Template of(CouponTemplate t) {
            return of(t, null);
        }

        static Template of(CouponTemplate t, Coupons.Driven driven) {
            return new Template(t.getId(), t.getName(), t.getNameEn(), t.getMerchantId(),
                    t.getCategoryIds().stream().sorted().toList(), text(t.getAmountOff()), text(t.getRate()),
                    text(t.getCap()), text(t.getMinimum()), t.isFreeShipping(), t.getIssuance().name(),
                    text(t.getSpendThreshold()), t.getPointsPrice(), t.getQuantity(),
                    t.getPerMember(), t.getIssued(), t.getUsed(), text(t.getDiscountGiven()), t.getIssueFrom(),
                    t.getIssueTo(), t.getStatus().name(), driven == null ? null : driven.orders(),
                    driven == null ? null : text(driven.sales()));
        }
    }

    /** A member's coupon: its code (for checkout's couponCode), terms, validity and state. */
    public record Held(long id, String code, long templateId, String name, String nameEn, Long merchantId,
                       String amountOff, String rate, String cap, String minimum, boolean freeShipping,
                       Instant validFrom, Instant validTo, String status, String checkoutNo, String discount) {
        static Held of(Coupon c, Instant now) {
            CouponTemplate t = c.getTemplate();
            return new Held(c.getId(), c.getCode(), t.getId(), t.getName(), t.getNameEn(), t.getMerchantId(),
                    text(t.getAmountOff()), text(t.getRate()), text(t.getCap()), text(t.getMinimum()),
                    t.isFreeShipping(), c.getValidFrom(), c.getValidTo(), c.statusAt(now).name(), c.getCheckoutNo(),
                    text(c.getDiscount()));
        }
    }

    private static String text(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
