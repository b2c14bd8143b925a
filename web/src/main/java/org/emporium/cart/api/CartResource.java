package org.emporium.cart.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.emporium.cart.CartItem;
import org.emporium.cart.CartService;
import org.emporium.cart.CartView;
import org.emporium.platform.api.RequestBodies;

/**
 * The cart (购物车) for guests and signed-in shoppers alike: a guest's cart is named by the {@code X-Cart-Token}
 * header or the {@code emporium_cart} cookie, handed out with the first item.
 */
@Path("cart")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CartResource {

    @Inject
    CartService carts;

    @Inject
    RequestBodies bodies;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    public static class Quantity {
        @PositiveOrZero
        @Max(9999)
        public int quantity;
    }

    public static class Items {
        @NotNull
        @Size(min = 1, max = 100)
        public List<@jakarta.validation.Valid CartItem> items = new ArrayList<>();
    }

    public static class Selection {
        @NotNull
        @Size(min = 1, max = 200)
        public List<Long> skuIds = new ArrayList<>();
        public boolean selected = true;
    }

    public static class SkuChoice {
        @NotNull
        public Long skuId;
    }

    @GET
    public CartBody cart() {
        return CartBody.of(CartCookie.key(request).map(carts::view).orElseGet(CartView::empty));
    }

    @POST
    @Path("items")
    public CartBody add(CartItem item) {
        bodies.valid(item);
        return CartBody.of(carts.add(CartCookie.keyOrCreate(request, response), item.skuId, item.quantity));
    }

    /** Several items at once (e.g. buy again): all or none. */
    @POST
    @Path("items/batch")
    public CartBody addAll(Items items) {
        bodies.valid(items);
        return CartBody.of(carts.addAll(CartCookie.keyOrCreate(request, response), items.items));
    }

    @PUT
    @Path("items/{skuId}")
    public CartBody setQuantity(@PathParam("skuId") long skuId, Quantity quantity) {
        bodies.valid(quantity);
        return CartBody.of(carts.setQuantity(CartCookie.keyOrCreate(request, response), skuId, quantity.quantity));
    }

    /** Another specification of the same product for this line (换规格). */
    @PUT
    @Path("items/{skuId}/sku")
    public CartBody changeSku(@PathParam("skuId") long skuId, SkuChoice choice) {
        bodies.valid(choice);
        return CartBody.of(carts.changeSku(CartCookie.keyOrCreate(request, response), skuId, choice.skuId));
    }

    @DELETE
    @Path("items/{skuId}")
    public CartBody remove(@PathParam("skuId") long skuId) {
        return CartBody.of(carts.remove(CartCookie.keyOrCreate(request, response), List.of(skuId)));
    }

    /** Removes the given lines ({@code ?skuId=1&skuId=2}), or every line without any. */
    @DELETE
    @Path("items")
    public CartBody removeMany(@QueryParam("skuId") List<Long> skuIds) {
        var key = CartCookie.keyOrCreate(request, response);
        return CartBody.of(skuIds == null || skuIds.isEmpty() ? carts.removeAll(key) : carts.remove(key, skuIds));
    }

    /** Chooses which lines go to checkout. */
    @PUT
    @Path("selection")
    public CartBody select(Selection selection) {
        bodies.valid(selection);
        return CartBody.of(carts.select(CartCookie.keyOrCreate(request, response), selection.skuIds,
                selection.selected));
    }

    /** The shopper has seen the changed prices. */
    @POST
    @Path("acknowledge-prices")
    public CartBody acknowledgePrices() {
        CartView view = carts.acknowledgePrices(CartCookie.keyOrCreate(request, response));
        return CartBody.of(view);
    }
}
