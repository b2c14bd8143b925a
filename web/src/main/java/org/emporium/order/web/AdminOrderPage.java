package org.emporium.order.web;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.emporium.account.web.CurrentUser;
import org.emporium.order.Order;
import org.emporium.order.OrderService;
import org.emporium.order.OrderStatus;
import org.emporium.payment.Payment;
import org.emporium.payment.Payments;
import org.emporium.payment.Refund;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;

/**
 * One order in the back office: a merchant only its own shop's (others are "not found"), staff any; its payments and
 * refunds, and cancelling a paid order that will not ship (refunded in full).
 */
@Named
@ViewScoped
public class AdminOrderPage implements Serializable {

    @Inject
    transient OrderService orders;

    @Inject
    transient StaffScope staffScope;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Payments payments;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient SecurityContext security;

    private String no;
    private Order order;
    private String cancelReason;

    public void load() throws IOException {
        if (faces.getResponseComplete()) {
            return;
        }
        try {
            order = orders.merchantOrder(staffScope.orders(), no);
        } catch (NotFoundException e) {
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    /** Merchant (own orders), ADMIN or SERVICE cancel a paid order that will not ship; it is refunded in full. */
    public void cancelPaid() {
        if (!isRefundable()) {
            return;
        }
        try {
            order = orders.cancelPaidByStaff(staffScope.orders(), order.getNumber(), currentUser.getId(),
                    cancelReason);
            cancelReason = null;
            Feedback.info("order.cancelled");
        } catch (BusinessRuleException e) {
            Feedback.error(e);
        } catch (EJBException e) {
            Feedback.error("order.changedMeanwhile");
        }
        order = orders.merchantOrder(staffScope.orders(), order.getNumber());
    }

    /** A paid order not yet shipped, and a caller who may cancel it (FINANCE only looks). */
    public boolean isRefundable() {
        return order != null && order.getStatus() == OrderStatus.PAID
                && (security.isCallerInRole("MERCHANT") || security.isCallerInRole("ADMIN")
                || security.isCallerInRole("SERVICE"));
    }

    public List<Payment> getPayments() {
        return payments.ofOrder(order.getNumber());
    }

    public List<Refund> getRefunds() {
        return payments.refundsOf(order.getNumber());
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
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
