package org.emporium.catalog.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.emporium.catalog.CatalogService;
import org.emporium.catalog.Product;
import org.emporium.catalog.ProductDraft;
import org.emporium.catalog.Sku;
import org.emporium.catalog.web.CallerShop;
import org.emporium.inventory.Inventory;
import org.emporium.inventory.StockCount;
import org.emporium.inventory.StockMovement;
import org.emporium.inventory.StockReconciliation;
import org.emporium.merchant.Merchants;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.api.RequestBodies;
import org.emporium.search.ProductSearch;

/**
 * Product publishing for the back office and scripts. A MERCHANT acts on its own shop's products only (another
 * shop's product is "not found"); an ADMIN acts on any and reviews.
 */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"MERCHANT", "ADMIN"})
public class ProductAdminResource {

    @Inject
    CatalogService catalog;

    @Inject
    Inventory inventory;

    @Inject
    StockReconciliation reconciliation;

    @Inject
    Merchants merchants;

    @Inject
    ProductSearch search;

    @Inject
    RequestBodies bodies;

    @Inject
    CallerShop callerShop;

    @Context
    SecurityContext security;

    public record Rejection(String reason) {
    }

    /** {@code {"onHand": 40}} sets a counted figure; {@code {"delta": -2, "reason": "damaged"}} adjusts. */
    public record StockChange(Integer onHand, Integer delta, String reason) {
    }

    public record StockView(long skuId, int onHand, int reserved, int available, String movement) {
    }

    public record Receipt(Integer quantity, String reason) {
    }

    public record LedgerLine(String type, int quantity, int onHandAfter, int reservedAfter, String reason,
                             String reference, java.time.Instant at) {
    }

    public record StockFigures(long skuId, int onHand, int reserved, int available, List<LedgerLine> ledger) {
    }

    @GET
    @Path("products")
    public List<CatalogResource.ProductDetail> products(@QueryParam("page") @DefaultValue("0") int page,
                                                        @QueryParam("size") @DefaultValue("20") int size) {
        int rows = Math.max(1, Math.min(size, 200));
        return catalog.productsOf(scope(), Math.max(0, page) * rows, rows).stream()
                .map(CatalogResource.ProductDetail::of).toList();
    }

    @GET
    @Path("products/{id}")
    public CatalogResource.ProductDetail product(@PathParam("id") long id) {
        return CatalogResource.ProductDetail.of(catalog.owned(scope(), id));
    }

    /** Creates a product as a DRAFT. An admin names the shop with {@code ?merchantId=}. */
    @POST
    @Path("products")
    public Response create(ProductDraft draft, @QueryParam("merchantId") Long merchantId, @Context UriInfo uri) {
        Long scope = scope();
        long shop;
        if (scope != null) {
            shop = scope;
        } else if (merchantId != null) {
            shop = merchants.get(merchantId).getId();
        } else {
            throw new BusinessRuleException("MERCHANT_REQUIRED", "An admin must say for which merchant: ?merchantId=");
        }
        Product product = catalog.create(shop, bodies.valid(draft), callerId());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(product.getId())).build())
                .entity(CatalogResource.ProductDetail.of(product)).build();
    }

    @PUT
    @Path("products/{id}")
    public CatalogResource.ProductDetail update(@PathParam("id") long id, ProductDraft draft) {
        return CatalogResource.ProductDetail.of(catalog.update(scope(), id, bodies.valid(draft), callerId()));
    }

    @POST
    @Path("products/{id}/submit")
    public CatalogResource.ProductDetail submit(@PathParam("id") long id) {
        return CatalogResource.ProductDetail.of(catalog.submitForReview(scope(), id));
    }

    @POST
    @Path("products/{id}/approve")
    @RolesAllowed("ADMIN")
    public CatalogResource.ProductDetail approve(@PathParam("id") long id) {
        return CatalogResource.ProductDetail.of(catalog.approve(id));
    }

    @POST
    @Path("products/{id}/reject")
    @RolesAllowed("ADMIN")
    public CatalogResource.ProductDetail reject(@PathParam("id") long id, Rejection rejection) {
        return CatalogResource.ProductDetail.of(catalog.reject(id, rejection == null ? null : rejection.reason()));
    }

    @POST
    @Path("products/{id}/on-shelf")
    public CatalogResource.ProductDetail onShelf(@PathParam("id") long id) {
        return CatalogResource.ProductDetail.of(catalog.putOnShelf(scope(), id));
    }

    @POST
    @Path("products/{id}/off-shelf")
    public CatalogResource.ProductDetail offShelf(@PathParam("id") long id) {
        return CatalogResource.ProductDetail.of(catalog.takeOffShelf(scope(), id));
    }

    /** Sets or adjusts a SKU's stock; the change is written to the stock ledger. */
    @PUT
    @Path("skus/{id}/stock")
    public StockView stock(@PathParam("id") long skuId, StockChange change) {
        Sku sku = catalog.ownedSku(scope(), skuId);
        if (change == null || (change.onHand() == null) == (change.delta() == null)) {
            throw new BusinessRuleException("VALIDATION", "Send either {\"onHand\": n} or {\"delta\": n, \"reason\"}");
        }
        if (change.onHand() != null && change.onHand() < 0) {
            throw new BusinessRuleException("VALIDATION", "On hand cannot be negative");
        }
        StockMovement movement = change.onHand() != null
                ? inventory.setOnHand(sku.getId(), change.onHand(), change.reason(), callerId())
                : inventory.adjust(sku.getId(), change.delta(), change.reason(), callerId());
        return new StockView(skuId, movement.getOnHandAfter(), movement.getReservedAfter(),
                movement.getOnHandAfter() - movement.getReservedAfter(), movement.getType().name());
    }

    /** A SKU's stock figures and its latest ledger lines (库存流水), newest first ({@code ?ledgerLines=}, ≤ 2000). */
    @GET
    @Path("skus/{id}/stock")
    public StockFigures stockOf(@PathParam("id") long skuId,
                                @QueryParam("ledgerLines") @DefaultValue("50") int ledgerLines) {
        Sku sku = catalog.ownedSku(scope(), skuId);
        List<StockMovement> ledger = new java.util.ArrayList<>(inventory.ledger(sku.getId()));
        java.util.Collections.reverse(ledger);
        List<LedgerLine> lines = ledger.stream().limit(Math.max(0, Math.min(ledgerLines, 2000))).map(m -> new LedgerLine(m.getType().name(),
                m.getQuantity(), m.getOnHandAfter(), m.getReservedAfter(), m.getReason(), m.getReference(),
                m.getCreatedAt())).toList();
        Inventory.Level level = inventory.level(sku.getId());
        return new StockFigures(skuId, level.onHand(), level.reserved(), level.available(), lines);
    }

    /** Goods arrived for a SKU (入库): on hand goes up by {@code quantity}, with a ledger line. */
    @POST
    @Path("skus/{id}/receipts")
    public StockView receive(@PathParam("id") long skuId, Receipt receipt) {
        Sku sku = catalog.ownedSku(scope(), skuId);
        if (receipt == null || receipt.quantity() == null || receipt.quantity() <= 0) {
            throw new jakarta.ws.rs.BadRequestException("A receipt needs a positive quantity");
        }
        StockMovement movement = inventory.receive(sku.getId(), receipt.quantity(),
                receipt.reason() == null || receipt.reason().isBlank() ? "goods received" : receipt.reason().trim(),
                callerId());
        return new StockView(skuId, movement.getOnHandAfter(), movement.getReservedAfter(),
                movement.getOnHandAfter() - movement.getReservedAfter(), movement.getType().name());
    }

    /** A physical count (盘点) of a SKU. */
    public record Count(Integer counted, String note) {
    }

    public record CountView(long id, long skuId, int counted, String note, java.time.Instant countedAt) {
    }

    /**
     * 盘点: records what was counted on the shelf for a SKU; the next stock reconciliation run with
     * {@code autoCorrect=true} sets on hand to it (an ADJUST ledger line naming its report line). 201.
     */
    @POST
    @Path("skus/{id}/counts")
    public Response count(@PathParam("id") long skuId, Count count) {
        Sku sku = catalog.ownedSku(scope(), skuId);
        if (count == null || count.counted() == null || count.counted() < 0) {
            throw new BusinessRuleException("VALIDATION", "A count is {\"counted\": n} with n zero or more");
        }
        StockCount recorded = reconciliation.recordCount(sku.getId(), count.counted(), count.note(), callerId());
        return Response.status(Response.Status.CREATED).entity(new CountView(recorded.getId(), skuId,
                recorded.getCounted(), recorded.getNote(), recorded.getCountedAt())).build();
    }

    /** Rebuilds this node's search index from the database. */
    @POST
    @Path("search/rebuild")
    @RolesAllowed("ADMIN")
    public Response rebuildIndex() {
        return Response.ok(java.util.Map.of("indexed", search.rebuild())).build();
    }

    /** The caller's shop for a MERCHANT, null (all shops) for an ADMIN; 403 without a shop (as on the pages). */
    private Long scope() {
        return callerShop.scope();
    }

    private long callerId() {
        return Long.parseLong(security.getUserPrincipal().getName());
    }
}
