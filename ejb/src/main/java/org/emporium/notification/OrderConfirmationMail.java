package org.emporium.notification;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
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

    static final String BUNDLE = "org.emporium.notification.Mail";

    @PersistenceContext
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "EMPORIUM_BASE_URL", defaultValue = "http://localhost:8080")
    String baseUrl;

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
        Locale locale = buyer.getLocale() != null && buyer.getLocale().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        Text text = new Text(ResourceBundle.getBundle(BUNDLE, locale), locale);
        String name = buyer.getDisplayName() == null ? buyer.getEmail() : buyer.getDisplayName();
        String subject = text.get("confirmation.subject", orders.get(0).getNumber(), orders.size());

        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.toLanguageTag())
                .append("\"><body style=\"font-family:sans-serif;color:#222\">");
        StringBuilder plain = new StringBuilder();
        line(html, plain, "p", text.get("confirmation.greeting", name));
        line(html, plain, "p", text.get(confirmed.cashOnDelivery() ? "confirmation.intro.cod" : "confirmation.intro",
                confirmed.paymentNo(), text.get("method." + confirmed.method())));
        for (Order order : orders) {
            line(html, plain, "h3", text.get("confirmation.order", order.getNumber()));
            html.append("<table style=\"border-collapse:collapse\" cellpadding=\"4\">");
            for (OrderLine item : order.getLines()) {
                String product = (locale == Locale.ENGLISH ? item.getProductNameEn() : item.getProductName())
                        + (item.getSpecLabel().isBlank() ? "" : " (" + item.getSpecLabel() + ")");
                html.append("<tr><td>").append(escape(product)).append("</td><td>× ").append(item.getQuantity())
                        .append("</td><td style=\"text-align:right\">¥").append(item.getLineTotal().amountText())
                        .append("</td></tr>");
                plain.append("  ").append(product).append("  x").append(item.getQuantity()).append("  ¥")
                        .append(item.getLineTotal().amountText()).append('\n');
            }
            html.append("</table>");
            line(html, plain, "p", text.get("confirmation.amounts", order.getItemsTotal().amountText(),
                    order.getDiscountTotal().amountText(), order.getShippingFee().amountText(),
                    order.getTaxTotal().amountText(), order.getTotal().amountText()));
            line(html, plain, "p", text.get("confirmation.address", order.getRecipient(), order.getPhone(),
                    order.getAddressLine()));
            line(html, plain, "p", text.get("confirmation.delivery",
                    text.get("shipping." + order.getShippingMethod()),
                    expectedDelivery(order).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                            .withLocale(locale))));
            if (confirmed.cashOnDelivery()) {
                line(html, plain, "p", text.get("confirmation.cod", order.getTotal().amountText()));
            }
        }
        String link = baseUrl.replaceAll("/+$", "") + "/account/orders.xhtml";
        html.append("<p><a href=\"").append(escape(link)).append("\">").append(escape(text.get("confirmation.link")))
                .append("</a></p>");
        plain.append(text.get("confirmation.link")).append(": ").append(link).append('\n');
        line(html, plain, "p", text.get("confirmation.closing"));
        html.append("</body></html>");
        outbox.enqueue(buyer.getEmail(), subject, html.toString(), plain.toString(),
                "order-confirmation:" + confirmed.paymentNo());
    }

    /** Paid today: the parcel services' usual days after dispatch, counted from today in the shop's time zone. */
    private LocalDate expectedDelivery(Order order) {
        LocalDate paid = LocalDate.ofInstant(order.getPaidAt() != null ? order.getPaidAt() : order.getCreatedAt(),
                ZoneId.of(timeZone));
        return paid.plusDays(ShippingMethod.fromCode(order.getShippingMethod()).deliveryDays());
    }

    private static void line(StringBuilder html, StringBuilder plain, String tag, String text) {
        html.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append('>');
        plain.append(text).append("\n\n");
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The mail's sentences, from the bundle in the buyer's language. */
    private record Text(ResourceBundle bundle, Locale locale) {
        String get(String key, Object... params) {
            String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        }
    }
}
