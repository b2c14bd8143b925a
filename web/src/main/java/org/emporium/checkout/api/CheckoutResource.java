package org.emporium.checkout.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.emporium.checkout.Checkout;
import org.emporium.checkout.CheckoutRequest;
import org.emporium.checkout.Quote;
import org.emporium.platform.api.MoneyView;
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
        Quote quote = checkout.quote(buyer, bodies.valid(request));
        return QuoteBody.of(quote, checkout.pointsUsed(quote));
    }

    /** 推荐用券: which of the caller's coupons saves most on this checkout, and how much. */
    public record BestCouponBody(long couponId, String code, String name, String nameEn, MoneyView saving) {
    }

    /** The best coupon for the checkout described (its couponCode is ignored); 204 when none applies. */
    @POST
    @Path("best-coupon")
    public Response bestCoupon(CheckoutRequest request) {
        long buyer = Long.parseLong(security.getUserPrincipal().getName());
        return checkout.bestCoupon(buyer, bodies.valid(request))
                .map(best -> Response.ok(new BestCouponBody(best.coupon().getId(), best.coupon().getCode(),
                        best.coupon().getTemplate().getName(), best.coupon().getTemplate().getNameEn(),
                        MoneyView.of(best.saving()))).build())
                .orElse(Response.noContent().build());
    }
}
