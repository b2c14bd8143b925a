package org.emporium.order.web;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.emporium.account.web.CurrentUser;
import org.emporium.order.Order;
import org.emporium.order.OrderLine;
import org.emporium.order.OrderService;
import org.emporium.order.OrderStatus;
import org.emporium.payment.Payment;
import org.emporium.payment.Payments;
import org.emporium.payment.Refund;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;
import org.emporium.platform.web.ShopAddress;
import org.emporium.shipping.Shipment;
import org.emporium.shipping.Shipments;

/**
 * One order in the back office: a merchant only its own shop's (others are "not found"), staff any; its payments and
 * refunds and shipments, cancelling a paid order that will not ship (refunded in full), and shipping a paid order
 * through a carrier (发货), whole or in several parcels.
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

    @Inject
    transient Shipments shipments;

    @Inject
    transient org.emporium.aftersales.AfterSales afterSales;

    private String no;
    private Order order;
    private String cancelReason;
    private String carrier;
    private String trackingNo;
    private List<Integer> parcelLines = new ArrayList<>();

    public void load() throws IOException {
        if (faces.getResponseComplete()) {
            return;
        }
        try {
            order = orders.merchantOrder(staffScope.orders(), no);
            parcelLines = waitingLineNos();
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
        return order != null && order.getStatus() == OrderStatus.PAID && !order.isPartlyShipped()
                && (security.isCallerInRole("MERCHANT") || security.isCallerInRole("ADMIN")
                || security.isCallerInRole("SERVICE"));
    }

    /**
     * Merchant (own orders) or ADMIN ship a paid order, whole or the ticked lines (分批发货); without a tracking
     * number the carrier assigns one.
     */
    public void ship() {
        if (!isShippable()) {
            return;
        }
        if (parcelLines == null || parcelLines.isEmpty()) {
            Feedback.error("ship.lines.none");
            return;
        }
        try {
            shipments.ship(staffScope.orders(), order.getNumber(), carrier, trackingNo, parcelLines,
                    currentUser.getId(), ShopAddress.of(faces));
            trackingNo = null;
            Feedback.info("ship.done");
        } catch (BusinessRuleException e) {
            Feedback.error(e);
        } catch (EJBException e) {
            // cancelled or shipped by someone else at the same moment: the version check refused this change
            Feedback.error("order.changedMeanwhile");
        }
        order = orders.merchantOrder(staffScope.orders(), order.getNumber());
        parcelLines = waitingLineNos();
    }

    /** The lines still waiting to leave: the ship dialog offers them, all ticked. */
    public List<OrderLine> getWaitingLines() {
        return order == null ? List.of() : order.getLines().stream().filter(l -> l.getShipmentId() == null).toList();
    }

    private List<Integer> waitingLineNos() {
        return new ArrayList<>(getWaitingLines().stream().map(OrderLine::getLineNo).toList());
    }

    public List<Integer> getParcelLines() {
        return parcelLines;
    }

    public void setParcelLines(List<Integer> parcelLines) {
        this.parcelLines = parcelLines;
    }

    /** A paid order not yet shipped, and a caller who may ship it (SERVICE and FINANCE only look). */
    public boolean isShippable() {
        return order != null && order.getStatus() == OrderStatus.PAID && isShipper() && !isPickup();
    }

    /** 自提: the buyer collects it at the counter instead of it being shipped. */
    public boolean isPickup() {
        return order != null && "pickup".equals(order.getShippingMethod());
    }

    public boolean isCollectable() {
        return isPickup() && order.getStatus() == OrderStatus.PAID && isShipper();
    }

    /** The buyer collected the pickup order at the counter: it is complete. */
    public void collected() {
        if (!isCollectable()) {
            return;
        }
        try {
            shipments.collected(staffScope.orders(), order.getNumber(), currentUser.getId());
            Feedback.info("pickup.collected");
        } catch (BusinessRuleException e) {
            Feedback.error(e);
        } catch (EJBException e) {
            Feedback.error("order.changedMeanwhile");
        }
        order = orders.merchantOrder(staffScope.orders(), order.getNumber());
    }

    /** The caller may ship orders at all: the ship dialog stays in the page after a shipment, so it can close. */
    public boolean isShipper() {
        return security.isCallerInRole("MERCHANT") || security.isCallerInRole("ADMIN");
    }

    public List<String> getCarriers() {
        return shipments.carrierNames();
    }

    /** The order's shipments with their tracking events, for the "tracking" box. */
    public List<Shipment> getShipments() {
        return shipments.ofOrder(order.getNumber());
    }

    /** The order's after-sales requests, oldest first. */
    public List<org.emporium.aftersales.AfterSalesRequest> getAfterSales() {
        return afterSales.ofOrder(order);
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

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getTrackingNo() {
        return trackingNo;
    }

    public void setTrackingNo(String trackingNo) {
        this.trackingNo = trackingNo;
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
