package org.emporium.payment.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.emporium.payment.Payment;
import org.emporium.payment.PaymentRequest;
import org.emporium.payment.Payments;
import org.emporium.platform.api.RequestBodies;
import org.emporium.platform.api.Webhooks;
import org.emporium.platform.web.ShopAddress;

/**
 * Paying for orders: create a payment ({@code Idempotency-Key} honoured), read its status, and the gateways'
 * signed notifications ({@code POST /payments/callback/{gateway}}, open to the world and believed only when the
 * gateway's signature, time window and amount check out).
 */
@Path("payments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"CUSTOMER", "MERCHANT", "ADMIN", "FINANCE", "SERVICE"})
public class PaymentsResource {

    @Inject
    Payments payments;

    @Inject
    RequestBodies bodies;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(PaymentRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        bodies.valid(request);
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw new BadRequestException("Idempotency-Key must have 1 to 100 characters");
        }
        long buyer = Long.parseLong(security.getUserPrincipal().getName());
        Payment payment;
        try {
            payment = payments.create(buyer, request, idempotencyKey, ShopAddress.of(uri));
        } catch (EJBException e) {
            // lost a race with a concurrent request for the same orders or key: the winner's payment is the answer
            // (refusals are application exceptions and are not caught here)
            payment = payments.create(buyer, request, idempotencyKey, ShopAddress.of(uri));
        }
        return Response.status(Response.Status.CREATED).entity(PaymentBody.Detail.of(payment)).build();
    }

    @GET
    @Path("{paymentNo}")
    public PaymentBody.Detail status(@PathParam("paymentNo") String paymentNo) {
        long buyer = Long.parseLong(security.getUserPrincipal().getName());
        return PaymentBody.Detail.of(payments.buyerPayment(buyer, paymentNo));
    }

    /**
     * A gateway's notification: the raw bytes go to the gateway for verification, as they arrived. 200 for an
     * applied or a duplicate notification; 4xx (and no change) for one that is forged, stale or does not match.
     */
    @POST
    @Path("callback/{gateway}")
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    public Response callback(@PathParam("gateway") String gateway, @Context HttpHeaders headers, byte[] body) {
        return Webhooks.receive(headers, body, (flat, raw) -> payments.notified(gateway, flat, raw));
    }
}
