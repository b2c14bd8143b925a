package org.emporium.order.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.emporium.account.web.CurrentUser;
import org.emporium.order.Order;
import org.emporium.order.OrderService;

/** After checkout: the orders it placed (one per shop), with their numbers, totals and the time to pay by. */
@Named
@RequestScoped
public class PlacedPage {

    @Inject
    OrderService orderService;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    private String checkout;
    private List<Order> orders = List.of();

    public void load() throws IOException {
        orders = checkout == null || !checkout.matches("\\d{1,20}") ? List.of()
                : orderService.checkoutOrders(currentUser.getId(), checkout);
        if (orders.isEmpty()) {
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    public String getCheckout() {
        return checkout;
    }

    public void setCheckout(String checkout) {
        this.checkout = checkout;
    }

    public List<Order> getOrders() {
        return orders;
    }

    /** The placed orders' numbers, comma-separated, for the cashier page. */
    public String getOrderList() {
        return String.join(",", orders.stream().map(Order::getNumber).toList());
    }

    public String getGrandTotal() {
        return orders.stream().map(Order::getTotal).reduce((a, b) -> a.plus(b)).map(m -> m.amountText()).orElse("");
    }
}
