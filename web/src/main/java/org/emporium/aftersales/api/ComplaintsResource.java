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
import java.util.List;
import org.emporium.aftersales.Complaints;
import org.emporium.platform.api.RequestBodies;

/** The buyer's complaints (我的投诉): filing one, following the conversation, writing again, closing it. */
@Path("complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CUSTOMER", "MERCHANT", "ADMIN", "FINANCE", "SERVICE"})
public class ComplaintsResource {

    @Inject
    Complaints complaints;

    @Inject
    RequestBodies bodies;

    @Context
    SecurityContext security;

    @POST
    public Response file(ComplaintBody.Filing body) {
        bodies.valid(body);
        return Response.status(Response.Status.CREATED).entity(ComplaintBody.View.of(
                complaints.file(buyer(), body.orderNo, body.kind, body.subject, body.description))).build();
    }

    @GET
    public List<ComplaintBody.View> mine(@QueryParam("page") @DefaultValue("0") int page,
                                         @QueryParam("size") @DefaultValue("20") int size) {
        int rows = Math.max(1, Math.min(size, 100));
        return complaints.buyerComplaints(buyer(), Math.max(0, page) * rows, rows).stream()
                .map(ComplaintBody.View::of).toList();
    }

    @GET
    @Path("{complaintNo}")
    public ComplaintBody.View detail(@PathParam("complaintNo") String complaintNo) {
        return ComplaintBody.View.of(complaints.buyerComplaint(buyer(), complaintNo));
    }

    @POST
    @Path("{complaintNo}/notes")
    public ComplaintBody.View write(@PathParam("complaintNo") String complaintNo, ComplaintBody.Text body) {
        bodies.valid(body);
        return ComplaintBody.View.of(complaints.buyerWrites(buyer(), complaintNo, body.text));
    }

    @POST
    @Path("{complaintNo}/close")
    public ComplaintBody.View close(@PathParam("complaintNo") String complaintNo) {
        return ComplaintBody.View.of(complaints.close(buyer(), complaintNo));
    }

    private long buyer() {
        return Long.parseLong(security.getUserPrincipal().getName());
    }
}
