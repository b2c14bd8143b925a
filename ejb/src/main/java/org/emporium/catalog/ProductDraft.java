package org.emporium.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A product as a merchant submits it (商品上架): the SPU's fields, its specifications and the SKUs of the matrix
 * they span. Plain fields, because it is a form and an API body at once; the rules that span fields (each SKU picks
 * one option of every specification, no combination twice) are checked by {@link CatalogService}.
 */
public class ProductDraft {

    /** Characters that would break the stored spec encoding ("颜色:红;容量:128GB"). */
    static final String NO_SEPARATORS = "^[^:;|]*$";

    @NotBlank
    @Size(max = 120)
    public String name;

    @NotBlank
    @Size(max = 120)
    public String nameEn;

    @Size(max = 200)
    public String subtitle;

    @Size(max = 8000)
    public String description;

    @NotNull
    public Long categoryId;

    public Long brandId;

    @Size(max = 20)
    public List<@NotBlank @Size(max = 20) String> tags = new ArrayList<>();

    @Size(max = 120)
    @Pattern(regexp = "^([a-z0-9]+(-[a-z0-9]+)*)?$", message = "{emporium.slug}")
    public String slug;

    @Size(max = 120)
    public String seoTitle;

    @Size(max = 300)
    public String seoDescription;

    @Min(0)
    @Max(9999)
    public int purchaseLimit;

    @Min(0)
    public int lowStockThreshold;

    public Instant onShelfAt;

    public Instant offShelfAt;

    @Size(max = 3)
    public List<@Valid SpecDraft> specs = new ArrayList<>();

    @NotEmpty
    @Size(max = 200)
    public List<@Valid SkuDraft> skus = new ArrayList<>();

    @Size(max = 12)
    public List<@NotBlank @Size(max = 512) String> images = new ArrayList<>();

    /** An uploaded video's address (/media/...), or null. */
    @Size(max = 512)
    public String videoUrl;

    /** A specification and its options, e.g. 颜色: 红, 蓝, 黑. */
    public static class SpecDraft {
        @NotBlank
        @Size(max = 32)
        @Pattern(regexp = NO_SEPARATORS, message = "{emporium.spec.chars}")
        public String name;

        @NotEmpty
        @Size(max = 30)
        public List<@NotBlank @Size(max = 40) @Pattern(regexp = NO_SEPARATORS, message = "{emporium.spec.chars}")
                String> options = new ArrayList<>();

        public SpecDraft() {
        }

        public SpecDraft(String name, List<String> options) {
            this.name = name;
            this.options = new ArrayList<>(options);
        }
    }

    /** One SKU: the option chosen for each specification, its price and stock. */
    public static class SkuDraft {
        public Map<String, String> specs = new LinkedHashMap<>();

        @NotNull
        @DecimalMin(value = "0.01")
        @Digits(integer = 15, fraction = 2)
        public BigDecimal price;

        @DecimalMin(value = "0.01")
        @Digits(integer = 15, fraction = 2)
        public BigDecimal originalPrice;

        /** Stock received when the SKU is created; later changes go through the inventory. */
        @PositiveOrZero
        public int stock;

        @PositiveOrZero
        public Integer weightGrams;

        @PositiveOrZero
        public Integer lengthMm;

        @PositiveOrZero
        public Integer widthMm;

        @PositiveOrZero
        public Integer heightMm;

        @Size(max = 32)
        @Pattern(regexp = "^[0-9A-Za-z-]*$", message = "{emporium.barcode}")
        public String barcode;

        @Size(max = 512)
        public String imageUrl;

        public SkuDraft() {
        }

        public SkuDraft(Map<String, String> specs, BigDecimal price, int stock) {
            this.specs = new LinkedHashMap<>(specs);
            this.price = price;
            this.stock = stock;
        }
    }
}
