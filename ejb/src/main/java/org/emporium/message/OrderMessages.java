package org.emporium.message;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.emporium.order.Order;
import org.emporium.order.OrderCancelled;
import org.emporium.order.OrderPlaced;
import org.emporium.payment.PaymentConfirmed;
import org.emporium.payment.RefundCompleted;
import org.emporium.shipping.OrderShipped;
import org.emporium.shipping.ParcelTracked;

/** The buyer's in-site messages about their orders, written with the change that caused them. */
@Stateless
public class OrderMessages {

    @PersistenceContext
    EntityManager em;

    @Inject
    Messages messages;

    public void placed(@Observes OrderPlaced placed) {
        for (String orderNo : placed.orderNos()) {
            Order order = em.createNamedQuery("Order.byNo", Order.class).setParameter("no", orderNo)
                    .getResultStream().findFirst().orElse(null);
            String total = order == null ? "" : order.getTotal().amountText();
            messages.send(placed.buyerId(), MessageKind.ORDER_PLACED, List.of(orderNo, total),
                    "/account/order.xhtml?no=" + orderNo);
        }
    }

    public void paid(@Observes PaymentConfirmed confirmed) {
        for (String orderNo : confirmed.orderNos()) {
            Order order = em.createNamedQuery("Order.byNo", Order.class).setParameter("no", orderNo)
                    .getResultStream().findFirst().orElse(null);
            String total = order == null ? "" : order.getTotal().amountText();
            messages.send(confirmed.buyerId(), MessageKind.ORDER_PAID, List.of(orderNo, total, confirmed.method()),
                    "/account/order.xhtml?no=" + orderNo);
        }
    }

    public void refunded(@Observes RefundCompleted refund) {
        messages.send(refund.buyerId(), MessageKind.REFUNDED,
                List.of(refund.orderNo(), refund.amount(), refund.reason(), refund.refundNo()),
                "/account/order.xhtml?no=" + refund.orderNo());
    }

    public void shipped(@Observes OrderShipped shipped) {
        messages.send(shipped.buyerId(), MessageKind.ORDER_SHIPPED,
                List.of(shipped.orderNo(), shipped.carrier(), shipped.trackingNo()),
                "/account/order.xhtml?no=" + shipped.orderNo());
    }

    public void tracked(@Observes ParcelTracked tracked) {
        messages.send(tracked.buyerId(), MessageKind.PARCEL_TRACKED,
                List.of(tracked.orderNo(), tracked.code(), tracked.city() == null ? "" : tracked.city()),
                "/account/order.xhtml?no=" + tracked.orderNo());
    }

    public void cancelled(@Observes OrderCancelled cancelled) {
        messages.send(cancelled.buyerId(), MessageKind.ORDER_CANCELLED,
                List.of(cancelled.orderNo(), cancelled.reason()), "/account/order.xhtml?no=" + cancelled.orderNo());
    }
}
