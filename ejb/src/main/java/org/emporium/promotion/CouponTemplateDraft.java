package org.emporium.promotion;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A coupon template as the back office or the API asks for it: an amount off ({@code amountOff}, with an optional
 * {@code minimum}: 满 100 减 10) or a percentage ({@code rate} 0.90 = 9 折, optional {@code cap}) or free shipping;
 * validity either {@code validFrom}–{@code validTo} or {@code validDays} from issue.
 */
public class CouponTemplateDraft {

    @NotBlank
    @Size(max = 100)
    public String name;

    @Size(max = 100)
    public String nameEn;

    /** Platform staff only: a shop's coupon (店铺券); none is a platform coupon. */
    public Long merchantId;

    @Size(max = 50)
    public List<@NotNull Long> categoryIds = new ArrayList<>();

    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 17, fraction = 2)
    public BigDecimal amountOff;

    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax(value = "1", inclusive = false)
    @Digits(integer = 1, fraction = 4)
    public BigDecimal rate;

    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 17, fraction = 2)
    public BigDecimal cap;

    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 17, fraction = 2)
    public BigDecimal minimum;

    public boolean freeShipping;

    @NotNull
    public CouponIssuance issuance;

    /** 消费满额赠送: an order completing at or above this gives its buyer one. */
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 17, fraction = 2)
    public BigDecimal spendThreshold;

    /** 积分兑换: the points one coupon costs. */
    @Min(1)
    @Max(10_000_000)
    public Integer pointsPrice;

    /** How many in all; none: no limit. */
    @Min(1)
    public Integer quantity;

    @Min(1)
    @Max(100)
    public int perMember = 1;

    public Instant validFrom;

    public Instant validTo;

    @Min(1)
    @Max(3650)
    public Integer validDays;

    @NotNull
    public Instant issueFrom;

    @NotNull
    public Instant issueTo;
}
