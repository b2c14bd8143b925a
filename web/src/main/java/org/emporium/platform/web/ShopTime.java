package org.emporium.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Shows instants on pages in the shop's time zone ({@code EMPORIUM_TIME_ZONE}, default Asia/Shanghai). */
@Named
@ApplicationScoped
public class ShopTime {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    @ConfigProperty(name = "EMPORIUM_TIME_ZONE", defaultValue = "Asia/Shanghai")
    String zone;

    /** The shop's time zone, for forms that take a date and time. */
    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZoneId.of(zone)));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZoneId.of(zone)));
    }
}
