package org.emporium.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A picture of a product, with its thumbnail, in gallery order. */
@Entity
@Table(name = "product_image")
public class ProductImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "url", nullable = false, length = 512)
    private String url;

    @Column(name = "thumb_url", nullable = false, length = 512)
    private String thumbUrl;

    protected ProductImage() {
        // for JPA
    }

    ProductImage(Product product, int sortOrder, String url, String thumbUrl) {
        this.product = product;
        this.sortOrder = sortOrder;
        this.url = url;
        this.thumbUrl = thumbUrl;
    }

    public String getUrl() {
        return url;
    }

    public String getThumbUrl() {
        return thumbUrl;
    }

    /** The 480 px version for the product page (an uploaded picture's), else the picture itself. */
    public String getMediumUrl() {
        return MediaService.mediumOf(url);
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
