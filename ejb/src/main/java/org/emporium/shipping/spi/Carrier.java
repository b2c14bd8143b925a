package org.emporium.shipping.spi;

import java.time.Instant;
import java.util.Map;
import org.emporium.platform.InvalidWebhookException;

/**
 * A logistics company the shop hands parcels to (快递公司). Implementations are CDI beans; {@link
 * org.emporium.shipping.Shipments} picks the one named in the merchant's shipment. Tracking events reach the shop
 * as raw signed webhooks, which the carrier itself verifies, or by asking the carrier ({@link #track}).
 */
public interface Carrier {

    /** The carrier's code in the API and on pages, e.g. {@code sandbox-express}. */
    String name();

    /** Registers a parcel (creates the waybill); returns its tracking number (the given one, or a new one). */
    String register(Waybill waybill);

    /**
     * The carrier's own record of a parcel so far (查询物流轨迹), oldest first, with the same event ids as its
     * webhooks — for webhooks that never arrived. Empty for a parcel it does not know.
     */
    java.util.List<Event> track(String trackingNo);

    /** Checks a tracking webhook exactly as received; anything doubtful is an InvalidWebhookException. */
    Event verify(Map<String, String> headers, byte[] rawBody);

    record Waybill(String reference, String trackingNo, String fromCity, String toCity, String notifyUrl) {
    }

    /** One tracking event; {@code eventId} is the same for every copy of it. */
    record Event(String eventId, String trackingNo, String code, String city, String description,
                 Instant occurredAt) {
    }

    /** Event codes the shop acts on: the parcel reached the buyer. */
    String DELIVERED = "DELIVERED";
}
