package org.emporium.catalog;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;

/**
 * Puts products on and off shelf at their scheduled times (a seasonal item leaves by itself). Every node may
 * run it: a product already moved is not due any more, and the move is guarded by the product's version.
 */
@Singleton
public class ShelfSchedule {

    private static final Logger LOG = Logger.getLogger(ShelfSchedule.class.getName());

    @EJB
    CatalogService catalog;

    @Schedule(hour = "*", minute = "*", second = "5", persistent = false, info = "scheduled on/off shelf")
    void everyMinute() {
        int moved = catalog.applySchedules();
        if (moved > 0) {
            LOG.info(() -> moved + " product(s) moved on or off shelf as scheduled");
        }
    }
}
