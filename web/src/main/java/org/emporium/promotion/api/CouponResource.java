package org.emporium.promotion.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.util.List;
import org.emporium.promotion.Coupons;

/**
 * 领券中心: what can be claimed now (anyone may look) and claiming one (signed-in members, within the template's
 * quantity and per-member limits).
 */
@Path("coupons")
@Produces(MediaType.APPLICATION_JSON)
public class CouponResource {

    @Inject
    Coupons coupons;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    @GET
    @Path("centre")
    public List<CouponBody.Template> centre() {
        return coupons.claimable().stream().map(CouponBody.Template::of).toList();
    }

    @POST
    @Path("centre/{templateId}/claim")
    @RolesAllowed({"CUSTOMER", "MERCHANT", "ADMIN", "FINANCE", "SERVICE"})
    public Response claim(@PathParam("templateId") long templateId) {
        return Response.status(Response.Status.CREATED)
                .entity(CouponBody.Held.of(coupons.claim(member(), templateId), clock.instant())).build();
    }

    private long member() {
        return Long.parseLong(security.getUserPrincipal().getName());
    }
}
