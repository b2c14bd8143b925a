package org.emporium.shipping;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.emporium.shipping.spi.Carrier;

/**
 * One step of a parcel's journey as its carrier reported it (揽收, 运输中, 派送中, 已签收, 派送失败). Unique per
 * carrier and event id: a webhook delivered twice is recorded once. Never changed.
 */
@Entity
@Table(name = "tracking_event")
@NamedQuery(name = "TrackingEvent.count",
        query = "SELECT COUNT(e) FROM TrackingEvent e WHERE e.carrier = :carrier AND e.eventId = :event")
public class TrackingEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "shipment_id", updatable = false)
    private Shipment shipment;

    @Column(name = "carrier", nullable = false, length = 32, updatable = false)
    private String carrier;

    @Column(name = "event_id", nullable = false, length = 80, updatable = false)
    private String eventId;

    @Column(name = "code", nullable = false, length = 24, updatable = false)
    private String code;

    @Column(name = "city", length = 64, updatable = false)
    private String city;

    @Column(name = "description", length = 200, updatable = false)
    private String description;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected TrackingEvent() {
        // for JPA
    }

    TrackingEvent(Shipment shipment, Carrier.Event event, Instant receivedAt) {
        this.shipment = shipment;
        this.carrier = shipment.getCarrier();
        this.eventId = event.eventId();
        this.code = event.code();
        this.city = event.city();
        this.description = event.description() == null || event.description().length() <= 200
                ? event.description() : event.description().substring(0, 200);
        this.occurredAt = event.occurredAt();
        this.receivedAt = receivedAt;
    }

    boolean isDelivery() {
        return Carrier.DELIVERED.equals(code);
    }

    boolean isFailure() {
        return "FAILED".equals(code);
    }

    public String getCode() {
        return code;
    }

    public String getCity() {
        return city;
    }

    public String getDescription() {
        return description;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
