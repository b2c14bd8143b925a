package org.emporium.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.UriInfo;

/**
 * Where this shop is reached, e.g. {@code https://shop.example.com}: the address a request came to. Gateways and
 * carriers are given it for their callbacks, and shoppers are sent back to it.
 */
public final class ShopAddress {

    private ShopAddress() {
    }

    /** For an API request (its base is {@code .../api/v1/}). */
    public static String of(UriInfo uri) {
        return uri.getBaseUri().toString().replaceAll("/api/v1/?$", "");
    }

    /** For a page request. */
    public static String of(FacesContext faces) {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }
}
