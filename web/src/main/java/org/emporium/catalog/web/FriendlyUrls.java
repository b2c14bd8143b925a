package org.emporium.catalog.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.emporium.catalog.Catalog;
import org.emporium.catalog.CatalogPaths;
import org.emporium.catalog.Category;
import org.emporium.catalog.Product;
import org.emporium.catalog.ProductStatus;

/**
 * The storefront's friendly addresses: {@code /p/{id}/{slug}} shows the product page and {@code /c/{slug}} the
 * category page (forwarded to the existing Faces pages, query parameters kept). A product address with a missing or
 * outdated slug, and the old {@code /product.xhtml?id=} and {@code /search.xhtml?category=} links, answer 301 with
 * the friendly address, so bookmarks and search engines move over.
 */
@WebFilter(urlPatterns = {"/p/*", "/c/*", "/product.xhtml", "/search.xhtml"}, dispatcherTypes = DispatcherType.REQUEST)
public class FriendlyUrls extends HttpFilter {

    @Inject
    Catalog catalog;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (path.startsWith("/p/")) {
            product(path.substring(3), request, response);
        } else if (path.startsWith("/c/")) {
            category(path.substring(3), request, response);
        } else if (read && path.equals("/product.xhtml") && isId(request.getParameter("id"))) {
            Product product = catalog.findProduct(Long.parseLong(request.getParameter("id")));
            if (!shown(product)) {
                chain.doFilter(request, response); // the page answers 404
            } else {
                movedTo(CatalogPaths.product(product), request, response, "id");
            }
        } else if (read && path.equals("/search.xhtml") && isId(request.getParameter("category"))
                && blank(request.getParameter("q"))) {
            Category category = catalog.categoriesById().get(Long.parseLong(request.getParameter("category")));
            if (category == null) {
                chain.doFilter(request, response);
            } else {
                movedTo(CatalogPaths.category(category.getSlug()), request, response, "category");
            }
        } else {
            chain.doFilter(request, response);
        }
    }

    private void product(String rest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String[] parts = rest.split("/", -1);
        if (!isId(parts[0]) || parts.length > 2) {
            response.sendError(404);
            return;
        }
        Product product = catalog.findProduct(Long.parseLong(parts[0]));
        if (!shown(product)) { // never reveal a draft's address (its slug) by a redirect
            response.sendError(404);
            return;
        }
        String canonical = CatalogPaths.product(product);
        if (!request.getRequestURI().substring(request.getContextPath().length()).equals(canonical)) {
            movedTo(canonical, request, response, null);
            return;
        }
        request.getRequestDispatcher("/product.xhtml?id=" + product.getId()).forward(request, response);
    }

    private void category(String slug, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Category category = slug.isEmpty() || slug.contains("/") ? null : catalog.categoryBySlug(slug);
        if (category == null) {
            response.sendError(404);
            return;
        }
        request.getRequestDispatcher("/search.xhtml?category=" + category.getId()).forward(request, response);
    }

    /** Products whose page shoppers may open: on shelf, or taken off shelf (the page says it is unavailable). */
    private static boolean shown(Product product) {
        return product != null && (product.getStatus() == ProductStatus.ON_SHELF
                || product.getStatus() == ProductStatus.OFF_SHELF);
    }

    /** 301 to the friendly path with the other query parameters kept (not the one the path now carries). */
    private static void movedTo(String path, HttpServletRequest request, HttpServletResponse response, String drop) {
        StringBuilder target = new StringBuilder(request.getContextPath()).append(path);
        char separator = '?';
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            if (p.getKey().equals(drop)) {
                continue;
            }
            for (String value : p.getValue()) {
                target.append(separator).append(URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", target.toString());
    }

    private static boolean isId(String text) {
        return text != null && text.matches("\\d{1,18}");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
