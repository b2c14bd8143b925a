package org.emporium.order.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.Locale;
import org.emporium.merchant.Merchant;
import org.emporium.merchant.Merchants;
import org.emporium.order.OrderSearch;
import org.emporium.order.OrderService;
import org.emporium.order.OrderStatus;

/** The back office's orders: a merchant sees its own, staff (ADMIN, SERVICE, FINANCE) every merchant's. */
@Path("admin/orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"MERCHANT", "ADMIN", "SERVICE", "FINANCE"})
public class OrderAdminResource {

    @Inject
    OrderService orders;

    @Inject
    Merchants merchants;

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
        OrderSearch search = new OrderSearch(scope != null ? scope : merchantId, status(status), orderNo,
                instant(from), instant(to));
        int rows = Math.max(1, Math.min(size, 200));
        return new OrderBody.Page<>(orders.search(search, Math.max(0, page) * rows, rows).stream()
                .map(OrderBody.Summary::of).toList(), orders.count(search), Math.max(0, page), rows);
    }

    @GET
    @Path("{orderNo}")
    public OrderBody.Detail detail(@PathParam("orderNo") String orderNo) {
        return OrderBody.Detail.of(orders.merchantOrder(scope(), orderNo));
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

    private static OrderStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OrderStatus.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new jakarta.ws.rs.BadRequestException("Unknown status " + text);
        }
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new jakarta.ws.rs.BadRequestException("Times are ISO-8601 instants, e.g. 2026-11-25T00:00:00Z");
        }
    }
}
