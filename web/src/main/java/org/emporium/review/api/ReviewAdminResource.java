package org.emporium.review.api;

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
import java.util.List;
import org.emporium.aftersales.AfterSales;
import org.emporium.order.api.OrderBody;
import org.emporium.order.web.StaffScope;
import org.emporium.platform.api.RequestBodies;
import org.emporium.review.ProductSatisfaction;
import org.emporium.review.Reviews;

/**
 * The back office's reviews: a merchant reads and answers its own shop's; customer service and ADMIN every shop's,
 * and they hide abusive ones. {@code /statistics}: satisfaction per product and the after-sales reasons.
 */
@Path("admin/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"MERCHANT", "ADMIN", "SERVICE"})
public class ReviewAdminResource {

    @Inject
    Reviews reviews;

    @Inject
    AfterSales afterSales;

    @Inject
    StaffScope scope;

    @Inject
    RequestBodies bodies;

    @Context
    SecurityContext security;

    @GET
    public OrderBody.Page<ReviewBody.Full> search(@QueryParam("productId") Long productId,
                                                  @QueryParam("hidden") Boolean hidden,
                                                  @QueryParam("page") @DefaultValue("0") int page,
                                                  @QueryParam("size") @DefaultValue("20") int size) {
        Long shop = scope.orders();
        int rows = Math.max(1, Math.min(size, 200));
        return new OrderBody.Page<>(reviews.search(shop, productId, hidden, Math.max(0, page) * rows, rows).stream()
                .map(ReviewBody.Full::of).toList(), reviews.count(shop, productId, hidden), Math.max(0, page), rows);
    }

    @POST
    @Path("{id}/reply")
    public ReviewBody.Full reply(@PathParam("id") long id, ReviewBody.Text body) {
        bodies.valid(body);
        return ReviewBody.Full.of(reviews.reply(scope.orders(), id, body.text));
    }

    @POST
    @Path("{id}/hide")
    @RolesAllowed({"ADMIN", "SERVICE"})
    public ReviewBody.Full hide(@PathParam("id") long id, ReviewBody.Text body) {
        bodies.valid(body);
        return ReviewBody.Full.of(reviews.hide(id, body.text, Long.parseLong(security.getUserPrincipal().getName())));
    }

    @POST
    @Path("{id}/show")
    @RolesAllowed({"ADMIN", "SERVICE"})
    public ReviewBody.Full show(@PathParam("id") long id) {
        return ReviewBody.Full.of(reviews.show(id));
    }

    public record Reason(String reason, long requests) {
    }

    public record Statistics(List<ProductSatisfaction> products, List<Reason> afterSalesReasons) {
    }

    /** 数据统计: per-product satisfaction (most reviewed first) and how often each after-sales reason is given. */
    @GET
    @Path("statistics")
    public Statistics statistics(@QueryParam("max") @DefaultValue("50") int max) {
        Long shop = scope.orders();
        return new Statistics(reviews.satisfaction(shop, Math.max(1, Math.min(max, 500))),
                afterSales.reasons(shop).stream().map(r -> new Reason(String.valueOf(r[0]),
                        ((Number) r[1]).longValue())).toList());
    }
}
