package org.emporium.order.web;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.emporium.account.web.CurrentUser;
import org.emporium.order.Order;
import org.emporium.order.OrderService;
import org.emporium.order.OrderStatus;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;

/**
 * One of the shopper's orders: the lines as sold, address, shipping, totals, the status history, payments and the
 * parcel's tracking (物流信息); cancelling an unpaid order and confirming receipt. Another person's order number
 * is "not found".
 */
@Named
@ViewScoped
public class OrderPage implements Serializable {

    @Inject
    transient OrderService orders;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient org.emporium.payment.Payments payments;

    @Inject
    transient org.emporium.shipping.Shipments shipments;

    @Inject
    transient org.emporium.aftersales.AfterSales afterSales;

    @Inject
    transient org.emporium.review.Reviews reviews;

    @Inject
    transient FacesContext faces;

    private String no;
    private Order order;

    public void load() throws IOException {
        try {
            order = orders.buyerOrder(currentUser.getId(), no);
        } catch (NotFoundException e) {
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    public void cancel() {
        try {
            order = orders.cancelByBuyer(currentUser.getId(), order.getNumber());
            Feedback.info("order.cancelled");
        } catch (BusinessRuleException e) {
            Feedback.error(e);
        } catch (EJBException e) {
            // paid or timed out at the same moment: the version check refused this change
            Feedback.error("order.changedMeanwhile");
        }
        reload();
    }

    public void confirmReceipt() {
        try {
            orders.confirmReceipt(currentUser.getId(), order.getNumber());
            Feedback.info("order.receiptConfirmed");
        } catch (BusinessRuleException e) {
            Feedback.error(e);
        } catch (EJBException e) {
            Feedback.error("order.changedMeanwhile");
        }
        reload();
    }

    private void reload() {
        order = orders.buyerOrder(currentUser.getId(), order.getNumber());
    }

    public boolean isCancellable() {
        return order.getStatus() == OrderStatus.PENDING_PAYMENT;
    }

    /** A paid order of which nothing has shipped can still be cancelled, with a full refund. */
    public boolean isRefundable() {
        return order.getStatus() == OrderStatus.PAID && !order.isPartlyShipped();
    }

    public boolean isPayable() {
        return order.getStatus() == OrderStatus.PENDING_PAYMENT;
    }

    /** The order's payments (newest first) and refunds, for the "payments and refunds" box. */
    public java.util.List<org.emporium.payment.Payment> getPayments() {
        return payments.ofOrder(order.getNumber());
    }

    public java.util.List<org.emporium.payment.Refund> getRefunds() {
        return payments.refundsOf(order.getNumber());
    }

    /** The order's shipments with their tracking events, for the "tracking" box. */
    public java.util.List<org.emporium.shipping.Shipment> getShipments() {
        return shipments.ofOrder(order.getNumber());
    }

    /** The order's after-sales requests, oldest first. */
    public java.util.List<org.emporium.aftersales.AfterSalesRequest> getAfterSales() {
        return afterSales.ofOrder(order);
    }

    /** Delivered (or completed) and still within the return window: the buyer may ask for after-sales. */
    public boolean isAfterSalesOpen() {
        java.time.Instant end = afterSales.returnWindowEnd(order);
        return (order.getStatus() == OrderStatus.DELIVERED || order.getStatus() == OrderStatus.COMPLETED)
                && end != null && end.isAfter(java.time.Instant.now());
    }

    public java.time.Instant getReturnWindowEnd() {
        return afterSales.returnWindowEnd(order);
    }

    /** The buyer's reviews of this order, by line id (评价), once the order is completed. */
    public java.util.Map<Long, org.emporium.review.Review> getReviews() {
        return reviews.ofOrder(currentUser.getId(), order);
    }

    public boolean isReviewable() {
        return order.getStatus() == OrderStatus.COMPLETED;
    }

    public boolean isConfirmable() {
        return order.getStatus() == OrderStatus.SHIPPED || order.getStatus() == OrderStatus.DELIVERED;
    }

    public String getNo() {
        return no;
    }

    public void setNo(String no) {
        this.no = no;
    }

    public Order getOrder() {
        return order;
    }
}
