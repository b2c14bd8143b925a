package org.emporium.aftersales.web;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.emporium.account.web.CurrentUser;
import org.emporium.aftersales.AfterSales;
import org.emporium.aftersales.AfterSalesApplication;
import org.emporium.aftersales.AfterSalesReason;
import org.emporium.aftersales.AfterSalesRequest;
import org.emporium.aftersales.AfterSalesType;
import org.emporium.catalog.web.ShopperPhotos;
import org.emporium.order.Order;
import org.emporium.order.OrderLine;
import org.emporium.order.OrderService;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;
import org.primefaces.event.FileUploadEvent;

/**
 * 申请售后: the buyer picks a line of a delivered order, what they want (refund only, return and refund, exchange),
 * how many units and why, describes it and adds up to six photos; the request then waits for the merchant.
 */
@Named
@ViewScoped
public class AfterSalesForm implements Serializable {

    static final int MAX_PHOTOS = 6;

    @Inject
    transient OrderService orders;

    @Inject
    transient AfterSales afterSales;

    @Inject
    transient ShopperPhotos shopperPhotos;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient FacesContext faces;

    private String orderNo;
    private Integer lineNo;
    private Order order;
    private AfterSalesType type = AfterSalesType.RETURN_REFUND;
    private int quantity = 1;
    private AfterSalesReason reason;
    private String description;
    private final List<String> photos = new ArrayList<>();

    /** f:viewAction: only the buyer's own order; another's is "not found". */
    public void load() throws IOException {
        try {
            order = orders.buyerOrder(currentUser.getId(), orderNo);
        } catch (NotFoundException e) {
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
            return;
        }
        if (lineNo == null || order.getLines().stream().noneMatch(l -> l.getLineNo() == lineNo)) {
            lineNo = order.getLines().get(0).getLineNo();
        }
    }

    public void uploadPhoto(FileUploadEvent event) {
        shopperPhotos.add(event, photos, MAX_PHOTOS, currentUser.getId());
    }

    public void removePhoto(String url) {
        photos.remove(url);
    }

    public String submit() {
        try {
            AfterSalesRequest request = afterSales.open(currentUser.getId(), order.getNumber(),
                    new AfterSalesApplication(lineNo, type, quantity, reason, description, photos));
            Feedback.info("aftersales.opened", request.getRequestNo());
            Feedback.keepForRedirect();
            return "/account/after-sale?faces-redirect=true&no=" + request.getRequestNo();
        } catch (BusinessRuleException e) {
            Feedback.error(e.code().equals("VALIDATION") ? "aftersales.tooMany" : "rule." + e.code());
        } catch (EJBException e) {
            // another request on the line was opened at the same moment: the unique open line refused this one
            Feedback.error("rule.AFTER_SALES_OPEN");
        }
        return null;
    }

    /** The end of the return window, or null if the order has not arrived. */
    public Instant getWindowEnd() {
        return afterSales.returnWindowEnd(order);
    }

    public List<OrderLine> getLines() {
        return order.getLines();
    }

    public OrderLine getLine() {
        return order.getLines().stream().filter(l -> l.getLineNo() == lineNo).findFirst().orElseThrow();
    }

    public AfterSalesType[] getTypes() {
        return AfterSalesType.values();
    }

    public AfterSalesReason[] getReasons() {
        return AfterSalesReason.values();
    }

    public Order getOrder() {
        return order;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public void setOrderNo(String orderNo) {
        this.orderNo = orderNo;
    }

    public Integer getLineNo() {
        return lineNo;
    }

    public void setLineNo(Integer lineNo) {
        this.lineNo = lineNo;
    }

    public AfterSalesType getType() {
        return type;
    }

    public void setType(AfterSalesType type) {
        this.type = type;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public AfterSalesReason getReason() {
        return reason;
    }

    public void setReason(AfterSalesReason reason) {
        this.reason = reason;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getPhotos() {
        return photos;
    }
}
