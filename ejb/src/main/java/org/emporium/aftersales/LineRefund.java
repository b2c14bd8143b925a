package org.emporium.aftersales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.emporium.order.OrderLine;
import org.emporium.platform.Money;

/**
 * What an order line paid — its price less its share of the order's discounts, plus its tax — and so what returned
 * units of it give back: their share, rounded HALF_UP to the cent, except that the last units give whatever is
 * left, so the refunds of a line always sum exactly to what it paid and never more. Shipping is not refunded
 * per line.
 */
public record LineRefund(Money paid, int quantity) {

    public LineRefund {
        if (quantity <= 0 || paid.isNegative()) {
            throw new IllegalArgumentException("A line has a positive quantity and pays nothing negative");
        }
    }

    public static LineRefund of(OrderLine line) {
        return new LineRefund(line.getLineTotal().minus(line.getDiscount()).plus(line.getTax()), line.getQuantity());
    }

    /**
     * The refund for {@code units} more units, when {@code unitsBefore} units were refunded before for
     * {@code refundedBefore} in all.
     */
    public Money forUnits(int units, int unitsBefore, Money refundedBefore) {
        if (units <= 0 || unitsBefore < 0 || units + unitsBefore > quantity) {
            throw new IllegalArgumentException(units + " more units of a line of " + quantity + " (" + unitsBefore
                    + " refunded before)");
        }
        Money left = paid.minus(refundedBefore);
        if (units + unitsBefore == quantity) {
            return left;
        }
        Money share = paid.multiply(BigDecimal.valueOf(units).divide(BigDecimal.valueOf(quantity), 10,
                RoundingMode.HALF_UP), RoundingMode.HALF_UP);
        return share.amount().compareTo(left.amount()) > 0 ? left : share;
    }
}
