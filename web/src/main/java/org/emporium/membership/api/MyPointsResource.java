package org.emporium.membership.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.emporium.membership.MemberLevel;
import org.emporium.membership.Membership;
import org.emporium.membership.Points;
import org.emporium.membership.PointsEntry;
import org.emporium.membership.PointsRules;

/** 我的积分: the member's balance, level and ledger, what expires soon, the rules, and the day's sign-in (签到). */
@Path("me/points")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"CUSTOMER", "MERCHANT", "ADMIN", "FINANCE", "SERVICE"})
public class MyPointsResource {

    /** Points expiring within this many days are pointed out. */
    static final int EXPIRING_SOON_DAYS = 30;

    @Inject
    Points points;

    @Inject
    PointsRules rules;

    @Context
    SecurityContext security;

    public record Entry(long id, String reason, String reference, long points, long remaining, Instant expiresAt,
                        Instant createdAt) {
        static Entry of(PointsEntry e) {
            return new Entry(e.getId(), e.getReason().name(), e.getReference(), e.getPoints(), e.getRemaining(),
                    e.getExpiresAt(), e.getCreatedAt());
        }
    }

    public record Rules(int pointsPerYuan, BigDecimal maxShare, int signIn, int review, String validFor) {
    }

    public record Ledger(long points, String level, String levelName, String levelNameEn, long growth,
                         long expiringSoon, Rules rules, List<Entry> entries, long total) {
    }

    public record SignedIn(long awarded, long points) {
    }

    @GET
    public Ledger ledger(@QueryParam("page") @DefaultValue("0") int page,
                         @QueryParam("size") @DefaultValue("20") int size) {
        long member = callerId();
        int rows = Math.max(1, Math.min(size, 100));
        Membership membership = points.membership(member);
        MemberLevel level = points.level(member);
        return new Ledger(membership.getPoints(), level.getCode(), level.getName(), level.getNameEn(),
                membership.getGrowth(), points.expiringWithin(member, EXPIRING_SOON_DAYS),
                new Rules(rules.pointsPerYuan(), rules.maxShare(), rules.forSignIn(), rules.forReview(),
                        rules.validFor().toString()),
                points.ledger(member, Math.max(0, page) * rows, rows).stream().map(Entry::of).toList(),
                points.ledgerSize(member));
    }

    @POST
    @Path("sign-in")
    public SignedIn signIn() {
        long awarded = points.signIn(callerId());
        return new SignedIn(awarded, points.membership(callerId()).getPoints());
    }

    private long callerId() {
        return Long.parseLong(security.getUserPrincipal().getName());
    }
}
