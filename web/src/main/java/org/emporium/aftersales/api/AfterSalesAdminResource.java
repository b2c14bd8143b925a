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
import jakarta.ws.rs.core.SecurityContext;
import org.emporium.aftersales.AfterSales;
import org.emporium.aftersales.AfterSalesSearch;
import org.emporium.aftersales.AfterSalesStatus;
import org.emporium.order.api.OrderBody;
import org.emporium.order.web.StaffScope;
import org.emporium.platform.api.RequestBodies;
import org.emporium.platform.api.QueryParams;

/**
 * The back office's after-sales requests: a merchant decides its own shop's; customer service (SERVICE) and ADMIN
 * every shop's — SERVICE's queue is {@code ?escalated=true}, the requests merchants left unanswered.
 */
@Path("admin/after-sales")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
@RolesAllowed({"MERCHANT", "ADMIN", "SERVICE"})
public class AfterSalesAdminResource {

    @Inject
    AfterSales afterSales;

    @Inject
    StaffScope scope;

    @Inject
    RequestBodies bodies;

    @Context
    SecurityContext security;

    @GET
    public OrderBody.Page<AfterSalesBody.Summary> search(@QueryParam("status") String status,
                                                         @QueryParam("escalated") boolean escalated,
                                                         @QueryParam("number") String number,
                                                         @QueryParam("page") @DefaultValue("0") int page,
                                                         @QueryParam("size") @DefaultValue("20") int size) {
        AfterSalesSearch search = new AfterSalesSearch(scope.orders(),
                QueryParams.status(AfterSalesStatus.class, status), escalated, number);
        int rows = Math.max(1, Math.min(size, 200));
        return new OrderBody.Page<>(afterSales.search(search, Math.max(0, page) * rows, rows).stream()
                .map(AfterSalesBody.Summary::of).toList(), afterSales.count(search), Math.max(0, page), rows);
    }

    @GET
    @Path("{requestNo}")
    public AfterSalesBody.Request detail(@PathParam("requestNo") String requestNo) {
        return AfterSalesBody.Request.of(afterSales.merchantRequest(scope.orders(), requestNo));
    }

    @POST
    @Path("{requestNo}/approve")
    public AfterSalesBody.Request approve(@PathParam("requestNo") String requestNo, String raw) {
        AfterSalesBody.Approval body = bodies.validOrDefault(raw, AfterSalesBody.Approval.class,
                AfterSalesBody.Approval::new);
        return AfterSalesBody.Request.of(afterSales.approve(scope.orders(), requestNo, body.returnAddress,
                caller()));
    }

    @POST
    @Path("{requestNo}/reject")
    public AfterSalesBody.Request reject(@PathParam("requestNo") String requestNo, AfterSalesBody.Rejection body) {
        bodies.valid(body);
        return AfterSalesBody.Request.of(afterSales.reject(scope.orders(), requestNo, body.reason, caller()));
    }

    @POST
    @Path("{requestNo}/receive")
    public AfterSalesBody.Request receive(@PathParam("requestNo") String requestNo, String raw) {
        AfterSalesBody.Receipt receipt = bodies.validOrDefault(raw, AfterSalesBody.Receipt.class,
                AfterSalesBody.Receipt::new);
        return AfterSalesBody.Request.of(afterSales.receive(scope.orders(), requestNo, receipt.restock,
                receipt.carrier, receipt.trackingNo, caller()));
    }

    private long caller() {
        return Long.parseLong(security.getUserPrincipal().getName());
    }
}
