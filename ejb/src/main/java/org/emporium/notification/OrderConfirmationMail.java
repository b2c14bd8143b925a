package org.emporium.notification;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.account.Account;
import org.emporium.order.Order;
import org.emporium.order.OrderLine;
import org.emporium.payment.PaymentConfirmed;
import org.emporium.shipping.ShippingMethod;

/**
 * The order confirmation email (订单确认邮件): once orders are paid (or confirmed for cash on delivery), the buyer
 * gets one mail listing each order's lines, amounts, delivery address and expected delivery date, in the language
 * of their profile (Chinese unless they chose English). Written to the outbox inside the payment's transaction:
 * exactly one per confirmation, however often the gateway repeats itself.
 */
@Stateless
public class OrderConfirmationMail {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "EMPORIUM_TIME_ZONE", defaultValue = "Asia/Shanghai")
    String timeZone;

    public void confirmed(@Observes PaymentConfirmed confirmed) {
        Account buyer = em.find(Account.class, confirmed.buyerId());
        if (buyer == null || buyer.getEmail() == null) {
            return; // registered by mobile number only: the in-site message is all they get
        }
        List<Order> orders = new ArrayList<>();
        for (String no : confirmed.orderNos()) {
            em.createNamedQuery("Order.byNo", Order.class).setParameter("no", no).getResultStream().findFirst()
                    .ifPresent(orders::add);
        }
        if (orders.isEmpty()) {
            return;
        }
        MailText mail = MailText.to(buyer);
        String name = buyer.getDisplayName() == null ? buyer.getEmail() : buyer.getDisplayName();
        String subject = mail.get("confirmation.subject", orders.get(0).getNumber(), orders.size());

        mail.block("p", mail.get("confirmation.greeting", name));
        mail.block("p", mail.get(confirmed.cashOnDelivery() ? "confirmation.intro.cod" : "confirmation.intro",
                confirmed.paymentNo(), mail.get("method." + confirmed.method())));
        for (Order order : orders) {
            mail.block("h3", mail.get("confirmation.order", order.getNumber()));
            List<List<String>> rows = new ArrayList<>();
            for (OrderLine item : order.getLines()) {
                String product = (mail.english() ? item.getProductNameEn() : item.getProductName())
                        + (item.getSpecLabel().isBlank() ? "" : " (" + item.getSpecLabel() + ")");
                rows.add(List.of(product, "× " + item.getQuantity(), "¥" + item.getLineTotal().amountText()));
            }
            mail.table(rows);
            mail.block("p", mail.get("confirmation.amounts", order.getItemsTotal().amountText(),
                    order.getDiscountTotal().amountText(), order.getShippingFee().amountText(),
                    order.getTaxTotal().amountText(), order.getTotal().amountText()));
            mail.block("p", mail.get("confirmation.address", order.getRecipient(), order.getPhone(),
                    order.getAddressLine()));
            mail.block("p", mail.get("confirmation.delivery", mail.get("shipping." + order.getShippingMethod()),
                    expectedDelivery(order).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                            .withLocale(mail.locale()))));
            if (confirmed.cashOnDelivery()) {
                mail.block("p", mail.get("confirmation.cod", order.getTotal().amountText()));
            }
        }
        mail.link(outbox.link("/account/orders.xhtml"), mail.get("confirmation.link"));
        mail.block("p", mail.get("confirmation.closing"));
        outbox.enqueue(buyer.getEmail(), subject, mail.html(), mail.plain(),
                "order-confirmation:" + confirmed.paymentNo());
    }

    /** Paid today: the parcel services' usual days after dispatch, counted from today in the shop's time zone. */
    private LocalDate expectedDelivery(Order order) {
        LocalDate paid = LocalDate.ofInstant(order.getPaidAt() != null ? order.getPaidAt() : order.getCreatedAt(),
                ZoneId.of(timeZone));
        return paid.plusDays(ShippingMethod.fromCode(order.getShippingMethod()).deliveryDays());
    }
}
