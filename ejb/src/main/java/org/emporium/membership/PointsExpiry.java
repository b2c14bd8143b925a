package org.emporium.membership;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/** Points whose time is up expire every few minutes (a cheap indexed look when none are due). */
@Singleton
public class PointsExpiry {

    private static final Logger LOG = Logger.getLogger(PointsExpiry.class.getName());

    @Inject
    Points points;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*/5", persistent = false, info = "points expiry")
    public void expireDue() {
        long expired = points.expire(clock.instant(), 1000);
        if (expired > 0) {
            LOG.info(() -> expired + " points expired");
        }
    }
}
