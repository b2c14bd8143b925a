package org.emporium.membership.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.emporium.membership.MemberLevel;
import org.emporium.membership.Points;

/** The member levels and their benefits, and expiring due points now rather than at the next scheduled round. */
@Path("admin/membership")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "FINANCE"})
public class MembershipAdminResource {

    @Inject
    Points points;

    @Inject
    Clock clock;

    public record Level(String code, int rank, String name, String nameEn, long minGrowth, BigDecimal discountRate,
                        BigDecimal pointsMultiplier, boolean freeShipping, boolean priorityService) {
        static Level of(MemberLevel l) {
            return new Level(l.getCode(), l.getRank(), l.getName(), l.getNameEn(), l.getMinGrowth(),
                    l.getDiscountRate(), l.getPointsMultiplier(), l.isFreeShipping(), l.isPriorityService());
        }
    }

    @GET
    @Path("levels")
    public List<Level> levels() {
        return points.levels().stream().map(Level::of).toList();
    }

    /** Points whose time is up expire now; only what is due as of now, never early. */
    @POST
    @Path("points/expire")
    public Map<String, Long> expireDue() {
        return Map.of("expired", points.expire(clock.instant(), 10_000));
    }
}
