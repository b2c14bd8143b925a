package org.emporium.payment.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.emporium.account.web.CurrentUser;
import org.emporium.payment.PaidOrder;
import org.emporium.payment.Payment;
import org.emporium.payment.PaymentMethod;
import org.emporium.payment.PaymentSearch;
import org.emporium.payment.PaymentStatus;
import org.emporium.payment.Payments;
import org.emporium.payment.Refund;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.Money;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;
import org.emporium.platform.web.ShopTime;
import org.emporium.platform.web.PagedRows;
import org.primefaces.model.LazyDataModel;

/**
 * 支付管理 (FINANCE, ADMIN): payments in a lazy table the database pages, newest first, filtered by status, method,
 * payment or order number and the days created; one payment's orders with what each paid and got back, and a
 * refund of part or all of one order's part; the refunds in a second lazy table.
 */
@Named
@ViewScoped
public class PaymentsAdminPage implements Serializable {

    /** Who may use the page (the page guard) and its actions (checked again here). */
    static final String[] ROLES = {"FINANCE", "ADMIN"};

    /** A refund's reason is stored in a column of this size. */
    static final int REASON_MAX = 200;

    @Inject
    transient Payments payments;

    @Inject
    transient ShopTime shopTime;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient SecurityContext security;

    @Inject
    transient FacesContext faces;

    private PaymentStatus status;
    private String method;
    private String number;
    private LocalDate createdFrom;
    private LocalDate createdTo;

    private String refundNumber;
    private LocalDate refundFrom;
    private LocalDate refundTo;

    /** The payment shown in the detail dialog; the entity itself is read again after a restore. */
    private String selectedNo;
    private transient Payment selected;

    private String refundOrderNo;
    private BigDecimal refundable;
    private BigDecimal refundAmount;
    private String refundReason;
    private String payoutRefundNo;
    private String payoutReference;

    private final LazyDataModel<Payment> model = new PagedRows<>(() -> payments.count(search()),
            (first, pageSize) -> payments.search(search(), first, pageSize),
            Payment::getPaymentNo);

    private final LazyDataModel<Refund> refundModel = new PagedRows<>(
            () -> payments.countRefunds(blankToNull(refundNumber), start(refundFrom), end(refundTo)),
            (first, pageSize) -> payments.refunds(blankToNull(refundNumber), start(refundFrom), end(refundTo),
                    first, pageSize),
            Refund::getRefundNo);

    /** The payment filters as Payments takes them: days in the shop's time zone, "to" inclusive. */
    PaymentSearch search() {
        return new PaymentSearch(status, blankToNull(method), blankToNull(number), start(createdFrom),
                end(createdTo));
    }

    private Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(shopTime.zone()).toInstant();
    }

    private Instant end(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(shopTime.zone()).toInstant();
    }

    /** Opens the detail dialog of one payment, read afresh with its orders. */
    public void show(String paymentNo) {
        try {
            selected = payments.payment(paymentNo);
            selectedNo = selected.getPaymentNo();
        } catch (NotFoundException e) {
            selected = null;
            selectedNo = null;
            Feedback.error("payments.gone");
            faces.validationFailed();
        }
    }

    /** True if staff may refund (part of) this order's part of the selected payment now. */
    public boolean refundable(PaidOrder part) {
        Payment payment = getSelected();
        boolean paid = payment != null && (payment.getStatus() == PaymentStatus.PAID
                || payment.getStatus() == PaymentStatus.COLLECT_ON_DELIVERY && part.isCollected());
        return paid && !part.refundable().isZero() && !part.refundable().isNegative();
    }

    /** Opens the refund dialog for one order of the selected payment; the amount starts as all that is left. */
    public void startRefund(String orderNo) {
        Payment payment = getSelected();
        PaidOrder part = payment == null ? null : payment.getOrders().stream()
                .filter(o -> o.getOrderNo().equals(orderNo)).findFirst().orElse(null);
        if (part == null || !refundable(part)) {
            Feedback.error("refund.notRefundable", orderNo);
            faces.validationFailed();
            return;
        }
        refundOrderNo = orderNo;
        refundable = part.refundable().amount();
        refundAmount = refundable;
        refundReason = null;
    }

    /** Refunds the amount of the chosen order through the gateway that took the money. */
    public void refund() {
        if (Arrays.stream(ROLES).noneMatch(security::isCallerInRole)) {
            return; // the page guard turned everyone else away; actions check again
        }
        if (!validRefund()) {
            faces.validationFailed(); // keeps the dialog open
            return;
        }
        attempt(() -> {
            Refund refund = payments.refund(refundOrderNo, Money.of(refundAmount, Money.BASE_CURRENCY),
                    refundReason.trim(), currentUser.getId());
            Feedback.info(refund.isOffline() ? "refund.done.offline" : "refund.done", refund.getRefundNo(),
                    refund.getAmount().amountText(), refundOrderNo);
            selected = payments.payment(selectedNo);
            refundOrderNo = null;
            refundAmount = null;
            refundReason = null;
        });
    }

    /** Runs a change of money; a refusal is shown to the clerk and keeps the dialog open. */
    private void attempt(Runnable change) {
        try {
            change.run();
        } catch (BusinessRuleException e) {
            Feedback.error(e);
            faces.validationFailed();
        } catch (NotFoundException e) {
            Feedback.error("payments.gone");
            faces.validationFailed();
        }
    }

    /** Opens the payout dialog of a cash-on-delivery refund waiting to be paid back. */
    public void startPayout(String refundNo) {
        payoutRefundNo = refundNo;
        payoutReference = null;
    }

    /** 线下退款: finance paid a cash-on-delivery refund back (bank transfer, cash) and records the reference. */
    public void paidOut() {
        if (Arrays.stream(ROLES).noneMatch(security::isCallerInRole)) {
            return;
        }
        if (payoutReference == null || payoutReference.isBlank()) {
            Feedback.error("refund.payout.reference.required");
            faces.validationFailed();
            return;
        }
        attempt(() -> {
            Refund refund = payments.paidOut(payoutRefundNo, payoutReference.trim());
            Feedback.info("refund.payout.done", refund.getRefundNo(), refund.getAmount().amountText());
            payoutRefundNo = null;
            payoutReference = null;
        });
    }

    public String getPayoutRefundNo() {
        return payoutRefundNo;
    }

    public String getPayoutReference() {
        return payoutReference;
    }

    public void setPayoutReference(String payoutReference) {
        this.payoutReference = payoutReference;
    }

    private boolean validRefund() {
        boolean valid = true;
        if (refundOrderNo == null) {
            Feedback.error("refund.notRefundable", "");
            return false;
        }
        if (refundAmount == null) {
            Feedback.error("refund.amount.required");
            valid = false;
        } else if (refundAmount.signum() <= 0) {
            Feedback.error("refund.amount.positive");
            valid = false;
        } else if (refundAmount.stripTrailingZeros().scale() > 2) {
            Feedback.error("refund.amount.cents");
            valid = false;
        } else if (refundable != null && refundAmount.compareTo(refundable) > 0) {
            Feedback.error("refund.amount.tooMuch", getRefundableText());
            valid = false;
        }
        if (refundReason == null || refundReason.isBlank()) {
            Feedback.error("refund.reason.required");
            valid = false;
        } else if (refundReason.trim().length() > REASON_MAX) {
            Feedback.error("refund.reason.tooLong", REASON_MAX);
            valid = false;
        }
        return valid;
    }

    /** A refund's reason in the visitor's words (refund.reason.CODE), else as staff wrote it. */
    public String reasonText(String reason) {
        if (reason == null || reason.isBlank()) {
            return "";
        }
        String key = "refund.reason." + reason;
        String text = Feedback.text(key);
        return key.equals(text) ? reason : text;
    }

    /** A payment method's name (payment.method.CODE), else its code. */
    public String methodText(String code) {
        if (code == null) {
            return "";
        }
        String key = "payment.method." + code;
        String text = Feedback.text(key);
        return key.equals(text) ? code : text;
    }

    public PaymentStatus[] getStatuses() {
        return PaymentStatus.values();
    }

    public List<String> getMethods() {
        return Arrays.stream(PaymentMethod.values()).map(PaymentMethod::code).toList();
    }

    public LazyDataModel<Payment> getModel() {
        return model;
    }

    public LazyDataModel<Refund> getRefundModel() {
        return refundModel;
    }

    public Payment getSelected() {
        if (selected == null && selectedNo != null) {
            try {
                selected = payments.payment(selectedNo);
            } catch (NotFoundException e) {
                selectedNo = null;
            }
        }
        return selected;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public void setStatus(PaymentStatus status) {
        this.status = status;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getCreatedFrom() {
        return createdFrom;
    }

    public void setCreatedFrom(LocalDate createdFrom) {
        this.createdFrom = createdFrom;
    }

    public LocalDate getCreatedTo() {
        return createdTo;
    }

    public void setCreatedTo(LocalDate createdTo) {
        this.createdTo = createdTo;
    }

    public String getRefundNumber() {
        return refundNumber;
    }

    public void setRefundNumber(String refundNumber) {
        this.refundNumber = refundNumber;
    }

    public LocalDate getRefundFrom() {
        return refundFrom;
    }

    public void setRefundFrom(LocalDate refundFrom) {
        this.refundFrom = refundFrom;
    }

    public LocalDate getRefundTo() {
        return refundTo;
    }

    public void setRefundTo(LocalDate refundTo) {
        this.refundTo = refundTo;
    }

    public String getRefundOrderNo() {
        return refundOrderNo;
    }

    /** What the chosen order can still get back, e.g. "99.00". */
    public String getRefundableText() {
        return refundable == null ? "" : Money.of(refundable, Money.BASE_CURRENCY).amountText();
    }

    public BigDecimal getRefundAmount() {
        return refundAmount;
    }

    public void setRefundAmount(BigDecimal refundAmount) {
        this.refundAmount = refundAmount;
    }

    public String getRefundReason() {
        return refundReason;
    }

    public void setRefundReason(String refundReason) {
        this.refundReason = refundReason;
    }
}
