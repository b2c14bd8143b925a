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
import org.emporium.aftersales.ComplaintStatus;
import org.emporium.aftersales.Complaints;
import org.emporium.order.api.OrderBody;
import org.emporium.platform.api.RequestBodies;
import org.emporium.platform.api.QueryParams;

/** Customer service's complaint queue (投诉工单): oldest waiting first; take, answer, resolve. */
@Path("admin/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"SERVICE", "ADMIN"})
public class ComplaintAdminResource {

    @Inject
    Complaints complaints;

    @Inject
    RequestBodies bodies;

    @Context
    SecurityContext security;

    @GET
    public OrderBody.Page<ComplaintBody.View> queue(@QueryParam("status") String status,
                                                    @QueryParam("page") @DefaultValue("0") int page,
                                                    @QueryParam("size") @DefaultValue("20") int size) {
        ComplaintStatus wanted = QueryParams.status(ComplaintStatus.class, status);
        int rows = Math.max(1, Math.min(size, 200));
        return new OrderBody.Page<>(complaints.queue(wanted, Math.max(0, page) * rows, rows).stream()
                .map(ComplaintBody.View::of).toList(), complaints.countQueue(wanted), Math.max(0, page), rows);
    }

    @GET
    @Path("{complaintNo}")
    public ComplaintBody.View detail(@PathParam("complaintNo") String complaintNo) {
        return ComplaintBody.View.of(complaints.complaint(complaintNo));
    }

    @POST
    @Path("{complaintNo}/take")
    public ComplaintBody.View take(@PathParam("complaintNo") String complaintNo) {
        return ComplaintBody.View.of(complaints.take(complaintNo, caller()));
    }

    @POST
    @Path("{complaintNo}/notes")
    public ComplaintBody.View write(@PathParam("complaintNo") String complaintNo, ComplaintBody.Text body) {
        bodies.valid(body);
        return ComplaintBody.View.of(complaints.staffWrites(complaintNo, caller(), body.text));
    }

    @POST
    @Path("{complaintNo}/resolve")
    public ComplaintBody.View resolve(@PathParam("complaintNo") String complaintNo, ComplaintBody.Text body) {
        bodies.valid(body);
        return ComplaintBody.View.of(complaints.resolve(complaintNo, caller(), body.text));
    }

    private long caller() {
        return Long.parseLong(security.getUserPrincipal().getName());
    }
}
