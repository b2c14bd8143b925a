package org.emporium.catalog.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.catalog.CatalogPaths;
import org.emporium.catalog.Category;
import org.emporium.catalog.Product;

/**
 * Friendly addresses for pages ({@code #{catalogLinks.product(p)}}) and their absolute form for canonical links,
 * Open Graph tags and the sitemap (based on EMPORIUM_BASE_URL).
 */
@Named
@ApplicationScoped
public class CatalogLinks {

    @Inject
    @ConfigProperty(name = "EMPORIUM_BASE_URL", defaultValue = "http://localhost:8080")
    String baseUrl;

    public String product(Product product) {
        return CatalogPaths.product(product);
    }

    public String category(Category category) {
        return category == null ? null : CatalogPaths.category(category.getSlug());
    }

    /** "https://shop.example/p/42/tea" for "/p/42/tea"; outside addresses ("https://...") stay as they are. */
    public String absolute(String path) {
        if (path == null || path.startsWith("http://") || path.startsWith("https://")) {
            return path;
        }
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
