package org.emporium.catalog.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.catalog.Catalog;
import org.emporium.catalog.Category;
import org.emporium.catalog.Product;

/** /sitemap.xml for search engines: the home page, every category and every product on shelf. */
@WebServlet("/sitemap.xml")
public class Sitemap extends HttpServlet {

    @Inject
    Catalog catalog;

    @Inject
    @ConfigProperty(name = "EMPORIUM_BASE_URL", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/xml");
        response.setCharacterEncoding("UTF-8");
        PrintWriter out = response.getWriter();
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        out.println("<url><loc>" + baseUrl + "/</loc></url>");
        for (Category c : catalog.categories()) {
            out.println("<url><loc>" + baseUrl + "/search.xhtml?category=" + c.getId() + "</loc></url>");
        }
        for (Product p : catalog.onShelf()) {
            out.println("<url><loc>" + baseUrl + "/product.xhtml?id=" + p.getId() + "</loc><lastmod>"
                    + p.getUpdatedAt().toString().substring(0, 10) + "</lastmod></url>");
        }
        out.println("</urlset>");
    }
}
