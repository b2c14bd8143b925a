package org.emporium.payment.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.emporium.account.web.CurrentUser;
import org.emporium.payment.Payment;
import org.emporium.payment.PaymentStatus;
import org.emporium.payment.Payments;
import org.emporium.platform.NotFoundException;

/**
 * Where the gateway sends the shopper back: the payment's status, updated by polling until the gateway's
 * notification has arrived (the shopper's return proves nothing; only the signed notification does).
 */
@Named
@ViewScoped
public class PaymentPage implements Serializable {

    @Inject
    transient Payments payments;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient FacesContext faces;

    private String no;
    private Payment payment;

    public void load() throws IOException {
        try {
            payment = payments.buyerPayment(currentUser.getId(), no);
        } catch (NotFoundException e) {
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    /** Reads the status again (the page polls while the payment is pending). */
    public void refresh() {
        payment = payments.buyerPayment(currentUser.getId(), payment.getPaymentNo());
    }

    public boolean isPending() {
        return payment.getStatus() == PaymentStatus.PENDING;
    }

    public boolean isFailed() {
        return payment.getStatus() == PaymentStatus.FAILED || payment.getStatus() == PaymentStatus.CLOSED;
    }

    public String getOrderList() {
        return String.join(",", payment.getOrderNos());
    }

    public String getNo() {
        return no;
    }

    public void setNo(String no) {
        this.no = no;
    }

    public Payment getPayment() {
        return payment;
    }
}
