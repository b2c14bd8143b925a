package org.emporium.message;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.emporium.aftersales.AfterSalesChanged;
import org.emporium.aftersales.AfterSalesStep;
import org.emporium.aftersales.ComplaintAnswered;
import org.emporium.merchant.Merchant;

/**
 * Both sides of an after-sales request hear of each step: the buyer in the account centre, the merchant's owner in
 * the back office; an escalation also reaches every customer-service (SERVICE) account. A buyer hears when customer
 * service answers their complaint.
 */
@Stateless
public class AfterSalesMessages {

    @PersistenceContext
    EntityManager em;

    @Inject
    Messages messages;

    public void changed(@Observes AfterSalesChanged change) {
        List<String> params = List.of(change.requestNo(), change.orderNo(), change.action().name(),
                change.status().name());
        if (change.action() != AfterSalesStep.Action.OPENED) {
            messages.send(change.buyerId(), MessageKind.AFTER_SALES, params,
                    "/account/after-sale.xhtml?no=" + change.requestNo());
        }
        String backOffice = "/admin/after-sale.xhtml?no=" + change.requestNo();
        Merchant merchant = em.find(Merchant.class, change.merchantId());
        if (merchant != null && !isMerchantsOwnStep(change)) {
            messages.send(merchant.getOwnerId(), MessageKind.AFTER_SALES, params, backOffice);
        }
        if (change.action() == AfterSalesStep.Action.ESCALATED) {
            List<?> service = em.createNativeQuery("SELECT account_id FROM account_role WHERE role_name = 'SERVICE'")
                    .getResultList();
            for (Object id : service) {
                messages.send(((Number) id).longValue(), MessageKind.AFTER_SALES, params, backOffice);
            }
        }
    }

    public void answered(@Observes ComplaintAnswered answer) {
        messages.send(answer.buyerId(), MessageKind.COMPLAINT_ANSWERED,
                List.of(answer.complaintNo(), answer.status().name()),
                "/account/complaint.xhtml?no=" + answer.complaintNo());
    }

    /** The merchant's own decisions need no message to the merchant. */
    private static boolean isMerchantsOwnStep(AfterSalesChanged change) {
        return switch (change.action()) {
            case APPROVED, REJECTED, RECEIVED, REFUNDED, EXCHANGED -> true;
            default -> false;
        };
    }
}
