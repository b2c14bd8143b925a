package org.emporium.promotion.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import org.emporium.order.web.StaffScope;
import org.emporium.platform.api.QueryParams;
import org.emporium.platform.api.RequestBodies;
import org.emporium.promotion.PromotionDraft;
import org.emporium.promotion.PromotionStatus;
import org.emporium.promotion.Promotions;

/**
 * Promotions in the back office (促销管理): a merchant makes and runs its own shop's, platform staff (ADMIN) any
 * shop's or the platform's. Terms never change once made; a promotion is paused, resumed or ended.
 */
@Path("admin/promotions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "MERCHANT"})
public class PromotionResource {

    @Inject
    Promotions promotions;

    @Inject
    StaffScope scope;

    @Inject
    RequestBodies bodies;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    @GET
    public PromotionBody.Page search(@QueryParam("merchantId") Long merchantId,
                                     @QueryParam("status") String status,
                                     @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue("20") int size) {
        PromotionStatus wanted = QueryParams.status(PromotionStatus.class, status);
        int rows = Math.max(1, Math.min(size, 100));
        Long merchantScope = scope.orders();
        return new PromotionBody.Page(promotions.search(merchantScope, merchantId, wanted, Math.max(0, page) * rows,
                rows).stream().map(p -> PromotionBody.of(p, clock.instant())).toList(),
                promotions.count(merchantScope, merchantId, wanted), Math.max(0, page), rows);
    }

    @GET
    @Path("{id}")
    public PromotionBody get(@PathParam("id") long id) {
        return PromotionBody.of(promotions.get(scope.orders(), id), clock.instant());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(PromotionDraft draft) {
        bodies.valid(draft);
        return Response.status(Response.Status.CREATED).entity(PromotionBody.of(promotions.create(scope.orders(),
                Long.parseLong(security.getUserPrincipal().getName()), draft), clock.instant())).build();
    }

    @POST
    @Path("{id}/pause")
    public PromotionBody pause(@PathParam("id") long id) {
        return PromotionBody.of(promotions.pause(scope.orders(), id), clock.instant());
    }

    @POST
    @Path("{id}/resume")
    public PromotionBody resume(@PathParam("id") long id) {
        return PromotionBody.of(promotions.resume(scope.orders(), id), clock.instant());
    }

    @POST
    @Path("{id}/end")
    public PromotionBody end(@PathParam("id") long id) {
        return PromotionBody.of(promotions.end(scope.orders(), id), clock.instant());
    }
}
