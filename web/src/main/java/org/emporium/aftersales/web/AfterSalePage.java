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
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;

/**
 * 售后详情 for the buyer: what was asked, where it stands, every step; sending the goods back with a tracking
 * number once approved, or withdrawing the request. Another person's request is "not found".
 */
@Named
@ViewScoped
public class AfterSalePage implements Serializable {

    @Inject
    transient AfterSales afterSales;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient FacesContext faces;

    private String no;
    private AfterSalesRequest request;
    private String carrier;
    private String trackingNo;

    public void load() throws IOException {
        try {
            request = afterSales.buyerRequest(currentUser.getId(), no);
        } catch (NotFoundException e) {
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    public void shipBack() {
        try {
            afterSales.shipBack(currentUser.getId(), request.getRequestNo(), carrier, trackingNo);
            Feedback.info("aftersales.shippedBack");
        } catch (BusinessRuleException e) {
            Feedback.error(e.code().equals("VALIDATION") ? "aftersales.trackingRule" : "rule." + e.code());
        } catch (EJBException e) {
            Feedback.error("order.changedMeanwhile");
        }
        reload();
    }

    public void withdraw() {
        try {
            afterSales.withdraw(currentUser.getId(), request.getRequestNo());
            Feedback.info("aftersales.withdrawn");
        } catch (BusinessRuleException e) {
            Feedback.error(e);
        } catch (EJBException e) {
            Feedback.error("order.changedMeanwhile");
        }
        reload();
    }

    private void reload() {
        request = afterSales.buyerRequest(currentUser.getId(), request.getRequestNo());
    }

    public boolean isWithdrawable() {
        return request.getStatus().canMoveTo(AfterSalesStatus.WITHDRAWN);
    }

    public boolean isAwaitingReturn() {
        return request.getStatus() == AfterSalesStatus.APPROVED;
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
