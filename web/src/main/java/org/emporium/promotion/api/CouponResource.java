package org.emporium.promotion.api;

import jakarta.annotation.security.PermitAll;
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
import org.emporium.membership.Points;
import org.emporium.promotion.Coupons;

/**
 * 领券中心: what can be claimed now (anyone may look) and claiming one (signed-in members, within the template's
 * quantity and per-member limits); 积分兑换: what can be had for points, and exchanging points for one.
 */
@Path("coupons")
@Produces(MediaType.APPLICATION_JSON)
public class CouponResource {

    @Inject
    Coupons coupons;

    @Inject
    Points points;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    @GET
    @Path("centre")
    @PermitAll
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

    @GET
    @Path("points-exchange")
    @PermitAll
    public List<CouponBody.Template> forPoints() {
        return coupons.exchangeable().stream().map(CouponBody.Template::of).toList();
    }

    @POST
    @Path("points-exchange/{templateId}")
    @RolesAllowed({"CUSTOMER", "MERCHANT", "ADMIN", "FINANCE", "SERVICE"})
    public Response exchange(@PathParam("templateId") long templateId) {
        return Response.status(Response.Status.CREATED)
                .entity(CouponBody.Held.of(points.exchange(member(), templateId), clock.instant())).build();
    }

    private long member() {
        return Long.parseLong(security.getUserPrincipal().getName());
    }
}
