package org.emporium.catalog.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.emporium.catalog.Catalog;
import org.emporium.catalog.CatalogPaths;
import org.emporium.catalog.Category;
import org.emporium.catalog.Product;

/**
 * /sitemap.xml for search engines: the home page, every category shown in the navigation and every product on shelf,
 * at their friendly addresses. Slugs are lower-case letters, digits and hyphens, so nothing needs XML escaping.
 */
@WebServlet("/sitemap.xml")
public class Sitemap extends HttpServlet {

    @Inject
    Catalog catalog;

    @Inject
    CatalogLinks links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/xml");
        response.setCharacterEncoding("UTF-8");
        PrintWriter out = response.getWriter();
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        out.println("<url><loc>" + links.absolute("/") + "</loc></url>");
        for (Category c : catalog.visibleCategories()) {
            out.println("<url><loc>" + links.absolute(CatalogPaths.category(c.getSlug())) + "</loc></url>");
        }
        for (Product p : catalog.onShelf()) {
            out.println("<url><loc>" + links.absolute(CatalogPaths.product(p)) + "</loc><lastmod>"
                    + p.getUpdatedAt().toString().substring(0, 10) + "</lastmod></url>");
        }
        out.println("</urlset>");
    }
}
