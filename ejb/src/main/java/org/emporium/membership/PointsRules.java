package org.emporium.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.platform.Money;

/**
 * The shop's points rules (积分规则), from configuration: what is earned per yuan paid and for a sign-in or a review,
 * what points are worth when paying with them and what share of an order they may pay, and how long they last.
 */
@ApplicationScoped
public class PointsRules {

    @Inject
    @ConfigProperty(name = "EMPORIUM_POINTS_PER_YUAN_PAID", defaultValue = "1")
    int earnedPerYuan;

    /** How many points pay ¥1 (100: a point is worth a fen). */
    @Inject
    @ConfigProperty(name = "EMPORIUM_POINTS_PER_YUAN_VALUE", defaultValue = "100")
    int pointsPerYuan;

    @Inject
    @ConfigProperty(name = "EMPORIUM_POINTS_MAX_SHARE", defaultValue = "0.5")
    BigDecimal maxShare;

    @Inject
    @ConfigProperty(name = "EMPORIUM_POINTS_SIGN_IN", defaultValue = "5")
    int forSignIn;

    @Inject
    @ConfigProperty(name = "EMPORIUM_POINTS_REVIEW", defaultValue = "10")
    int forReview;

    @Inject
    @ConfigProperty(name = "EMPORIUM_POINTS_VALID_FOR", defaultValue = "P365D")
    Duration validFor;

    /** Points earned for paying {@code paid} for goods: whole yuan × rate × the level's multiplier, rounded down. */
    public long earnedFor(Money paid, BigDecimal multiplier) {
        return paid.amount().setScale(0, RoundingMode.DOWN).multiply(BigDecimal.valueOf(earnedPerYuan))
                .multiply(multiplier).setScale(0, RoundingMode.DOWN).longValueExact();
    }

    /** What {@code points} pay, rounded down to the cent. */
    public Money valueOf(long points) {
        return Money.of(BigDecimal.valueOf(points).divide(BigDecimal.valueOf(pointsPerYuan), 2, RoundingMode.DOWN),
                Money.BASE_CURRENCY);
    }

    /** The points that pay {@code amount}: rounded up, so points never pay more than they are worth. */
    public long pointsFor(Money amount) {
        return amount.amount().multiply(BigDecimal.valueOf(pointsPerYuan)).setScale(0, RoundingMode.UP)
                .longValueExact();
    }

    public int pointsPerYuan() {
        return pointsPerYuan;
    }

    public BigDecimal maxShare() {
        return maxShare;
    }

    public int forSignIn() {
        return forSignIn;
    }

    public int forReview() {
        return forReview;
    }

    public Duration validFor() {
        return validFor;
    }
}
