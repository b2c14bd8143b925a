package org.emporium.platform.demo;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.util.List;
import java.util.logging.Logger;
import org.emporium.cart.CartItem;
import org.emporium.catalog.ProductStatus;
import org.emporium.checkout.Checkout;
import org.emporium.checkout.CheckoutRequest;
import org.emporium.order.Order;
import org.emporium.order.OrderService;
import org.emporium.payment.Payment;
import org.emporium.payment.PaymentRequest;
import org.emporium.payment.Payments;
import org.emporium.payment.sandbox.SandboxAcquirer;
import org.emporium.shipping.Shipment;
import org.emporium.shipping.Shipments;
import org.emporium.shipping.sandbox.SandboxCourier;

/**
 * The demo shop's order history, so that finance has something to settle on the first night: orders of the demo
 * customer at both demo merchants, taken through their whole life by the shop's own services — placed, paid
 * (sandbox gateway or cash on delivery), shipped, delivered by the sandbox carrier, received — and then moved back
 * in time by whole days, past the return window, as if they had happened then. Nothing is written behind the
 * services' backs but the dates, so the stock ledger, the payment journal and settlement all agree with them
 * (only the numbers of orders and payments keep the day they were really made).
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN) // each step commits on its own, as it would in real life
public class DemoOrders {

    private static final Logger LOG = Logger.getLogger(DemoOrders.class.getName());

    /** One demo order: whose shop (index of the demo merchants), which of its SKUs and how many, how paid, when. */
    private record Past(int merchant, int[][] skusAndQuantities, String payment, int daysAgo) {
    }

    private static final List<Past> HISTORY = List.of(
            new Past(0, new int[][] {{0, 1}, {1, 2}}, "sandbox-alipay", 14),
            new Past(1, new int[][] {{0, 2}}, "sandbox-wechat", 13),
            new Past(0, new int[][] {{2, 1}}, "cod", 12),
            new Past(0, new int[][] {{3, 3}, {0, 1}}, "sandbox-alipay", 10),
            new Past(1, new int[][] {{1, 1}, {2, 1}}, "sandbox-alipay", 9),
            new Past(0, new int[][] {{4, 1}}, "sandbox-wechat", 8));

    private static final String CARRIER = "sandbox-express";

    private static final BigDecimal EVERYDAY_PRICE = new BigDecimal("300.00");

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @EJB
    Checkout checkout;

    @EJB
    Payments payments;

    @EJB
    SandboxAcquirer acquirer;

    @EJB
    Shipments shipments;

    @EJB
    SandboxCourier courier;

    @EJB
    OrderService orders;

    /**
     * Creates the history unless the buyer has ordered anything already (so restarts add nothing); how many orders
     * it created.
     */
    public int createMissing(long buyerId, long addressId, long[] merchantIds, long[] merchantOwnerIds,
                             String shopUrl) {
        if (orders.countBuyerOrders(buyerId, null) > 0) {
            return 0;
        }
        int created = 0;
        for (Past past : HISTORY) {
            List<Long> skus = skusOf(merchantIds[past.merchant()]);
            if (skus.size() <= maxIndex(past)) {
                LOG.warning(() -> "Demo order history skipped: too few SKUs in stock at merchant "
                        + merchantIds[past.merchant()]);
                continue;
            }
            String orderNo = live(buyerId, addressId, past, skus, merchantIds[past.merchant()],
                    merchantOwnerIds[past.merchant()], shopUrl);
            backdate(orderNo, past.daysAgo());
            created++;
        }
        // the dates above were changed in SQL: what the shared cache holds of these orders is out of date
        em.getEntityManagerFactory().getCache().evictAll();
        return created;
    }

    private String live(long buyerId, long addressId, Past past, List<Long> skus, long merchantId, long ownerId,
                        String shopUrl) {
        CheckoutRequest request = new CheckoutRequest();
        request.addressId = addressId;
        request.shippingMethod = "standard";
        request.paymentMethod = past.payment();
        request.acceptTerms = true;
        for (int[] line : past.skusAndQuantities()) {
            request.items.add(new CartItem(skus.get(line[0]), line[1]));
        }
        Order order = checkout.place(buyerId, request, null).orders().get(0);
        String orderNo = order.getNumber();
        Payment payment = payments.create(buyerId, new PaymentRequest(List.of(orderNo), past.payment(), null), null,
                shopUrl);
        if (payment.getGatewayTradeNo() != null) {
            // paid at the sandbox gateway, its notification lost: the shop learns of it by asking, as its reconciler does
            acquirer.pay(payment.getGatewayTradeNo(), null, null, null, false);
            payments.reconcile(payment.getId(), false);
        }
        Shipment shipment = shipments.ship(merchantId, orderNo, CARRIER, null, List.of(), ownerId, shopUrl);
        courier.arriveNow(shipment.getTrackingNo());
        shipments.reconcileTracking(shipment.getId());
        orders.confirmReceipt(buyerId, orderNo);
        return orderNo;
    }

    /**
     * The merchant's first SKUs on the shelf with stock to spare, in id order; everyday prices, so that every
     * order stays within the cash-on-delivery limit.
     */
    private List<Long> skusOf(long merchantId) {
        return em.createQuery("SELECT s.id FROM Sku s WHERE s.product.merchantId = :merchant AND s.active = TRUE"
                        + " AND s.product.status = :onShelf AND s.onHand - s.reserved >= 10 AND s.price <= :price"
                        + " ORDER BY s.id", Long.class)
                .setParameter("merchant", merchantId).setParameter("onShelf", ProductStatus.ON_SHELF)
                .setParameter("price", EVERYDAY_PRICE).setMaxResults(8).getResultList();
    }

    private static int maxIndex(Past past) {
        int max = 0;
        for (int[] line : past.skusAndQuantities()) {
            max = Math.max(max, line[0]);
        }
        return max;
    }

    /**
     * Moves everything the shop recorded of one order back by whole days: the order and its history, its payment,
     * journal lines and gateway notices, its parcel and tracking, the buyer's messages about it.
     */
    private void backdate(String orderNo, int days) {
        String back = " - INTERVAL '" + days + "' DAY"; // an int: nothing of the outside world goes into the SQL
        String paymentsOfOrder = "(SELECT po.payment_id FROM payment_order po WHERE po.order_no = ?1)";
        String paymentNosOfOrder = "(SELECT p.payment_no FROM payment p JOIN payment_order po ON po.payment_id = p.id"
                + " WHERE po.order_no = ?1)";
        List<String> statements = List.of(
                "UPDATE order_status_change SET changed_at = changed_at" + back
                        + " WHERE order_id = (SELECT o.id FROM shop_order o WHERE o.order_no = ?1)",
                "UPDATE shop_order SET created_at = created_at" + back + ", pay_by = pay_by" + back
                        + ", paid_at = paid_at" + back + ", shipped_at = shipped_at" + back
                        + ", delivered_at = delivered_at" + back + ", completed_at = completed_at" + back
                        + " WHERE order_no = ?1",
                "UPDATE journal_entry SET business_day = business_day" + back + ", booked_at = booked_at" + back
                        + " WHERE payment_no IN " + paymentNosOfOrder,
                "UPDATE payment_notification SET received_at = received_at" + back
                        + " WHERE payment_no IN " + paymentNosOfOrder,
                "UPDATE payment SET created_at = created_at" + back + ", expires_at = expires_at" + back
                        + ", paid_at = paid_at" + back + " WHERE id IN " + paymentsOfOrder,
                "UPDATE payment_order SET collected_at = collected_at" + back + " WHERE order_no = ?1",
                "UPDATE tracking_event SET occurred_at = occurred_at" + back + ", received_at = received_at" + back
                        + " WHERE shipment_id IN (SELECT s.id FROM shipment s WHERE s.order_no = ?1)",
                "UPDATE shipment SET shipped_at = shipped_at" + back + ", delivered_at = delivered_at" + back
                        + ", last_checked_at = last_checked_at" + back + " WHERE order_no = ?1",
                "UPDATE message SET created_at = created_at" + back + " WHERE params LIKE ?1");
        try {
            transaction.begin();
            for (String sql : statements) {
                em.createNativeQuery(sql).setParameter(1, sql.contains("LIKE") ? "%" + orderNo + "%" : orderNo)
                        .executeUpdate();
            }
            transaction.commit();
        } catch (Exception e) {
            try {
                transaction.rollback();
            } catch (Exception ignored) {
                // the original failure is what matters
            }
            throw new IllegalStateException("Could not date demo order " + orderNo + " back", e);
        }
    }
}
