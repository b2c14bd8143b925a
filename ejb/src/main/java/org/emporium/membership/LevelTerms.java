package org.emporium.membership;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A member level's name, threshold and benefits as the back office sets them (its code and rank stay). */
public class LevelTerms {

    @NotBlank
    @Size(max = 32)
    public String name;

    @NotBlank
    @Size(max = 32)
    public String nameEn;

    /** Growth value (yuan paid for completed orders, less refunds) from which a member has this level. */
    @NotNull
    @Min(0)
    @Max(1_000_000_000L)
    public Long minGrowth;

    /** 会员价: the share of the list price its members pay (1 = none). */
    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("1")
    @Digits(integer = 1, fraction = 4)
    public BigDecimal discountRate;

    @NotNull
    @DecimalMin("0")
    @DecimalMax("10")
    @Digits(integer = 2, fraction = 2)
    public BigDecimal pointsMultiplier;

    public boolean freeShipping;

    public boolean priorityService;
}
