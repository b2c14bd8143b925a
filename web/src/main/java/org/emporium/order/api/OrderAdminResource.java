package org.emporium.order.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.emporium.merchant.Merchant;
import org.emporium.merchant.Merchants;
import org.emporium.order.OrderSearch;
import org.emporium.order.OrderService;
import org.emporium.order.OrderStatus;
import org.emporium.payment.Payments;
import org.emporium.payment.api.PaymentBody;
import org.emporium.payment.api.RefundBody;
import org.emporium.platform.Money;
import org.emporium.platform.api.RequestBodies;
import org.emporium.platform.web.ShopAddress;
import org.emporium.shipping.Shipments;
import org.emporium.platform.api.QueryParams;

/** The back office's orders: a merchant sees its own, staff (ADMIN, SERVICE, FINANCE) every merchant's. */
@Path("admin/orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"MERCHANT", "ADMIN", "SERVICE", "FINANCE"})
public class OrderAdminResource {

    @Inject
    OrderService orders;

    @Inject
    Merchants merchants;

    @Inject
    Payments payments;

    @Inject
    Shipments shipments;

    @Inject
    org.emporium.shipping.web.BulkShipping bulkShipping;

    @Context
    UriInfo uri;

    @Inject
    RequestBodies bodies;

    @Context
    SecurityContext security;

    @GET
    public OrderBody.Page<OrderBody.Summary> search(@QueryParam("status") String status,
                                                    @QueryParam("orderNo") String orderNo,
                                                    @QueryParam("from") String from, @QueryParam("to") String to,
                                                    @QueryParam("merchantId") Long merchantId,
                                                    @QueryParam("page") @DefaultValue("0") int page,
                                                    @QueryParam("size") @DefaultValue("20") int size) {
        Long scope = scope();
        OrderSearch search = new OrderSearch(scope != null ? scope : merchantId,
                QueryParams.status(OrderStatus.class, status), orderNo, QueryParams.instant(from),
                QueryParams.instant(to));
        int rows = Math.max(1, Math.min(size, 200));
        return new OrderBody.Page<>(orders.search(search, Math.max(0, page) * rows, rows).stream()
                .map(OrderBody.Summary::of).toList(), orders.count(search), Math.max(0, page), rows);
    }

    @GET
    @Path("{orderNo}")
    public OrderBody.Detail detail(@PathParam("orderNo") String orderNo) {
        return OrderBody.Detail.of(orders.merchantOrder(scope(), orderNo), shipments.ofOrder(orderNo));
    }

    /** What the merchant hands to which carrier: a tracking number, or none for the carrier to assign one. */
    public static class Shipping {
        @NotBlank
        @Size(max = 32)
        public String carrier;

        @Size(max = 40)
        public String trackingNo;

        /** 分批发货: the order lines in this parcel; none for every line not yet shipped. */
        @Size(max = 200)
        public List<Integer> lineNos;
    }

    /**
     * Ships a paid order, whole or the chosen lines (merchant: own orders; ADMIN); 201 with the order and its
     * shipments.
     */
    @POST
    @Path("{orderNo}/ship")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"MERCHANT", "ADMIN"})
    public Response ship(@PathParam("orderNo") String orderNo, Shipping body) {
        bodies.valid(body);
        long staff = Long.parseLong(security.getUserPrincipal().getName());
        Long scope = scope();
        shipments.ship(scope, orderNo, body.carrier, body.trackingNo, body.lineNos, staff,
                ShopAddress.of(uri));
        return Response.status(Response.Status.CREATED)
                .entity(OrderBody.Detail.of(orders.merchantOrder(scope, orderNo), shipments.ofOrder(orderNo)))
                .build();
    }

    /**
     * 批量发货: a CSV body of {@code orderNo,trackingNo[,carrier]} rows (a header line is skipped); each good row
     * ships, each bad one is reported — 200 {@code {"shipped":[...],"refused":[{"line","orderNo","error",
     * "message"}]}}.
     */
    @POST
    @Path("shipments")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({"MERCHANT", "ADMIN"})
    public org.emporium.shipping.web.BulkShipping.Result shipMany(@QueryParam("carrier") String carrier, byte[] csv) {
        long staff = Long.parseLong(security.getUserPrincipal().getName());
        return bulkShipping.ship(scope(), carrier, csv, staff, ShopAddress.of(uri));
    }

    /** 自提: the buyer collected a paid pickup order at the counter (merchant: own orders; ADMIN) → COMPLETED. */
    @POST
    @Path("{orderNo}/collected")
    @RolesAllowed({"MERCHANT", "ADMIN"})
    public OrderBody.Detail collected(@PathParam("orderNo") String orderNo) {
        long staff = Long.parseLong(security.getUserPrincipal().getName());
        Long scope = scope();
        shipments.collected(scope, orderNo, staff);
        return OrderBody.Detail.of(orders.merchantOrder(scope, orderNo), shipments.ofOrder(orderNo));
    }

    /** Why staff cancel a paid order (the buyer sees it with the refund). */
    public static class Cancellation {
        @NotBlank
        @Size(max = 200)
        public String reason;
    }

    /** Cancels a paid order that will not ship, refunding it in full (merchant: own orders; ADMIN, SERVICE). */
    @POST
    @Path("{orderNo}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"MERCHANT", "ADMIN", "SERVICE"})
    public OrderBody.Detail cancel(@PathParam("orderNo") String orderNo, Cancellation body) {
        bodies.valid(body);
        long staff = Long.parseLong(security.getUserPrincipal().getName());
        return OrderBody.Detail.of(orders.cancelPaidByStaff(scope(), orderNo, staff, body.reason));
    }

    /** Finance refunds part or all of what an order paid (goodwill; after-sales decided elsewhere). */
    @POST
    @Path("{orderNo}/refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"FINANCE", "ADMIN"})
    public Response refund(@PathParam("orderNo") String orderNo,
                                              RefundBody body) {
        bodies.valid(body);
        long staff = Long.parseLong(security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED)
                .entity(PaymentBody.RefundView.of(payments.refund(orderNo,
                        Money.of(body.amount, Money.BASE_CURRENCY),
                        body.reason, staff)))
                .build();
    }

    /** A MERCHANT's shop; null (every shop) for staff. */
    private Long scope() {
        if (!security.isUserInRole("MERCHANT") || security.isUserInRole("ADMIN")) {
            return null;
        }
        long caller = Long.parseLong(security.getUserPrincipal().getName());
        return merchants.ownedBy(caller).map(Merchant::getId)
                .orElseThrow(() -> new ForbiddenException("This account runs no shop"));
    }

}
