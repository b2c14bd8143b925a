package org.emporium.review.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.emporium.platform.api.RequestBodies;
import org.emporium.review.ReviewDraft;
import org.emporium.review.Reviews;

/**
 * The buyer's reviews (我的评价): one per line of a completed order, changed once, followed up once (追评).
 * Only the caller's own reviews can be changed; anyone else's is "not found".
 */
@Path("reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CUSTOMER", "MERCHANT", "ADMIN", "FINANCE", "SERVICE"})
public class ReviewsResource {

    @Inject
    Reviews reviews;

    @Inject
    RequestBodies bodies;

    @Context
    SecurityContext security;

    @POST
    public Response write(ReviewBody.Writing body) {
        bodies.valid(body);
        return Response.status(Response.Status.CREATED)
                .entity(ReviewBody.Full.of(reviews.write(buyer(), body.orderNo, body))).build();
    }

    @GET
    public List<ReviewBody.Full> mine(@QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("size") @DefaultValue("20") int size) {
        int rows = Math.max(1, Math.min(size, 100));
        return reviews.ofBuyer(buyer(), Math.max(0, page) * rows, rows).stream().map(ReviewBody.Full::of).toList();
    }

    /** Changes the review, once: the line stays the same, whatever {@code lineNo} says. */
    @PUT
    @Path("{id}")
    public ReviewBody.Full edit(@PathParam("id") long id, ReviewDraft body) {
        if (body != null && body.lineNo == null) {
            body.lineNo = 1;
        }
        bodies.valid(body);
        return ReviewBody.Full.of(reviews.edit(buyer(), id, body));
    }

    @POST
    @Path("{id}/follow-up")
    public ReviewBody.Full followUp(@PathParam("id") long id, ReviewBody.Text body) {
        bodies.valid(body);
        return ReviewBody.Full.of(reviews.followUp(buyer(), id, body.text));
    }

    private long buyer() {
        return Long.parseLong(security.getUserPrincipal().getName());
    }
}
