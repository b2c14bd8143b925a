package org.emporium.cart;

import java.util.List;
import org.emporium.platform.Money;

/**
 * A cart as the shopper sees it now: every line with its current price and availability, and the total of the
 * selected lines that can be bought. Discounts, shipping and tax are the checkout quote's business.
 */
public record CartView(List<Line> lines, int selectedQuantity, Money selectedTotal) {

    public record Line(long skuId, long productId, long merchantId, String merchantName, String name, String nameEn,
                       String specLabel, String image, Money unitPrice, Money priceWhenAdded, int quantity,
                       int available, int purchaseLimit, boolean selected, LineState state, Money lineTotal) {

        public boolean priceChanged() {
            return !unitPrice.equals(priceWhenAdded);
        }

        /** "¥5.00 cheaper" is good news, "¥5.00 dearer" a warning: the difference current − when added. */
        public Money priceChange() {
            return unitPrice.minus(priceWhenAdded);
        }
    }

    public static CartView empty() {
        return new CartView(List.of(), 0, Money.zero(Money.BASE_CURRENCY));
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public int totalQuantity() {
        return lines.stream().mapToInt(Line::quantity).sum();
    }

    /** Selected lines that cannot be bought as they are (the checkout would refuse them). */
    public List<Line> selectedProblems() {
        return lines.stream().filter(l -> l.selected() && !l.state().purchasable()).toList();
    }
}
