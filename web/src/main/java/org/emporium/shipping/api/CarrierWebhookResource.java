package org.emporium.shipping.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
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
import java.util.HashMap;
import java.util.Map;
import org.emporium.platform.api.ApiError;
import org.emporium.platform.api.ApiErrors;
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

    public record Receipt(String result) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response event(@PathParam("carrier") String carrier, @Context HttpHeaders headers, byte[] body) {
        Map<String, String> flat = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> flat.put(name, values.isEmpty() ? "" : values.get(0)));
        byte[] raw = body == null ? new byte[0] : body;
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                return Response.ok(new Receipt(shipments.tracked(carrier, flat, raw).name())).build();
            } catch (EJBException e) {
                // a concurrent copy of the same event won the unique key: the next attempt finds it recorded
            }
        }
        return ApiErrors.response(503, ApiError.of("TRY_AGAIN", "The event could not be recorded now; send it again"));
    }
}
