package org.emporium.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one source of "now". Beans inject {@link Clock} instead of calling {@code Instant.now()}, so timeouts,
 * expiries and schedules can be tested by moving time rather than by sleeping.
 */
@ApplicationScoped
public class ShopClock {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
