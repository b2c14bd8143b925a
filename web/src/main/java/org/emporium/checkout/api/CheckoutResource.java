package org.emporium.checkout.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.emporium.checkout.Checkout;
import org.emporium.checkout.CheckoutRequest;
import org.emporium.platform.api.RequestBodies;

/** The priced breakdown of a checkout before placing it: no side effects. Placing is {@code POST /orders}. */
@Path("checkout")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CUSTOMER", "MERCHANT", "ADMIN", "FINANCE", "SERVICE"})
public class CheckoutResource {

    @Inject
    Checkout checkout;

    @Inject
    RequestBodies bodies;

    @Context
    SecurityContext security;

    @POST
    @Path("quote")
    public QuoteBody quote(CheckoutRequest request) {
        long buyer = Long.parseLong(security.getUserPrincipal().getName());
        return QuoteBody.of(checkout.quote(buyer, bodies.valid(request)));
    }
}
