package org.emporium.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.emporium.platform.BusinessRuleException;

/**
 * A bulk price change (批量改价) for every SKU of the chosen products: set a price, or adjust it by an amount or by a
 * percentage. The result is rounded HALF_UP to cents, once, and never goes below 0.01 (a shop never gives goods away
 * by a rounding or a too large cut).
 */
public record PriceChange(Kind kind, BigDecimal value) {

    public static final BigDecimal LOWEST = new BigDecimal("0.01");

    public enum Kind {
        /** Every SKU gets this price. */
        SET,
        /** Plus or minus this amount, e.g. -10.00. */
        AMOUNT,
        /** Plus or minus this percentage of the current price, e.g. -15 (15 % off) or 5 (5 % more). */
        PERCENT
    }

    public PriceChange {
        Objects.requireNonNull(kind, "kind");
        if (value == null) {
            throw new BusinessRuleException("VALIDATION", "A price change needs a value");
        }
        if (kind == Kind.SET && value.compareTo(LOWEST) < 0) {
            throw new BusinessRuleException("PRICE_TOO_LOW", "A price is at least 0.01");
        }
        if (kind == Kind.PERCENT && value.compareTo(new BigDecimal("-100")) <= 0) {
            throw new BusinessRuleException("PRICE_TOO_LOW",
                    "A cut of 100 % or more would give goods away");
        }
        if (value.scale() > (kind == Kind.PERCENT ? 4 : 2)) {
            throw new BusinessRuleException("VALIDATION", "Too many decimals");
        }
    }

    /** The new price for a SKU that costs {@code price} now. */
    public BigDecimal applyTo(BigDecimal price) {
        BigDecimal next = switch (kind) {
            case SET -> value;
            case AMOUNT -> price.add(value);
            case PERCENT -> price.multiply(BigDecimal.valueOf(100).add(value)).divide(BigDecimal.valueOf(100));
        };
        next = next.setScale(2, RoundingMode.HALF_UP);
        return next.compareTo(LOWEST) < 0 ? LOWEST : next;
    }
}
