package org.emporium.cart.api;

import java.util.List;
import java.util.Map;
import org.emporium.cart.CartView;
import org.emporium.platform.api.MoneyView;

/** The cart as the API writes it: lines with current prices and availability, and the selected lines' total. */
public record CartBody(List<Line> lines, int selectedQuantity, Summary summary) {

    public record Line(long skuId, long productId, long merchantId, String merchantName, String name, String nameEn,
                       String specs, String image, MoneyView price, MoneyView priceWhenAdded, boolean priceChanged,
                       int quantity, int available, int purchaseLimit, boolean selected, String state,
                       MoneyView lineTotal) {
    }

    /** Items total of the selected, purchasable lines; shipping, tax and discounts come with the checkout quote. */
    public record Summary(MoneyView itemsTotal, MoneyView total, List<Map<String, Object>> discounts) {
    }

    public static CartBody of(CartView cart) {
        List<Line> lines = cart.lines().stream().map(l -> new Line(l.skuId(), l.productId(), l.merchantId(),
                l.merchantName(), l.name(), l.nameEn(), l.specLabel(), l.image(), MoneyView.of(l.unitPrice()),
                MoneyView.of(l.priceWhenAdded()), l.priceChanged(), l.quantity(), l.available(), l.purchaseLimit(),
                l.selected(), l.state().name(), MoneyView.of(l.lineTotal()))).toList();
        return new CartBody(lines, cart.selectedQuantity(), new Summary(MoneyView.of(cart.selectedTotal()),
                MoneyView.of(cart.selectedTotal()), List.of()));
    }
}
