package org.emporium.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** One page of matching products, the total, and the facet counts over all matches. */
public record SearchResult(List<Hit> items, long total, Map<String, List<FacetCount>> facets, int page, int size) {

    /** A product as lists show it, straight from the index. */
    public record Hit(long id, String name, String nameEn, BigDecimal price, String currency, String image,
                      BigDecimal rating, long sales, long categoryId, Long brandId, String slug) {

        /** The product's friendly address, e.g. "/p/42/huawei-mate-60". */
        public String path() {
            return org.emporium.catalog.CatalogPaths.product(id, slug);
        }
    }

    /** One value of a facet (a category id, a brand id, a price band, a spec option) and how many match. */
    public record FacetCount(String value, long count) {
    }
}
