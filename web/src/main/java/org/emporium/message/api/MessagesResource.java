package org.emporium.message.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.emporium.inventory.StockAlerts;
import org.emporium.message.Message;
import org.emporium.message.Messages;
import org.emporium.platform.api.RequestBodies;

/** The caller's in-site messages (站内信) and back-in-stock notices (到货通知). */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CUSTOMER", "MERCHANT", "ADMIN", "FINANCE", "SERVICE"})
public class MessagesResource {

    @Inject
    Messages messages;

    @Inject
    StockAlerts stockAlerts;

    @Inject
    RequestBodies bodies;

    @Context
    SecurityContext security;

    public record MessageBody(long id, String kind, List<String> params, String link, Instant createdAt, boolean read) {
        static MessageBody of(Message m) {
            return new MessageBody(m.getId(), m.getKind().name(), m.getParams(), m.getLink(), m.getCreatedAt(),
                    m.isRead());
        }
    }

    public record Inbox(List<MessageBody> items, long unread) {
    }

    public static class NoticeRequest {
        @NotNull
        public Long skuId;
    }

    @GET
    @Path("messages")
    public Inbox inbox(@QueryParam("page") @DefaultValue("0") int page,
                       @QueryParam("size") @DefaultValue("20") int size) {
        int rows = Math.max(1, Math.min(size, 100));
        return new Inbox(messages.inbox(caller(), Math.max(0, page) * rows, rows).stream().map(MessageBody::of)
                .toList(), messages.unread(caller()));
    }

    @POST
    @Path("messages/{id}/read")
    public Response read(@PathParam("id") long id) {
        messages.markRead(caller(), id);
        return Response.noContent().build();
    }

    /** Tell me when this sold-out SKU is back (到货通知). */
    @POST
    @Path("stock-notices")
    public Response notifyWhenBack(NoticeRequest request) {
        bodies.valid(request);
        stockAlerts.notifyWhenBack(caller(), request.skuId);
        return Response.status(Response.Status.CREATED).build();
    }

    private long caller() {
        return Long.parseLong(security.getUserPrincipal().getName());
    }
}
