package org.emporium.membership.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.emporium.membership.LevelTerms;
import org.emporium.membership.MemberLevel;
import org.emporium.membership.Points;
import org.emporium.platform.api.RequestBodies;

/**
 * The member levels and their benefits (staff read them; ADMIN sets them), and expiring due points now rather than at
 * the next scheduled round.
 */
@Path("admin/membership")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "FINANCE"})
public class MembershipAdminResource {

    @Inject
    Points points;

    @Inject
    Clock clock;

    @Inject
    RequestBodies bodies;

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

    /** A level's name, growth threshold and benefits; members are regraded at once. */
    @PUT
    @Path("levels/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public Level change(@PathParam("code") String code, LevelTerms terms) {
        return Level.of(points.changeLevel(code, bodies.valid(terms)));
    }

    /** Points whose time is up expire now; only what is due as of now, never early. */
    @POST
    @Path("points/expire")
    public Map<String, Long> expireDue() {
        return Map.of("expired", points.expire(clock.instant(), 10_000));
    }
}
