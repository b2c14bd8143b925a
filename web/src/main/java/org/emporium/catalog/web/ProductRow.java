package org.emporium.catalog.web;

import java.io.Serializable;
import java.time.Instant;
import org.emporium.catalog.Product;
import org.emporium.catalog.ProductImage;
import org.emporium.catalog.ProductStatus;

/**
 * One product as a back-office table shows it. A copy of the entity's figures rather than the entity, because the
 * rows live in the view state, which must serialise.
 */
public class ProductRow implements Serializable {

    private final long id;
    private final long merchantId;
    private final String name;
    private final String nameEn;
    private final ProductStatus status;
    private final String reviewNote;
    private final String priceFrom;
    private final int available;
    private final int skuCount;
    private final Instant updatedAt;
    private final String thumbUrl;

    ProductRow(Product product) {
        this.id = product.getId();
        this.merchantId = product.getMerchantId();
        this.name = product.getName();
        this.nameEn = product.getNameEn();
        this.status = product.getStatus();
        this.reviewNote = product.getReviewNote();
        this.priceFrom = product.getPriceFrom().amountText();
        this.available = product.getAvailable();
        this.skuCount = product.getSkus().size();
        this.updatedAt = product.getUpdatedAt();
        this.thumbUrl = product.getImages().stream().findFirst().map(ProductImage::getThumbUrl).orElse(null);
    }

    /** The name in the page's language. */
    public String name(boolean chinese) {
        return chinese ? name : nameEn;
    }

    public long getId() {
        return id;
    }

    public long getMerchantId() {
        return merchantId;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public ProductStatus getStatus() {
        return status;
    }

    /** Why a reviewer sent it back (only while it is a DRAFT again). */
    public String getReviewNote() {
        return status == ProductStatus.DRAFT ? reviewNote : null;
    }

    public String getPriceFrom() {
        return priceFrom;
    }

    public int getAvailable() {
        return available;
    }

    public int getSkuCount() {
        return skuCount;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getThumbUrl() {
        return thumbUrl;
    }
}
