package org.emporium.payment.web;

import jakarta.ejb.EJBException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.emporium.account.web.CurrentUser;
import org.emporium.order.Order;
import org.emporium.order.OrderService;
import org.emporium.order.OrderStatus;
import org.emporium.payment.Payment;
import org.emporium.payment.PaymentMethod;
import org.emporium.payment.PaymentRequest;
import org.emporium.payment.Payments;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.Money;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;
import org.emporium.platform.web.ShopAddress;

/**
 * The cashier (收银台): the shopper's unpaid orders from one checkout (or one order), the amount, and the choice of
 * payment method — cash on delivery only up to its limit, card installments only above theirs. Paying creates the
 * payment and sends the shopper to the gateway's own page; a second click finds the same pending payment.
 */
@Named
@ViewScoped
public class PayPage implements Serializable {

    @Inject
    transient OrderService orderService;

    @Inject
    transient Payments payments;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient FacesContext faces;

    private String orders;
    private List<Order> payable = List.of();
    private String method;
    private int installments = 1;

    public void load() throws IOException {
        List<Order> found = new ArrayList<>();
        try {
            for (String no : Arrays.stream(orders == null ? new String[0] : orders.split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).distinct().limit(20).toList()) {
                found.add(orderService.buyerOrder(currentUser.getId(), no));
            }
        } catch (NotFoundException e) {
            found.clear();
        }
        if (found.isEmpty()) {
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
            return;
        }
        payable = found.stream().filter(o -> o.getStatus() == OrderStatus.PENDING_PAYMENT)
                .sorted(Comparator.comparing(Order::getNumber)).toList();
        if (payable.isEmpty()) {
            Feedback.error("pay.notPayable");
        }
        method = found.get(0).getPaymentMethod();
        if (method == null || ("cod".equals(method) && !isCodOffered())) {
            method = PaymentMethod.SANDBOX_ALIPAY.code();
        }
    }

    public String pay() throws IOException {
        try {
            PaymentRequest request = new PaymentRequest(payable.stream().map(Order::getNumber).toList(), method,
                    isInstallmentsOffered() && "sandbox-card".equals(method) ? installments : 1);
            Payment payment = payments.create(currentUser.getId(), request, null, ShopAddress.of(faces));
            ExternalContext external = faces.getExternalContext();
            if (payment.getPayUrl() != null) {
                external.redirect(payment.getPayUrl());
            } else {
                external.redirect(external.getRequestContextPath() + "/account/payment.xhtml?no="
                        + payment.getPaymentNo());
            }
            faces.responseComplete();
        } catch (BusinessRuleException e) {
            Feedback.error(e);
        } catch (EJBException e) {
            Feedback.error("order.changedMeanwhile");
        }
        return null;
    }

    public List<String> getMethods() {
        List<String> methods = new ArrayList<>(List.of("sandbox-alipay", "sandbox-wechat", "sandbox-card"));
        if (isCodOffered()) {
            methods.add("cod");
        }
        return methods;
    }

    public boolean isCodOffered() {
        return !payable.isEmpty() && payable.stream().allMatch(o -> o.getTotal().amount()
                .compareTo(payments.codLimit()) <= 0);
    }

    public boolean isInstallmentsOffered() {
        return getTotal() != null && getTotal().amount().compareTo(payments.installmentsFrom()) >= 0;
    }

    public List<Integer> getInstallmentPlans() {
        return Payments.installmentPlans();
    }

    /** "Pay in full", or "6 months, about ¥150.00 a month" (the gateway's plan may round the last one). */
    public String planLabel(int count) {
        if (count <= 1) {
            return Feedback.text("pay.installments.none");
        }
        return Feedback.text("pay.installments.plan", count,
                getTotal().amount().divide(BigDecimal.valueOf(count), 2, RoundingMode.UP).toPlainString());
    }

    public Money getTotal() {
        return payable.stream().map(Order::getTotal).reduce(Money::plus).orElse(null);
    }

    public java.time.Instant getPayBy() {
        return payable.stream().map(Order::getPayBy).min(Comparator.naturalOrder()).orElse(null);
    }

    public String getCodLimit() {
        return payments.codLimit().toPlainString();
    }

    public String getInstallmentsFrom() {
        return payments.installmentsFrom().toPlainString();
    }

    public String getOrders() {
        return orders;
    }

    public void setOrders(String orders) {
        this.orders = orders;
    }

    public List<Order> getPayable() {
        return payable;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public int getInstallments() {
        return installments;
    }

    public void setInstallments(int installments) {
        this.installments = installments;
    }
}
