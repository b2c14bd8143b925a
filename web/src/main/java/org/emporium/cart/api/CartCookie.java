package org.emporium.cart.api;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.emporium.cart.CartKey;

/**
 * Finds whose cart a request means: the signed-in account's, else the guest's by the {@code emporium_cart} cookie
 * (pages, browsers) or the {@code X-Cart-Token} header (API clients). A guest without one gets a new token when
 * they first put something in the cart — in the cookie and in the response's {@code X-Cart-Token} header.
 */
public final class CartCookie {

    public static final String NAME = "emporium_cart";
    public static final String HEADER = "X-Cart-Token";
    private static final int MAX_AGE = (int) Duration.ofDays(30).toSeconds();

    private CartCookie() {
    }

    /** The cart this request names, or empty for a guest who has none yet. */
    public static Optional<CartKey> key(HttpServletRequest request) {
        Principal caller = request.getUserPrincipal();
        if (caller != null) {
            return Optional.of(CartKey.account(Long.parseLong(caller.getName())));
        }
        return guestToken(request).map(CartKey::guest);
    }

    /** The cart this request names, making a guest token (and cookie) if there is none. */
    public static CartKey keyOrCreate(HttpServletRequest request, HttpServletResponse response) {
        return key(request).orElseGet(() -> {
            String token = CartKey.newGuestToken();
            Cookie cookie = new Cookie(NAME, token);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setMaxAge(MAX_AGE);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            response.setHeader(HEADER, token);
            request.setAttribute(NAME, token); // later look-ups in this request see it
            return CartKey.guest(token);
        });
    }

    /** The guest token this request carries, if any (for merging at sign-in). */
    public static Optional<String> guestToken(HttpServletRequest request) {
        Object made = request.getAttribute(NAME);
        if (made instanceof String token) {
            return Optional.of(token);
        }
        String header = request.getHeader(HEADER);
        if (header != null && header.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.of(header);
        }
        return Optional.ofNullable(request.getCookies()).stream().flatMap(Arrays::stream)
                .filter(c -> NAME.equals(c.getName()) && c.getValue() != null && c.getValue().matches("[A-Za-z0-9_-]{43}"))
                .map(Cookie::getValue).findFirst();
    }

    /** After the guest cart joined the account's, the browser forgets the guest token. */
    public static void forget(HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = new Cookie(NAME, "");
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setMaxAge(0);
        response.addCookie(cookie);
    }
}
