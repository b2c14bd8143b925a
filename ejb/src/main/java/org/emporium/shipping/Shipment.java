package org.emporium.shipping;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A shipment (发货): the parcel a merchant handed to a carrier for one paid order, with its tracking number and the
 * tracking events (物流轨迹) the carrier reported, oldest first.
 */
@Entity
@Table(name = "shipment")
@NamedQuery(name = "Shipment.ofOrder", query = "SELECT s FROM Shipment s WHERE s.orderNo = :no ORDER BY s.id")
@NamedQuery(name = "Shipment.byTracking",
        query = "SELECT s FROM Shipment s WHERE s.carrier = :carrier AND s.trackingNo = :tracking")
public class Shipment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private Long orderId;

    @Column(name = "order_no", nullable = false, length = 20, updatable = false)
    private String orderNo;

    @Column(name = "merchant_id", nullable = false, updatable = false)
    private Long merchantId;

    @Column(name = "carrier", nullable = false, length = 32, updatable = false)
    private String carrier;

    @Column(name = "tracking_no", nullable = false, length = 40, updatable = false)
    private String trackingNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ShipmentStatus status;

    @Column(name = "shipped_at", nullable = false, updatable = false)
    private Instant shippedAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "last_checked_at")
    private Instant lastCheckedAt;

    @Column(name = "shipped_by", updatable = false)
    private Long shippedBy;

    @OneToMany(mappedBy = "shipment", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<TrackingEvent> events = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected Shipment() {
        // for JPA
    }

    Shipment(long orderId, String orderNo, long merchantId, String carrier, String trackingNo, Long shippedBy,
             Instant now) {
        this.orderId = orderId;
        this.orderNo = orderNo;
        this.merchantId = merchantId;
        this.carrier = carrier;
        this.trackingNo = trackingNo;
        this.shippedBy = shippedBy;
        this.shippedAt = now;
        this.status = ShipmentStatus.SHIPPED;
    }

    /** The shop asked the carrier about this parcel just now. */
    void checked(Instant now) {
        lastCheckedAt = now;
    }

    /** Records what the carrier reported; returns true if the parcel has just been delivered. */
    boolean record(TrackingEvent event) {
        events.add(event);
        if (event.isDelivery() && status != ShipmentStatus.DELIVERED) {
            status = ShipmentStatus.DELIVERED;
            deliveredAt = event.getOccurredAt();
            return true;
        }
        if (event.isFailure() && status == ShipmentStatus.SHIPPED) {
            status = ShipmentStatus.EXCEPTION;
        } else if (!event.isFailure() && status == ShipmentStatus.EXCEPTION) {
            status = ShipmentStatus.SHIPPED; // the carrier tries again
        }
        return false;
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public long getMerchantId() {
        return merchantId;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingNo() {
        return trackingNo;
    }

    public ShipmentStatus getStatus() {
        return status;
    }

    public Instant getShippedAt() {
        return shippedAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public List<TrackingEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }

    /** The timeline as pages show it: the latest step first. */
    public List<TrackingEvent> getEventsNewestFirst() {
        List<TrackingEvent> newest = new ArrayList<>(events);
        Collections.reverse(newest);
        return newest;
    }
}
