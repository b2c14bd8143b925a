package org.emporium.aftersales.web;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.emporium.account.web.CurrentUser;
import org.emporium.aftersales.Complaint;
import org.emporium.aftersales.ComplaintStatus;
import org.emporium.aftersales.Complaints;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;

/**
 * One complaint, for its buyer (path /account/) or for customer service (path /admin/): the conversation, and what
 * each may do — the buyer writes again or closes it; customer service takes it, answers, resolves it.
 */
@Named
@ViewScoped
public class ComplaintPage implements Serializable {

    @Inject
    transient Complaints complaints;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient FacesContext faces;

    private String no;
    private boolean staffView;
    private Complaint complaint;
    private String text;

    /** f:viewAction of the buyer's page: only their own complaint. */
    public void loadForBuyer() throws IOException {
        staffView = false;
        load(() -> complaints.buyerComplaint(currentUser.getId(), no));
    }

    /** f:viewAction of customer service's page. */
    public void loadForStaff() throws IOException {
        staffView = true;
        load(() -> complaints.complaint(no));
    }

    private void load(java.util.function.Supplier<Complaint> find) throws IOException {
        if (faces.getResponseComplete()) {
            return;
        }
        try {
            complaint = find.get();
        } catch (NotFoundException e) {
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    public void write() {
        act(() -> staffView ? complaints.staffWrites(no(), currentUser.getId(), text)
                : complaints.buyerWrites(currentUser.getId(), no(), text), "complaint.written");
    }

    public void resolve() {
        act(() -> complaints.resolve(no(), currentUser.getId(), text), "complaint.resolved");
    }

    public void take() {
        act(() -> complaints.take(no(), currentUser.getId()), "complaint.taken");
    }

    public void close() {
        act(() -> complaints.close(currentUser.getId(), no()), "complaint.closed");
    }

    private String no() {
        return complaint.getComplaintNo();
    }

    private void act(java.util.function.Supplier<Complaint> action, String doneKey) {
        try {
            complaint = action.get();
            text = null;
            Feedback.info(doneKey);
        } catch (BusinessRuleException e) {
            Feedback.error(e.code().equals("VALIDATION") ? "complaint.incomplete" : "rule." + e.code());
        } catch (EJBException e) {
            Feedback.error("order.changedMeanwhile");
        }
        complaint = staffView ? complaints.complaint(no()) : complaints.buyerComplaint(currentUser.getId(), no());
    }

    public boolean isOpen() {
        return complaint.getStatus() != ComplaintStatus.CLOSED;
    }

    public boolean isResolvable() {
        return complaint.getStatus() == ComplaintStatus.OPEN || complaint.getStatus() == ComplaintStatus.IN_PROGRESS;
    }

    public boolean isTakeable() {
        return isResolvable() && !Long.valueOf(currentUser.getId()).equals(complaint.getAssigneeId());
    }

    public Complaint getComplaint() {
        return complaint;
    }

    public String getNo() {
        return no;
    }

    public void setNo(String no) {
        this.no = no;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
