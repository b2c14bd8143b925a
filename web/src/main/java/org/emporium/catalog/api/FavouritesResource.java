package org.emporium.catalog.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.emporium.catalog.Favourites;
import org.emporium.catalog.Product;
import org.emporium.platform.api.MoneyView;

/** The signed-in shopper's favourites and recently viewed products. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"CUSTOMER", "MERCHANT", "ADMIN", "FINANCE", "SERVICE"})
public class FavouritesResource {

    @Inject
    Favourites favourites;

    @Context
    SecurityContext security;

    public record ProductRef(long id, String name, String nameEn, MoneyView price, String image) {
        static ProductRef of(Product p) {
            return new ProductRef(p.getId(), p.getName(), p.getNameEn(), MoneyView.of(p.getPriceFrom()),
                    p.getCoverUrl());
        }
    }

    @GET
    @Path("favourites")
    public List<ProductRef> favourites() {
        return favourites.favourites(callerId()).stream().map(ProductRef::of).toList();
    }

    /** Idempotent: favouriting twice is the same as once. */
    @PUT
    @Path("favourites/{productId}")
    public Response add(@PathParam("productId") long productId) {
        favourites.add(callerId(), productId);
        return Response.noContent().build();
    }

    @DELETE
    @Path("favourites/{productId}")
    public Response remove(@PathParam("productId") long productId) {
        favourites.remove(callerId(), productId);
        return Response.noContent().build();
    }

    @GET
    @Path("recently-viewed")
    public List<ProductRef> recentlyViewed() {
        return favourites.recentlyViewed(callerId(), 20).stream().map(ProductRef::of).toList();
    }

    private long callerId() {
        return Long.parseLong(security.getUserPrincipal().getName());
    }
}
