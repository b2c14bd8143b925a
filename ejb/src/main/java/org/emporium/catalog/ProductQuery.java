package org.emporium.catalog;

import java.io.Serializable;

/**
 * What a back-office product list asks for: optionally one status and a piece of either name, sorted by one
 * column. Whose products are listed is not part of it: {@link CatalogService} takes the merchant scope separately,
 * as in every other method.
 */
public record ProductQuery(ProductStatus status, String text, Sort sort, boolean ascending) implements Serializable {

    /** The columns a list may be sorted by; each names a product field, so no sort text reaches the query. */
    public enum Sort {
        NAME("p.name"), NAME_EN("p.nameEn"), STATUS("p.status"), PRICE("p.priceFrom"), UPDATED("p.updatedAt");

        final String path;

        Sort(String path) {
            this.path = path;
        }
    }

    public ProductQuery {
        text = text == null || text.isBlank() ? null : text.trim();
        sort = sort == null ? Sort.UPDATED : sort;
    }

    /** Every product, the most recently changed first. */
    public static ProductQuery latestFirst() {
        return new ProductQuery(null, null, Sort.UPDATED, false);
    }
}
