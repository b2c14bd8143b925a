package org.emporium.order.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.emporium.account.web.CurrentUser;
import org.emporium.order.Order;
import org.emporium.order.OrderLine;
import org.emporium.order.OrderService;
import org.emporium.platform.web.PagedRows;
import org.primefaces.model.LazyDataModel;

/** 我的订单: the shopper's orders by tab (全部, 待付款, 待发货, 已发货, 已完成, 已取消), newest first, page by page. */
@Named
@ViewScoped
public class MyOrdersPage implements Serializable {

    /** The tabs' codes as OrderStatus.ofTab knows them. */
    static final List<String> TABS = List.of("all", "unpaid", "to-ship", "shipped", "completed", "cancelled");

    @Inject
    transient OrderService orders;

    @Inject
    transient CurrentUser currentUser;

    private String tab = "all";
    private long buyer;

    private final LazyDataModel<Order> model = new PagedRows<>(() -> orders.countBuyerOrders(buyer, tab),
            (first, pageSize) -> orders.buyerOrders(buyer, tab, first, pageSize),
            Order::getNumber);

    public void open() {
        buyer = currentUser.getId();
    }

    public OrderLine firstLine(Order order) {
        return order.getLines().isEmpty() ? null : order.getLines().get(0);
    }

    public List<String> getTabs() {
        return TABS;
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = TABS.contains(tab) ? tab : "all";
    }

    public LazyDataModel<Order> getModel() {
        return model;
    }
}
