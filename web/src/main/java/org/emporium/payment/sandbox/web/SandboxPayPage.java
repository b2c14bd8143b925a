package org.emporium.payment.sandbox.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.emporium.payment.sandbox.SandboxAcquirer;
import org.emporium.payment.sandbox.SandboxGateway;
import org.emporium.payment.sandbox.SandboxTrade;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;

/**
 * The sandbox gateway's cashier page (the "payUrl"), as Alipay's or a card acquirer's would be: the merchant, what
 * is paid for, the amount; card details for card payments (typed here only, never sent to the shop); pay or
 * decline; then back to the merchant. The shop learns the outcome from the gateway's signed notification, not
 * from this page.
 */
@Named
@ViewScoped
public class SandboxPayPage implements Serializable {

    @Inject
    transient SandboxAcquirer acquirer;

    @Inject
    transient FacesContext faces;

    @Inject
    transient SandboxGateway gateway;

    private String tradeNo;
    private SandboxTrade trade;
    private String cardNumber;
    private String expiry;
    private String cvv;

    public void load() throws IOException {
        try {
            if (!gateway.isEnabled()) {
                throw new NotFoundException("Trade");
            }
            trade = acquirer.trade(tradeNo == null ? "" : tradeNo);
        } catch (NotFoundException e) {
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    public void pay() {
        try {
            trade = acquirer.pay(trade.getTradeNo(), cardNumber, expiry, cvv);
        } catch (BusinessRuleException e) {
            Feedback.error(e);
            trade = acquirer.trade(trade.getTradeNo());
        } finally {
            cardNumber = null; // never kept in the view either
            cvv = null;
        }
    }

    public void decline() {
        try {
            trade = acquirer.decline(trade.getTradeNo());
        } catch (BusinessRuleException e) {
            Feedback.error(e);
            trade = acquirer.trade(trade.getTradeNo());
        }
    }

    public boolean isOpen() {
        return trade.getStatus() == SandboxTrade.Status.WAIT_PAY;
    }

    public boolean isCard() {
        return "sandbox-card".equals(trade.getMethod());
    }

    public String getPerInstallment() {
        return trade.getAmount().amount().divide(BigDecimal.valueOf(Math.max(1, trade.getInstallments())), 2,
                RoundingMode.UP).toPlainString();
    }

    public String getTradeNo() {
        return tradeNo;
    }

    public void setTradeNo(String tradeNo) {
        this.tradeNo = tradeNo;
    }

    public SandboxTrade getTrade() {
        return trade;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public void setCardNumber(String cardNumber) {
        this.cardNumber = cardNumber;
    }

    public String getExpiry() {
        return expiry;
    }

    public void setExpiry(String expiry) {
        this.expiry = expiry;
    }

    public String getCvv() {
        return cvv;
    }

    public void setCvv(String cvv) {
        this.cvv = cvv;
    }
}
