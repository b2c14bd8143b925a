package org.emporium.order.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.sql.SQLException;
import java.util.Optional;
import org.emporium.checkout.Checkout;
import org.emporium.checkout.CheckoutRequest;
import org.emporium.checkout.PlacedOrders;
import org.emporium.order.OrderService;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.api.RequestBodies;

/**
 * The buyer's orders (我的订单): placing them from a checkout ({@code Idempotency-Key} honoured), listing by status
 * tab, the detail, cancelling an unpaid one and confirming receipt. Only the caller's own orders exist here.
 */
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CUSTOMER", "MERCHANT", "ADMIN", "FINANCE", "SERVICE"})
public class OrdersResource {

    @Inject
    Checkout checkout;

    @Inject
    OrderService orders;

    @Inject
    org.emporium.shipping.Shipments shipments;

    @Inject
    RequestBodies bodies;

    @Context
    SecurityContext security;

    @POST
    public Response place(CheckoutRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        bodies.valid(request);
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw new jakarta.ws.rs.BadRequestException("Idempotency-Key must have 1 to 100 characters");
        }
        long buyer = buyer();
        PlacedOrders placed;
        try {
            placed = checkout.place(buyer, request, idempotencyKey);
        } catch (EJBException e) {
            // a concurrent repeat with the same key lost the race on the unique key: answer with the winner's orders
            Optional<PlacedOrders> earlier = idempotencyKey != null && isDuplicateKey(e)
                    ? checkout.previous(buyer, idempotencyKey, Checkout.requestHash(request))
                    : Optional.empty();
            placed = earlier.orElseThrow(() -> e);
        }
        return Response.status(Response.Status.CREATED)
                .entity(new OrderBody.Placed(placed.checkoutNo(),
                        placed.orders().stream().map(OrderBody.Summary::of).toList()))
                .build();
    }

    @GET
    public OrderBody.Page<OrderBody.Summary> list(@QueryParam("status") String tab,
                                                  @QueryParam("page") @DefaultValue("0") int page,
                                                  @QueryParam("size") @DefaultValue("20") int size) {
        int rows = Math.max(1, Math.min(size, 100));
        int from = Math.max(0, page) * rows;
        return new OrderBody.Page<>(orders.buyerOrders(buyer(), tab, from, rows).stream()
                .map(OrderBody.Summary::of).toList(), orders.countBuyerOrders(buyer(), tab), Math.max(0, page), rows);
    }

    @GET
    @Path("{orderNo}")
    public OrderBody.Detail detail(@PathParam("orderNo") String orderNo) {
        return OrderBody.Detail.of(orders.buyerOrder(buyer(), orderNo), shipments.ofOrder(orderNo));
    }

    @POST
    @Path("{orderNo}/cancel")
    public OrderBody.Detail cancel(@PathParam("orderNo") String orderNo) {
        return OrderBody.Detail.of(orders.cancelByBuyer(buyer(), orderNo));
    }

    @POST
    @Path("{orderNo}/confirm-receipt")
    public OrderBody.Detail confirmReceipt(@PathParam("orderNo") String orderNo) {
        return OrderBody.Detail.of(orders.confirmReceipt(buyer(), orderNo));
    }

    private long buyer() {
        return Long.parseLong(security.getUserPrincipal().getName());
    }

    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BusinessRuleException) {
                return false;
            }
            if (t instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("23"))) {
                return true;
            }
            if (t instanceof PersistenceException && t.getMessage() != null
                    && t.getMessage().toLowerCase().contains("duplicate")) {
                return true;
            }
        }
        return false;
    }
}
