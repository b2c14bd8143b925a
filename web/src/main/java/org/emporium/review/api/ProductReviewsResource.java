package org.emporium.review.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.emporium.review.Reviews;

/** A product's reviews for everyone: the figures (average, stars, with photos), then newest first. */
@Path("products/{productId}/reviews")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ProductReviewsResource {

    @Inject
    Reviews reviews;

    @GET
    public ReviewBody.ProductPage reviews(@PathParam("productId") long productId,
                                          @QueryParam("withPhotos") boolean withPhotos,
                                          @QueryParam("page") @DefaultValue("0") int page,
                                          @QueryParam("size") @DefaultValue("20") int size) {
        int rows = Math.max(1, Math.min(size, 100));
        ReviewBody.Summary summary = ReviewBody.Summary.of(reviews.summary(productId));
        return new ReviewBody.ProductPage(summary, reviews.ofProduct(productId, withPhotos,
                Math.max(0, page) * rows, rows).stream().map(ReviewBody.Public::of).toList(),
                withPhotos ? summary.withPhotos() : summary.count(), Math.max(0, page), rows);
    }
}
