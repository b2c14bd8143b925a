package org.emporium.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When stock is reserved for a shopper: at order submission (the default: nobody's cart blocks anyone), or as soon
 * as it is added to the cart, held for a while ({@code EMPORIUM_STOCK_RESERVATION=cart}, {@code EMPORIUM_CART_HOLD}).
 */
@ApplicationScoped
public class ReservationPolicy {

    @Inject
    @ConfigProperty(name = "EMPORIUM_STOCK_RESERVATION", defaultValue = "order")
    String reservation;

    @Inject
    @ConfigProperty(name = "EMPORIUM_CART_HOLD", defaultValue = "PT30M")
    String cartHold;

    public boolean holdsAtAddToCart() {
        return switch (reservation.trim().toLowerCase(Locale.ROOT)) {
            case "cart" -> true;
            case "order", "" -> false;
            default -> throw new IllegalStateException(
                    "EMPORIUM_STOCK_RESERVATION must be 'order' or 'cart', not '" + reservation + "'");
        };
    }

    public Duration cartHold() {
        return Duration.parse(cartHold);
    }
}
