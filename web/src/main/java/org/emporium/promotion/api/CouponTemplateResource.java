package org.emporium.promotion.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.emporium.order.web.StaffScope;
import org.emporium.platform.api.RequestBodies;
import org.emporium.promotion.CouponTemplate;
import org.emporium.promotion.CouponTemplateDraft;
import org.emporium.promotion.Coupons;

/** 优惠券管理: a merchant its shop's coupon templates, ADMIN any shop's or the platform's; with usage statistics. */
@Path("admin/coupon-templates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "MERCHANT"})
public class CouponTemplateResource {

    @Inject
    Coupons coupons;

    @Inject
    StaffScope scope;

    @Inject
    RequestBodies bodies;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    @GET
    public List<CouponBody.Template> list() {
        List<CouponTemplate> templates = coupons.templates(scope.orders());
        Map<Long, Coupons.Driven> driven = coupons.driven(templates.stream().map(CouponTemplate::getId).toList());
        return templates.stream().map(t -> CouponBody.Template.of(t, driven.getOrDefault(t.getId(),
                Coupons.Driven.NONE))).toList();
    }

    @GET
    @Path("{id}")
    public CouponBody.Template get(@PathParam("id") long id) {
        return CouponBody.Template.of(coupons.template(scope.orders(), id),
                coupons.driven(List.of(id)).getOrDefault(id, Coupons.Driven.NONE));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CouponTemplateDraft draft) {
        bodies.valid(draft);
        return Response.status(Response.Status.CREATED).entity(CouponBody.Template.of(coupons.create(
                scope.orders(), Long.parseLong(security.getUserPrincipal().getName()), draft), Coupons.Driven.NONE))
                .build();
    }

    /** The members to hand a coupon each to (定向发放). */
    public static class HandOut {
        @NotEmpty
        @Size(max = 1000)
        public List<@NotNull Long> memberIds = new ArrayList<>();
    }

    @POST
    @Path("{id}/hand-out")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<CouponBody.Held> handOut(@PathParam("id") long id, HandOut body) {
        bodies.valid(body);
        return coupons.handOut(scope.orders(), id, body.memberIds).stream().map(c -> CouponBody.Held.of(c, clock.instant())).toList();
    }
}
