package org.emporium.promotion.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.util.List;
import org.emporium.promotion.Coupons;

/** 我的优惠券: the member's own coupons, usable first; a code goes into checkout's {@code couponCode}. */
@Path("me/coupons")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"CUSTOMER", "MERCHANT", "ADMIN", "FINANCE", "SERVICE"})
public class MyCouponsResource {

    @Inject
    Coupons coupons;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    @GET
    public List<CouponBody.Held> mine() {
        return coupons.held(Long.parseLong(security.getUserPrincipal().getName())).stream()
                .map(c -> CouponBody.Held.of(c, clock.instant())).toList();
    }
}
