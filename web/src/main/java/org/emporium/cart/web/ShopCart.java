package org.emporium.cart.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.emporium.cart.CartKey;
import org.emporium.cart.CartService;
import org.emporium.cart.api.CartCookie;

/**
 * The cart of the person looking at the page, found as the API finds it (CartCookie): the account's when signed
 * in, else the guest's by the cookie. Also the header's badge (how many items are in the cart).
 */
@Named
@RequestScoped
public class ShopCart {

    @Inject
    FacesContext faces;

    @Inject
    CartService carts;

    private Integer count;

    /** The cart this request names, or empty for a guest who has none yet. */
    public Optional<CartKey> key() {
        return CartCookie.key(request());
    }

    /** The cart this request names, making the guest's cookie if there is none yet. */
    public CartKey keyOrCreate() {
        return CartCookie.keyOrCreate(request(), (HttpServletResponse) faces.getExternalContext().getResponse());
    }

    /** Units in the cart, for the header's badge. */
    public int getCount() {
        if (count == null) {
            count = key().map(k -> carts.view(k).totalQuantity()).orElse(0);
        }
        return count;
    }

    /** After a change on this request, the badge shows the new figure. */
    public void setCount(int count) {
        this.count = count;
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }
}
