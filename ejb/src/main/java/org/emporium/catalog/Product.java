package org.emporium.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.Money;

/**
 * A product (商品, SPU) of one merchant: names in Chinese and English, specifications, SKUs, pictures, and its
 * place in the life cycle ({@link ProductStatus}). Only ON_SHELF products are seen by shoppers.
 */
@Entity
@Table(name = "product")
@NamedQuery(name = "Product.onShelf", query = "SELECT p FROM Product p WHERE p.status = :status ORDER BY p.id")
@NamedQuery(name = "Product.changedSince",
        query = "SELECT p FROM Product p WHERE p.updatedAt > :since ORDER BY p.updatedAt")
@NamedQuery(name = "Product.dueOnShelf", query = "SELECT p FROM Product p WHERE p.status = :offShelf"
        + " AND p.onShelfAt IS NOT NULL AND p.onShelfAt <= :now AND (p.offShelfAt IS NULL OR p.offShelfAt > :now)")
@NamedQuery(name = "Product.dueOffShelf", query = "SELECT p FROM Product p WHERE p.status = :onShelf"
        + " AND p.offShelfAt IS NOT NULL AND p.offShelfAt <= :now")
@NamedQuery(name = "Product.bySlug", query = "SELECT p FROM Product p WHERE p.slug = :slug")
@NamedQuery(name = "Product.count", query = "SELECT COUNT(p) FROM Product p")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "merchant_id", nullable = false, updatable = false)
    private Long merchantId;

    @Column(name = "category_id", nullable = false)
    private Long categoryId;

    @Column(name = "brand_id")
    private Long brandId;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    @Column(name = "subtitle", length = 200)
    private String subtitle;

    @Column(name = "description", length = 8000)
    private String description;

    @Column(name = "tags", length = 500)
    private String tags;

    @Column(name = "slug", nullable = false, length = 160)
    private String slug;

    /** An uploaded MP4/WebM video ({@link MediaService}), or null. */
    @Column(name = "video_url", length = 512)
    private String videoUrl;

    @Column(name = "seo_title", length = 120)
    private String seoTitle;

    @Column(name = "seo_description", length = 300)
    private String seoDescription;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProductStatus status = ProductStatus.DRAFT;

    @Column(name = "review_note", length = 500)
    private String reviewNote;

    @Column(name = "purchase_limit", nullable = false)
    private int purchaseLimit;

    @Column(name = "low_stock_threshold", nullable = false)
    private int lowStockThreshold;

    @Column(name = "on_shelf_at")
    private Instant onShelfAt;

    @Column(name = "off_shelf_at")
    private Instant offShelfAt;

    /** The lowest active SKU price, kept for lists and sorting. */
    @Column(name = "price_from", nullable = false, precision = 19, scale = 2)
    private BigDecimal priceFrom;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "sales", nullable = false)
    private long sales;

    @Column(name = "rating", nullable = false, precision = 3, scale = 2)
    private BigDecimal rating = BigDecimal.ZERO;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ProductSpec> specs = new ArrayList<>();

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Sku> skus = new ArrayList<>();

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ProductImage> images = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected Product() {
        // for JPA
    }

    Product(long merchantId, String slug, Instant now) {
        this.merchantId = merchantId;
        this.slug = slug;
        this.createdAt = now;
        this.updatedAt = now;
        this.currency = Money.BASE_CURRENCY.getCurrencyCode();
        this.priceFrom = BigDecimal.ZERO;
    }

    /** Takes the SPU fields of a draft. SKUs and specifications are applied by {@link CatalogService}. */
    void apply(ProductDraft draft, Instant now) {
        this.name = draft.name.trim();
        this.nameEn = draft.nameEn.trim();
        this.subtitle = blankToNull(draft.subtitle);
        this.description = blankToNull(draft.description);
        this.categoryId = draft.categoryId;
        this.brandId = draft.brandId;
        this.tags = draft.tags == null || draft.tags.isEmpty() ? null : String.join(",", draft.tags);
        this.seoTitle = blankToNull(draft.seoTitle);
        this.seoDescription = blankToNull(draft.seoDescription);
        this.videoUrl = blankToNull(draft.videoUrl);
        this.purchaseLimit = draft.purchaseLimit;
        this.lowStockThreshold = draft.lowStockThreshold;
        if (draft.onShelfAt != null && draft.offShelfAt != null && !draft.offShelfAt.isAfter(draft.onShelfAt)) {
            throw new BusinessRuleException("INVALID_SCHEDULE", "The off-shelf time must be after the on-shelf time");
        }
        this.onShelfAt = draft.onShelfAt;
        this.offShelfAt = draft.offShelfAt;
        this.updatedAt = now;
    }

    List<ProductSpec> specList() {
        return specs;
    }

    List<Sku> skuList() {
        return skus;
    }

    List<ProductImage> imageList() {
        return images;
    }

    void refreshPriceFrom() {
        skus.stream().filter(Sku::isActive).map(s -> s.getPrice().amount()).min(Comparator.naturalOrder())
                .ifPresent(p -> this.priceFrom = p);
    }

    /** Moves along the life cycle; any move the life cycle does not allow is refused. */
    void moveTo(ProductStatus next, String note, Instant now) {
        if (!status.canMoveTo(next)) {
            throw new BusinessRuleException("INVALID_STATE", "A product that is " + status + " cannot become " + next);
        }
        this.status = next;
        this.reviewNote = note;
        this.updatedAt = now;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public Long getBrandId() {
        return brandId;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getSubtitle() {
        return subtitle;
    }

    public String getDescription() {
        return description;
    }

    public List<String> getTags() {
        return tags == null ? List.of() : Arrays.asList(tags.split(","));
    }

    public String getSlug() {
        return slug;
    }

    public String getVideoUrl() {
        return videoUrl;
    }

    public String getSeoTitle() {
        return seoTitle;
    }

    public String getSeoDescription() {
        return seoDescription;
    }

    public ProductStatus getStatus() {
        return status;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public int getPurchaseLimit() {
        return purchaseLimit;
    }

    public int getLowStockThreshold() {
        return lowStockThreshold;
    }

    public Instant getOnShelfAt() {
        return onShelfAt;
    }

    public Instant getOffShelfAt() {
        return offShelfAt;
    }

    public Money getPriceFrom() {
        return Money.of(priceFrom, Currency.getInstance(currency));
    }

    public long getSales() {
        return sales;
    }

    public BigDecimal getRating() {
        return rating;
    }

    /** The average of the product's visible reviews (0 without any), for pages and the "by rating" sort. */
    public void rated(BigDecimal average) {
        this.rating = average.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<ProductSpec> getSpecs() {
        return List.copyOf(specs);
    }

    /** The SKUs that can be bought (deactivated combinations are kept for old orders, not shown). */
    public List<Sku> getSkus() {
        return skus.stream().filter(Sku::isActive).toList();
    }

    public Optional<Sku> sku(long skuId) {
        return skus.stream().filter(s -> s.getId() == skuId).findFirst();
    }

    public List<ProductImage> getImages() {
        return List.copyOf(images);
    }

    /** The first picture's address, or null. */
    public String getCoverUrl() {
        return images.isEmpty() ? null : images.get(0).getUrl();
    }

    public int getAvailable() {
        return getSkus().stream().mapToInt(Sku::getAvailable).sum();
    }

    public boolean isVisible() {
        return status.isVisible();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
