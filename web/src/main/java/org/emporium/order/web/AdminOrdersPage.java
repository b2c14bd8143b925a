package org.emporium.order.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.emporium.merchant.web.MerchantNames;
import org.emporium.order.Order;
import org.emporium.order.OrderSearch;
import org.emporium.order.OrderService;
import org.emporium.order.OrderStatus;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;
import org.emporium.platform.web.ShopTime;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

/**
 * 订单管理: orders in a lazy table the database sorts and pages — a merchant its own shop's, ADMIN, SERVICE and
 * FINANCE every shop's — filtered by status, order number and the days placed; the filtered list as CSV.
 */
@Named
@ViewScoped
public class AdminOrdersPage implements Serializable {

    /** At most this many rows in one export. */
    static final int EXPORT_MAX = 10_000;

    @Inject
    transient OrderService orders;

    @Inject
    transient StaffScope staffScope;

    @Inject
    transient ShopTime shopTime;

    @Inject
    transient MerchantNames merchantNames;

    @Inject
    transient FacesContext faces;

    @Inject
    transient org.emporium.shipping.web.BulkShipping bulkShipping;

    @Inject
    transient org.emporium.shipping.Shipments shipments;

    @Inject
    transient org.emporium.account.web.CurrentUser currentUser;

    @Inject
    transient jakarta.security.enterprise.SecurityContext security;

    private String bulkCarrier = "sandbox-express";

    private Long scope;
    private boolean allShops;
    private OrderStatus status;
    private String orderNo;
    private LocalDate placedFrom;
    private LocalDate placedTo;
    private String sortBy;
    private boolean ascending;

    private final LazyDataModel<Order> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) orders.count(search());
        }

        @Override
        public List<Order> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            SortMeta by = sort.values().stream().filter(SortMeta::isActive).findFirst().orElse(null);
            sortBy = by == null ? null : by.getField();
            ascending = by != null && by.getOrder() == SortOrder.ASCENDING;
            return orders.search(search(), sortBy, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(Order order) {
            return order.getNumber();
        }

        @Override
        public Order getRowData(String rowKey) {
            return null;
        }
    };

    /** f:viewAction: whose orders the caller may see; an account that runs no shop may not use the page. */
    public void open() throws IOException {
        if (faces.getResponseComplete()) {
            return;
        }
        try {
            scope = staffScope.orders();
        } catch (NotFoundException e) {
            faces.getExternalContext().responseSendError(403, "Forbidden");
            faces.responseComplete();
            return;
        }
        allShops = scope == null;
    }

    /** The filters as OrderSearch takes them: days in the shop's time zone, "to" inclusive. */
    OrderSearch search() {
        Instant from = placedFrom == null ? null : placedFrom.atStartOfDay(shopTime.zone()).toInstant();
        Instant to = placedTo == null ? null : placedTo.plusDays(1).atStartOfDay(shopTime.zone()).toInstant();
        String no = orderNo == null || orderNo.isBlank() ? null : orderNo.trim();
        return new OrderSearch(scope, status, no, from, to);
    }

    /** Every order the table lists with its current filters and sort (all pages), one row each. */
    public StreamedContent getCsv() {
        OrderCsv csv = new OrderCsv();
        List<String> headers = new ArrayList<>(List.of(Feedback.text("admin.orders.no"),
                Feedback.text("admin.orders.placedAt"), Feedback.text("admin.orders.shop"),
                Feedback.text("admin.orders.status"), Feedback.text("admin.orders.items"),
                Feedback.text("checkout.itemsTotal"), Feedback.text("checkout.shippingFee"),
                Feedback.text("checkout.tax"), Feedback.text("admin.orders.total"),
                Feedback.text("checkout.shipping"), Feedback.text("admin.orders.recipient"),
                Feedback.text("admin.orders.province"), Feedback.text("admin.orders.city")));
        csv.row(headers);
        for (Order o : orders.search(search(), sortBy, ascending, 0, EXPORT_MAX)) {
            csv.row(List.of(o.getNumber(), shopTime.dateTime(o.getCreatedAt()), merchantNames.of(o.getMerchantId()),
                    Feedback.text("order.status." + o.getStatus().name()), String.valueOf(o.getItemCount()),
                    o.getItemsTotal().amountText(), o.getShippingFee().amountText(), o.getTaxTotal().amountText(),
                    o.getTotal().amountText(), Feedback.text("shipping.method." + o.getShippingMethod()),
                    o.getRecipient(), o.getProvince(), o.getCity()));
        }
        byte[] bytes = csv.bytes();
        return DefaultStreamedContent.builder().name("orders.csv").contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /** 批量发货: ships each row of the uploaded CSV that can ship, and says which rows could not and why. */
    public void bulkShip(org.primefaces.event.FileUploadEvent event) {
        if (!isShipper() || event.getFile() == null) {
            return;
        }
        org.emporium.shipping.web.BulkShipping.Result result = bulkShipping.ship(scope, bulkCarrier,
                event.getFile().getContent(), currentUser.getId(), org.emporium.platform.web.ShopAddress.of(faces));
        Feedback.info("ship.bulk.done", result.shipped().size());
        for (org.emporium.shipping.web.BulkShipping.Refused refused : result.refused()) {
            String key = "rule." + refused.error();
            String why = Feedback.text(key);
            Feedback.error("ship.bulk.refused", refused.line(), refused.orderNo(),
                    key.equals(why) ? refused.message() : why);
        }
    }

    /** Merchants and ADMIN ship; SERVICE and FINANCE only look. */
    public boolean isShipper() {
        return security.isCallerInRole("MERCHANT") || security.isCallerInRole("ADMIN");
    }

    public java.util.List<String> getCarriers() {
        return shipments.carrierNames();
    }

    public String getBulkCarrier() {
        return bulkCarrier;
    }

    public void setBulkCarrier(String bulkCarrier) {
        this.bulkCarrier = bulkCarrier;
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }

    public LazyDataModel<Order> getModel() {
        return model;
    }

    public boolean isAllShops() {
        return allShops;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public void setOrderNo(String orderNo) {
        this.orderNo = orderNo;
    }

    public LocalDate getPlacedFrom() {
        return placedFrom;
    }

    public void setPlacedFrom(LocalDate placedFrom) {
        this.placedFrom = placedFrom;
    }

    public LocalDate getPlacedTo() {
        return placedTo;
    }

    public void setPlacedTo(LocalDate placedTo) {
        this.placedTo = placedTo;
    }
}
