package org.emporium.shipping.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.emporium.platform.api.Webhooks;
import org.emporium.shipping.Shipments;

/**
 * Carriers' tracking webhooks ({@code POST /carriers/{carrier}/events}): open to the world, believed only when the
 * carrier's signature over the raw body and its time window check out; each event is recorded once. 200 for an
 * applied or duplicate event, 4xx (and no change) for a forged or stale one, 503 when it should be sent again.
 */
@Path("carriers/{carrier}/events")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CarrierWebhookResource {

    @Inject
    Shipments shipments;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response event(@PathParam("carrier") String carrier, @Context HttpHeaders headers, byte[] body) {
        return Webhooks.receive(headers, body, (flat, raw) -> shipments.tracked(carrier, flat, raw));
    }
}
