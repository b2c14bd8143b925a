package org.emporium.settlement.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import org.emporium.account.web.CurrentUser;
import org.emporium.order.web.StaffScope;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;
import org.emporium.settlement.Settlement;
import org.emporium.settlement.SettlementStatus;
import org.emporium.settlement.Settlements;

/**
 * One settlement statement with its lines and totals, printable; finance records the payout with the transfer's
 * reference. Another merchant's statement is "not found".
 */
@Named
@ViewScoped
public class SettlementPage implements Serializable {

    @Inject
    transient Settlements settlements;

    @Inject
    transient StaffScope staffScope;

    @Inject
    transient FacesContext faces;

    @Inject
    transient SecurityContext security;

    @Inject
    transient CurrentUser currentUser;

    private String no;
    private Settlement statement;
    private String reference;

    public void load() throws IOException {
        if (faces.getResponseComplete()) {
            return;
        }
        try {
            statement = settlements.statement(staffScope.orders(), no);
        } catch (NotFoundException e) {
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    /** Finance (FINANCE, ADMIN) may record the payout of an open statement. */
    public boolean isPayable() {
        return statement != null && statement.getStatus() == SettlementStatus.OPEN && isFinance();
    }

    /** The payout dialog stays in the page for finance after a payout, so that it can close itself. */
    public boolean isFinance() {
        return security.isCallerInRole("FINANCE") || security.isCallerInRole("ADMIN");
    }

    public void paidOut() {
        if (!isPayable()) {
            return;
        }
        if (reference == null || reference.isBlank()) {
            Feedback.error("settlement.reference.required");
            faces.validationFailed();
            return;
        }
        try {
            statement = settlements.paidOut(no, reference.trim(), currentUser.getId());
            Feedback.info("settlement.paidOut.done", statement.getStatementNo(), statement.getNet().amountText());
            reference = null;
        } catch (BusinessRuleException e) {
            Feedback.error(e);
            faces.validationFailed();
        }
        statement = settlements.statement(staffScope.orders(), no);
    }

    public Settlement getStatement() {
        return statement;
    }

    public String getNo() {
        return no;
    }

    public void setNo(String no) {
        this.no = no;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
