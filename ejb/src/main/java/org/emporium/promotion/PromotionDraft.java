package org.emporium.promotion;

import jakarta.validation.Valid;
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
 * A promotion as the back office or the API asks for it. {@code merchantId} only counts for platform staff (a
 * merchant's promotions are always its own shop's); none is a platform promotion. Scope lists that are all empty
 * mean everything of the shop or platform.
 */
public class PromotionDraft {

    @NotNull
    public PromotionKind kind;

    @NotBlank
    @Size(max = 100)
    public String name;

    @Size(max = 100)
    public String nameEn;

    public Long merchantId;

    @Size(max = 200)
    public List<@NotNull Long> categoryIds = new ArrayList<>();

    @Size(max = 200)
    public List<@NotNull Long> productIds = new ArrayList<>();

    @Size(max = 200)
    public List<@NotNull Long> skuIds = new ArrayList<>();

    /** 限时折扣: what the items sell at, as a share of their price (0.80 = 8折). */
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax(value = "1", inclusive = false)
    @Digits(integer = 1, fraction = 4)
    public BigDecimal rate;

    /** 满减: the tiers; a repeating one (每满减) has exactly one. */
    @Size(max = 10)
    public List<@Valid @NotNull TierDraft> tiers = new ArrayList<>();

    public boolean repeating;

    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 17, fraction = 2)
    public BigDecimal cap;

    /** 预算: the most it may take off in all orders together; none: no limit. */
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 17, fraction = 2)
    public BigDecimal budget;

    /** 阶梯价: from so many units of a line on, each at a rate of its price. */
    @Size(max = 10)
    public List<@Valid @NotNull QuantityTierDraft> quantityTiers = new ArrayList<>();

    /** 买N送M: for every so many bought, so many more free (the cheapest). */
    @Min(1)
    @Max(99)
    public Integer buyQuantity;

    @Min(1)
    @Max(99)
    public Integer freeQuantity;

    /** 秒杀: the price of its one SKU (in {@code skuIds}), the units on sale, and how many one member may buy (1). */
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 17, fraction = 2)
    public BigDecimal flashPrice;

    @Min(1)
    @Max(1_000_000)
    public Integer quota;

    @Min(1)
    @Max(1000)
    public Integer perMember;

    /** 满赠: the gift (a SKU of the shop's), how many units (1), and what the items in scope must cost (none: any). */
    public Long giftSkuId;

    @Min(1)
    @Max(99)
    public Integer giftQuantity;

    @DecimalMin(value = "0")
    @Digits(integer = 17, fraction = 2)
    public BigDecimal giftMinimum;

    /** 限量: the most orders it may apply to; none: no limit. */
    @Min(1)
    public Integer maxOrders;

    @NotNull
    public Instant startsAt;

    @NotNull
    public Instant endsAt;

    public static class QuantityTierDraft {
        @Min(2)
        @Max(10_000)
        public int minQuantity;

        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax(value = "1", inclusive = false)
        @Digits(integer = 1, fraction = 4)
        public BigDecimal rate;

        public QuantityTierDraft() {
            // for JSON-B
        }

        public QuantityTierDraft(int minQuantity, BigDecimal rate) {
            this.minQuantity = minQuantity;
            this.rate = rate;
        }
    }

    public static class TierDraft {
        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @Digits(integer = 17, fraction = 2)
        public BigDecimal threshold;

        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @Digits(integer = 17, fraction = 2)
        public BigDecimal reduction;

        public TierDraft() {
            // for JSON-B
        }

        public TierDraft(BigDecimal threshold, BigDecimal reduction) {
            this.threshold = threshold;
            this.reduction = reduction;
        }
    }
}
