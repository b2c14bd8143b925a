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
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.payment.Payment;
import org.emporium.payment.PaymentRequest;
import org.emporium.payment.Payments;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.api.ApiError;
import org.emporium.platform.api.ApiErrors;
import org.emporium.platform.api.RequestBodies;

/**
 * Paying for orders: create a payment ({@code Idempotency-Key} honoured), read its status, and the gateways'
 * signed notifications ({@code POST /payments/callback/{gateway}}, open to the world and believed only when the
 * gateway's signature, time window and amount check out).
 */
@Path("payments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"CUSTOMER", "MERCHANT", "ADMIN", "FINANCE", "SERVICE"})
public class PaymentsResource {

    private static final Logger LOG = Logger.getLogger(PaymentsResource.class.getName());

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
            payment = payments.create(buyer, request, idempotencyKey, shopUrl(uri));
        } catch (EJBException e) {
            if (causedBy(e, BusinessRuleException.class)) {
                throw e;
            }
            // lost a race with a concurrent request for the same orders or key: the winner's payment is the answer
            payment = payments.create(buyer, request, idempotencyKey, shopUrl(uri));
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
        Map<String, String> flat = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> flat.put(name, values.isEmpty() ? "" : values.get(0)));
        byte[] raw = body == null ? new byte[0] : body;
        for (int attempt = 1; ; attempt++) {
            try {
                return Response.ok(new PaymentBody.Receipt(payments.notified(gateway, flat, raw).name())).build();
            } catch (EJBException e) {
                if (attempt >= 3 || isClientError(e)) {
                    if (isClientError(e)) {
                        throw e;
                    }
                    // the gateway will send it again: that is what its retries are for
                    LOG.log(Level.WARNING, "Payment notification could not be applied now", e);
                    return ApiErrors.response(503, ApiError.of("TRY_AGAIN", "The notification could not be"
                            + " applied now; send it again"));
                }
                // a concurrent copy of the same event won the inbox key: the next attempt finds it recorded
            }
        }
    }

    private static boolean isClientError(Throwable e) {
        return causedBy(e, BusinessRuleException.class)
                || causedBy(e, org.emporium.payment.spi.InvalidNotificationException.class)
                || causedBy(e, org.emporium.platform.NotFoundException.class);
    }

    static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Where gateways reach this shop and send shoppers back: the address the request came to. */
    static String shopUrl(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return base.replaceAll("/api/v1/?$", "");
    }
}
