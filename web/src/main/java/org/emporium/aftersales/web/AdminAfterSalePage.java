package org.emporium.aftersales.web;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.emporium.account.web.CurrentUser;
import org.emporium.aftersales.AfterSales;
import org.emporium.aftersales.AfterSalesRequest;
import org.emporium.aftersales.AfterSalesStatus;
import org.emporium.aftersales.AfterSalesType;
import org.emporium.order.web.StaffScope;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;

/**
 * 售后处理: one request as the merchant (own shop) or customer service and ADMIN (any shop) see it, with the
 * decisions due now — approve (with the return address for goods to come back) or reject with a reason, and, once
 * the goods are back, receive them (back on the shelf unless damaged) and refund or send the replacement.
 */
@Named
@ViewScoped
public class AdminAfterSalePage implements Serializable {

    @Inject
    transient AfterSales afterSales;

    @Inject
    transient StaffScope staffScope;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient FacesContext faces;

    private String no;
    private AfterSalesRequest request;
    private String returnAddress;
    private String rejectReason;
    private boolean restock = true;
    private String carrier;
    private String trackingNo;

    public void load() throws IOException {
        if (faces.getResponseComplete()) {
            return;
        }
        try {
            request = afterSales.merchantRequest(staffScope.orders(), no);
        } catch (NotFoundException e) {
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    public void approve() {
        decide(() -> afterSales.approve(staffScope.orders(), request.getRequestNo(), returnAddress,
                currentUser.getId()), "aftersales.approved");
    }

    public void reject() {
        decide(() -> afterSales.reject(staffScope.orders(), request.getRequestNo(), rejectReason,
                currentUser.getId()), "aftersales.rejected");
    }

    public void receive() {
        decide(() -> afterSales.receive(staffScope.orders(), request.getRequestNo(), restock, carrier, trackingNo,
                currentUser.getId()), request.getKind() == AfterSalesType.EXCHANGE
                ? "aftersales.exchanged" : "aftersales.refunded");
    }

    private void decide(Runnable decision, String doneKey) {
        try {
            decision.run();
            Feedback.info(doneKey, request.getRequestNo());
        } catch (BusinessRuleException e) {
            Feedback.error(e.code().equals("VALIDATION") ? "aftersales.decisionIncomplete" : "rule." + e.code());
        } catch (EJBException e) {
            // decided by someone else at the same moment
            Feedback.error("order.changedMeanwhile");
        }
        request = afterSales.merchantRequest(staffScope.orders(), request.getRequestNo());
    }

    /** Waiting for a yes or no. */
    public boolean isDecidable() {
        return request.getStatus() == AfterSalesStatus.REQUESTED;
    }

    /** The goods are on their way back: the next step is receiving them. */
    public boolean isReceivable() {
        return request.getStatus() == AfterSalesStatus.RETURNING;
    }

    public boolean isExchange() {
        return request.getKind() == AfterSalesType.EXCHANGE;
    }

    public AfterSalesRequest getRequest() {
        return request;
    }

    public String getNo() {
        return no;
    }

    public void setNo(String no) {
        this.no = no;
    }

    public String getReturnAddress() {
        return returnAddress;
    }

    public void setReturnAddress(String returnAddress) {
        this.returnAddress = returnAddress;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
    }

    public boolean isRestock() {
        return restock;
    }

    public void setRestock(boolean restock) {
        this.restock = restock;
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
}
