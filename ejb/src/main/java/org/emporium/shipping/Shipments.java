package org.emporium.shipping;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.emporium.order.ActorKind;
import org.emporium.order.Order;
import org.emporium.order.OrderCompleted;
import org.emporium.order.OrderLine;
import org.emporium.order.OrderService;
import org.emporium.order.OrderStatus;
import org.emporium.payment.Payments;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.shipping.spi.Carrier;

/**
 * Fulfilment (发货与物流): a merchant ships a paid order through a carrier, in one parcel or several; the
 * carrier's signed tracking webhooks are recorded once each (the tracking events' unique key), and the delivery
 * event of the last parcel moves the order to DELIVERED — which is also when cash on delivery is collected.
 */
@Stateless
public class Shipments {

    /** Reasons in the order's status history (bundle keys order.reason.*). */
    public static final String SHIPPED = "shipped";
    public static final String DELIVERED = "delivered";
    public static final String COLLECTED = "collected";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<Carrier> carriers;

    @Inject
    OrderService orders;

    @Inject
    Payments payments;

    @Inject
    Event<OrderShipped> shipped;

    @Inject
    Event<ParcelTracked> tracked;

    @Inject
    Event<OrderCompleted> completed;

    /**
     * Ships a paid order (发货), whole or in part (分批发货): {@code lineNos} are the order lines in this parcel,
     * none for every line still waiting. The order is SHIPPED with its last line. {@code merchantScope} is the
     * caller's shop (null for staff): another shop's order is "not found". Without a tracking number the carrier
     * assigns one.
     *
     * @param shopUrl where the carrier's tracking webhooks reach the shop
     */
    public Shipment ship(Long merchantScope, String orderNo, @NotNull String carrierName, String trackingNo,
                         Collection<Integer> lineNos, long actorId, @NotNull String shopUrl) {
        Order order = orders.merchantOrder(merchantScope, orderNo);
        Carrier carrier = carrierNamed(carrierName, () -> new BusinessRuleException("VALIDATION",
                "Unknown carrier '" + carrierName + "'"));
        String given = trackingNo == null || trackingNo.isBlank() ? null : trackingNo.trim();
        if (given != null && !given.matches("[A-Za-z0-9-]{6,40}")) {
            throw new BusinessRuleException("VALIDATION", "A tracking number has 6 to 40 letters, digits or '-'");
        }
        if (ShippingMethod.PICKUP.code().equals(order.getShippingMethod())) {
            throw new BusinessRuleException("INVALID_STATE", "A pickup order is collected, not shipped");
        }
        Instant now = clock.instant();
        List<OrderLine> parcel = order.dispatch(lineNos,
                merchantScope == null ? ActorKind.STAFF : ActorKind.MERCHANT, actorId, SHIPPED, now);
        em.flush(); // the version check settles a race with a cancellation or another parcel before registering
        String base = shopUrl.endsWith("/") ? shopUrl.substring(0, shopUrl.length() - 1) : shopUrl;
        String tracking = carrier.register(new Carrier.Waybill(order.getNumber(), given, shipFromCity(order),
                order.getCity(), base + "/api/v1/carriers/" + carrier.name() + "/events"));
        Shipment shipment = new Shipment(order.getId(), order.getNumber(), order.getMerchantId(), carrier.name(),
                tracking, actorId, now);
        em.persist(shipment);
        em.flush(); // a tracking number used before fails here, on the unique key
        order.packed(parcel, shipment.getId());
        shipped.fire(new OrderShipped(order.getBuyerId(), order.getNumber(), carrier.name(), tracking));
        return shipment;
    }

    /**
     * 自提: the buyer collected a paid pickup order at the counter, so it is complete (and paid, if cash on
     * delivery). {@code merchantScope} is the caller's shop (null for staff).
     */
    public Order collected(Long merchantScope, String orderNo, long actorId) {
        Order order = orders.merchantOrder(merchantScope, orderNo);
        if (!ShippingMethod.PICKUP.code().equals(order.getShippingMethod())) {
            throw new BusinessRuleException("INVALID_STATE", "Only a pickup order is collected at the counter");
        }
        if (order.getStatus() != OrderStatus.PAID) {
            throw new BusinessRuleException("INVALID_STATE", "Only a paid pickup order can be collected");
        }
        Instant now = clock.instant();
        order.moveTo(OrderStatus.COMPLETED, merchantScope == null ? ActorKind.STAFF : ActorKind.MERCHANT, actorId,
                COLLECTED, now);
        em.flush(); // the version check settles a race with a cancellation before money is booked
        payments.collectOnDelivery(order.getNumber(), now);
        completed.fire(new OrderCompleted(order.getBuyerId(), order.getNumber()));
        return order;
    }

    /** What a carrier's webhook did. */
    public enum Receipt {
        APPLIED,
        DUPLICATE
    }

    /**
     * A carrier's tracking webhook, exactly as it arrived: verified by the carrier, recorded once; the delivery
     * event moves the order to DELIVERED and collects cash on delivery.
     */
    public Receipt tracked(String carrierName, Map<String, String> headers, byte[] rawBody) {
        Carrier carrier = carrierNamed(carrierName, () -> new NotFoundException("Carrier " + carrierName));
        Carrier.Event event = carrier.verify(headers, rawBody);
        Shipment shipment = em.createNamedQuery("Shipment.byTracking", Shipment.class)
                .setParameter("carrier", carrier.name()).setParameter("tracking", event.trackingNo())
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("Shipment"));
        if (isRecorded(carrier.name(), event.eventId())) {
            return Receipt.DUPLICATE;
        }
        apply(shipment, event);
        return Receipt.APPLIED;
    }

    /**
     * Records one tracking event of a shipment, once (the unique key on carrier and event id settles a race
     * between copies); the delivery event moves the order to DELIVERED and collects cash on delivery.
     */
    private void apply(Shipment shipment, Carrier.Event event) {
        Instant now = clock.instant();
        em.refresh(shipment, LockModeType.PESSIMISTIC_WRITE);
        TrackingEvent recorded = new TrackingEvent(shipment, event, now);
        em.persist(recorded);
        em.flush(); // a concurrent copy of the same event waits here, then fails on the unique key
        Order order = em.find(Order.class, shipment.getOrderId());
        if (shipment.record(recorded)) {
            em.refresh(order, LockModeType.PESSIMISTIC_WRITE);
            // delivered when the last of its parcels is: a parcel of a partly shipped order waits for the others
            if (order.getStatus() != OrderStatus.PAID && allDelivered(order.getNumber())) {
                if (order.getStatus() == OrderStatus.SHIPPED) {
                    order.moveTo(OrderStatus.DELIVERED, ActorKind.SYSTEM, null, DELIVERED, now);
                }
                payments.collectOnDelivery(order.getNumber(), now);
            }
        }
        tracked.fire(new ParcelTracked(order.getBuyerId(), order.getNumber(), shipment.getCarrier(),
                shipment.getTrackingNo(), event.code(), event.city()));
    }

    /**
     * Ids of parcels still on their way that were shipped before {@code before} and not asked about since: their
     * carrier may have lost a webhook. Least recently asked first.
     */
    public List<Long> onTheWaySince(Instant before, int max) {
        return em.createQuery("SELECT s.id FROM Shipment s WHERE s.status IN :onTheWay AND s.shippedAt < :before"
                        + " AND (s.lastCheckedAt IS NULL OR s.lastCheckedAt < :before)"
                        + " ORDER BY COALESCE(s.lastCheckedAt, s.shippedAt), s.id", Long.class)
                .setParameter("onTheWay", java.util.EnumSet.of(ShipmentStatus.SHIPPED, ShipmentStatus.EXCEPTION))
                .setParameter("before", before)
                .setMaxResults(max).getResultList();
    }

    /**
     * Asks the carrier what happened to a parcel and records what the shop missed (查询轨迹补录): the same events
     * as its webhooks, so whichever comes first counts and the other changes nothing. Returns how many were new.
     */
    public int reconcileTracking(long shipmentId) {
        Shipment shipment = em.find(Shipment.class, shipmentId, LockModeType.PESSIMISTIC_WRITE);
        if (shipment == null) {
            return 0;
        }
        Carrier carrier = carrierNamed(shipment.getCarrier(), () -> new NotFoundException("Carrier"));
        int applied = 0;
        for (Carrier.Event event : carrier.track(shipment.getTrackingNo())) {
            if (!isRecorded(carrier.name(), event.eventId())) {
                apply(shipment, event);
                applied++;
            }
        }
        shipment.checked(clock.instant());
        return applied;
    }

    private boolean allDelivered(String orderNo) {
        return ofOrderQuery(orderNo).stream().allMatch(s -> s.getStatus() == ShipmentStatus.DELIVERED);
    }

    public boolean isRecorded(String carrierName, String eventId) {
        return em.createNamedQuery("TrackingEvent.count", Long.class).setParameter("carrier", carrierName)
                .setParameter("event", eventId).getSingleResult() > 0;
    }

    /** An order's shipments with their tracking events, oldest first. */
    public List<Shipment> ofOrder(String orderNo) {
        List<Shipment> found = ofOrderQuery(orderNo);
        found.forEach(s -> s.getEvents().size());
        return found;
    }

    private List<Shipment> ofOrderQuery(String orderNo) {
        return em.createNamedQuery("Shipment.ofOrder", Shipment.class).setParameter("no", orderNo).getResultList();
    }

    /** The carriers a merchant may choose. */
    public List<String> carrierNames() {
        return carriers.stream().map(Carrier::name).sorted().toList();
    }

    private String shipFromCity(Order order) {
        return em.createNamedQuery("FreightTemplate.defaultOf", FreightTemplate.class)
                .setParameter("merchant", order.getMerchantId()).getResultStream().findFirst()
                .map(FreightTemplate::getShipFromCity).orElse(order.getCity());
    }

    private Carrier carrierNamed(String name, java.util.function.Supplier<RuntimeException> unknown) {
        for (Carrier carrier : carriers) {
            if (carrier.name().equals(name)) {
                return carrier;
            }
        }
        throw unknown.get();
    }
}
