package org.emporium.cart;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every 20 seconds: expired cart holds go back to stock, and carts left alone longer than {@code EMPORIUM_CART_IDLE}
 * (default 30 days) are deleted. Batches keep each transaction short.
 */
@Singleton
public class CartHousekeeping {

    @Inject
    CartService carts;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "EMPORIUM_CART_IDLE", defaultValue = "P30D")
    String idle;

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tidy() {
        while (carts.releaseExpiredHolds(100) == 100) {
            // next batch
        }
        while (carts.purgeIdle(clock.instant().minus(Duration.parse(idle)), 100) == 100) {
            // next batch
        }
    }
}
