package org.emporium.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The storefront's friendly addresses (relative to the context root): a product at {@code /p/{id}/{slug}}, a
 * category at {@code /c/{slug}}. The id makes a product's address stable; the slug is for people and search engines.
 */
public final class CatalogPaths {

    private CatalogPaths() {
    }

    public static String product(long id, String slug) {
        return "/p/" + id + "/" + encode(slug == null || slug.isBlank() ? "product" : slug);
    }

    public static String product(Product product) {
        return product(product.getId(), product.getSlug());
    }

    public static String category(String slug) {
        return "/c/" + encode(slug);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
