package org.emporium.aftersales.api;

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
import org.emporium.aftersales.AfterSales;
import org.emporium.order.api.OrderBody;
import org.emporium.platform.api.RequestBodies;

/**
 * The buyer's after-sales requests (我的售后): opening one on a line of a delivered order, following it, sending the
 * goods back, withdrawing it. Only the caller's own requests exist here.
 */
@Path("after-sales")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CUSTOMER", "MERCHANT", "ADMIN", "FINANCE", "SERVICE"})
public class AfterSalesResource {

    @Inject
    AfterSales afterSales;

    @Inject
    RequestBodies bodies;

    @Context
    SecurityContext security;

    @POST
    public Response open(AfterSalesBody.Opening body) {
        bodies.valid(body);
        return Response.status(Response.Status.CREATED)
                .entity(AfterSalesBody.Request.of(afterSales.open(buyer(), body.orderNo, body))).build();
    }

    @GET
    public OrderBody.Page<AfterSalesBody.Summary> list(@QueryParam("page") @DefaultValue("0") int page,
                                                       @QueryParam("size") @DefaultValue("20") int size) {
        int rows = Math.max(1, Math.min(size, 100));
        return new OrderBody.Page<>(afterSales.buyerRequests(buyer(), Math.max(0, page) * rows, rows).stream()
                .map(AfterSalesBody.Summary::of).toList(), afterSales.countBuyerRequests(buyer()),
                Math.max(0, page), rows);
    }

    @GET
    @Path("{requestNo}")
    public AfterSalesBody.Request detail(@PathParam("requestNo") String requestNo) {
        return AfterSalesBody.Request.of(afterSales.buyerRequest(buyer(), requestNo));
    }

    @POST
    @Path("{requestNo}/return-parcel")
    public AfterSalesBody.Request shipBack(@PathParam("requestNo") String requestNo,
                                           AfterSalesBody.ReturnParcel body) {
        bodies.valid(body);
        return AfterSalesBody.Request.of(afterSales.shipBack(buyer(), requestNo, body.carrier, body.trackingNo));
    }

    @POST
    @Path("{requestNo}/withdraw")
    public AfterSalesBody.Request withdraw(@PathParam("requestNo") String requestNo) {
        return AfterSalesBody.Request.of(afterSales.withdraw(buyer(), requestNo));
    }

    private long buyer() {
        return Long.parseLong(security.getUserPrincipal().getName());
    }
}
