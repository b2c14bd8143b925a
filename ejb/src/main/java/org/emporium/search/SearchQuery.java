package org.emporium.search;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a shopper asks for: words (Chinese or English), filters, an order and a page.
 *
 * @param specs chosen specification options, e.g. {颜色=红}
 */
public record SearchQuery(String text, Long categoryId, Long brandId, BigDecimal minPrice, BigDecimal maxPrice,
                          Map<String, String> specs, Sort sort, int page, int size) {

    public enum Sort {
        RELEVANCE, PRICE_ASC, PRICE_DESC, SALES, NEWEST, RATING;

        /** "price_asc" → PRICE_ASC; unknown or blank → RELEVANCE. */
        public static Sort of(String name) {
            if (name == null || name.isBlank()) {
                return RELEVANCE;
            }
            try {
                return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return RELEVANCE;
            }
        }
    }

    public SearchQuery {
        specs = specs == null ? Map.of() : Map.copyOf(specs);
        sort = sort == null ? Sort.RELEVANCE : sort;
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, 100);
    }

    public static SearchQuery text(String text) {
        return new SearchQuery(text, null, null, null, null, Map.of(), Sort.RELEVANCE, 0, 20);
    }
}
