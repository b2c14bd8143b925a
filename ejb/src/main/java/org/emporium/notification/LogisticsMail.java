package org.emporium.notification;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.account.Account;
import org.emporium.shipping.OrderShipped;
import org.emporium.shipping.ParcelTracked;

/**
 * 物流通知 by email: the buyer hears of the steps of a parcel's journey that the shop is configured to mail
 * ({@code EMPORIUM_LOGISTICS_MAIL}, a comma list of SHIPPED and the carriers' codes COLLECTED, IN_TRANSIT,
 * OUT_FOR_DELIVERY, DELIVERED, FAILED; {@code none} for no mail — the in-site messages tell every step anyway).
 * One mail per parcel and step, however often the carrier repeats itself or hops between cities.
 */
@Stateless
public class LogisticsMail {

    /** The step a merchant handing over the parcel is mailed as. */
    static final String SHIPPED = "SHIPPED";

    @PersistenceContext
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "EMPORIUM_LOGISTICS_MAIL", defaultValue = "SHIPPED,OUT_FOR_DELIVERY,DELIVERED,FAILED")
    String steps;

    public void shipped(@Observes OrderShipped shipped) {
        write(shipped.buyerId(), shipped.orderNo(), shipped.carrier(), shipped.trackingNo(), SHIPPED, null);
    }

    public void tracked(@Observes ParcelTracked tracked) {
        write(tracked.buyerId(), tracked.orderNo(), tracked.carrier(), tracked.trackingNo(), tracked.code(),
                tracked.city());
    }

    private void write(long buyerId, String orderNo, String carrier, String trackingNo, String step, String city) {
        if (!mailed().contains(step)) {
            return;
        }
        Account buyer = em.find(Account.class, buyerId);
        if (buyer == null || buyer.getEmail() == null) {
            return; // registered by mobile number only: the in-site message is all they get
        }
        MailText mail = MailText.to(buyer);
        String stepName = mail.get("logistics.step." + step);
        String carrierName = mail.get("carrier." + carrier);
        mail.block("p", mail.get("confirmation.greeting",
                buyer.getDisplayName() == null ? buyer.getEmail() : buyer.getDisplayName()));
        mail.block("p", mail.get("logistics.intro." + step, orderNo, city == null ? "" : city));
        mail.block("p", mail.get("logistics.parcel", carrierName, trackingNo, stepName));
        mail.link(outbox.link("/account/order.xhtml?no=" + orderNo),
                mail.get("logistics.link"));
        mail.block("p", mail.get("confirmation.closing"));
        outbox.enqueue(buyer.getEmail(), mail.get("logistics.subject", orderNo, stepName), mail.html(),
                mail.plain(), "logistics:" + carrier + ":" + trackingNo + ":" + step);
    }

    private Set<String> mailed() {
        return Arrays.stream(steps.split(",")).map(s -> s.trim().toUpperCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
