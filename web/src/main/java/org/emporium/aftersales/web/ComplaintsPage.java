package org.emporium.aftersales.web;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.emporium.account.web.CurrentUser;
import org.emporium.aftersales.Complaint;
import org.emporium.aftersales.ComplaintKind;
import org.emporium.aftersales.Complaints;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;

/** 我的投诉: the buyer's complaints, and the form to file one (about an order of theirs, or in general). */
@Named
@ViewScoped
public class ComplaintsPage implements Serializable {

    @Inject
    transient Complaints complaints;

    @Inject
    transient CurrentUser currentUser;

    private ComplaintKind kind = ComplaintKind.QUALITY;
    private String orderNo;
    private String subject;
    private String description;

    public String file() {
        try {
            Complaint complaint = complaints.file(currentUser.getId(), orderNo, kind, subject, description);
            Feedback.info("complaint.filed", complaint.getComplaintNo());
            Feedback.keepForRedirect();
            return "/account/complaint?faces-redirect=true&no=" + complaint.getComplaintNo();
        } catch (NotFoundException e) {
            Feedback.error("complaint.noSuchOrder");
        } catch (BusinessRuleException | EJBException e) {
            Feedback.error("complaint.incomplete");
        }
        return null;
    }

    public List<Complaint> getMine() {
        return complaints.buyerComplaints(currentUser.getId(), 0, 100);
    }

    public ComplaintKind[] getKinds() {
        return ComplaintKind.values();
    }

    public ComplaintKind getKind() {
        return kind;
    }

    public void setKind(ComplaintKind kind) {
        this.kind = kind;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public void setOrderNo(String orderNo) {
        this.orderNo = orderNo;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
