package org.emporium.promotion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.emporium.platform.Money;

/**
 * 积分抵扣 as the pricing engine sees it: the shopper offers points worth {@code offered}; at most {@code maxShare} of
 * what the whole order's items cost by then (rounded down to the cent) is paid with them, split over the lines like
 * a coupon. How many points that is, is the checkout's business ({@code id} is the member's).
 */
public record PointsDeduction(long id, String name, String nameEn, Money offered, BigDecimal maxShare)
        implements Offer {

    public PointsDeduction {
        if (offered.isNegative() || offered.isZero()) {
            throw new IllegalArgumentException("Points worth nothing pay nothing");
        }
        if (maxShare.signum() <= 0 || maxShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("Points pay a share above 0 and at most all of an order: " + maxShare);
        }
    }

    @Override
    public Scope scope() {
        return Scope.platform();
    }

    @Override
    public PromotionKind kind() {
        return PromotionKind.POINTS;
    }

    /** What the points pay of items that cost {@code eligible}. */
    public Money deductionFor(Money eligible) {
        Money most = eligible.multiply(maxShare, RoundingMode.DOWN);
        return offered.compareTo(most) > 0 ? most : offered;
    }
}
