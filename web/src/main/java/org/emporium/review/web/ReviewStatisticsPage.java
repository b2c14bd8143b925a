package org.emporium.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.emporium.aftersales.AfterSales;
import org.emporium.catalog.Catalog;
import org.emporium.catalog.Product;
import org.emporium.order.web.StaffScope;
import org.emporium.review.ProductSatisfaction;
import org.emporium.review.Reviews;

/**
 * 数据统计 of reviews and after-sales: satisfaction per product (most reviewed first) and how often each after-sales
 * reason is given — a merchant for its own shop, staff for all.
 */
@Named
@RequestScoped
public class ReviewStatisticsPage {

    static final int PRODUCTS = 100;

    @Inject
    Reviews reviews;

    @Inject
    AfterSales afterSales;

    @Inject
    Catalog catalog;

    @Inject
    StaffScope staffScope;

    /** One row of the after-sales reasons table: the reason's code and its count, with its share in percent. */
    public record ReasonCount(String reason, long requests, int percent) {
    }

    private List<ProductSatisfaction> products;
    private List<ReasonCount> reasons;

    public List<ProductSatisfaction> getProducts() {
        if (products == null) {
            products = reviews.satisfaction(staffScope.orders(), PRODUCTS);
        }
        return products;
    }

    public List<ReasonCount> getReasons() {
        if (reasons == null) {
            List<Object[]> rows = afterSales.reasons(staffScope.orders());
            long total = rows.stream().mapToLong(r -> ((Number) r[1]).longValue()).sum();
            reasons = rows.stream().map(r -> {
                long n = ((Number) r[1]).longValue();
                return new ReasonCount(String.valueOf(r[0]), n, (int) Math.round(n * 100.0 / total));
            }).toList();
        }
        return reasons;
    }

    public String productName(long productId) {
        Product product = catalog.findProduct(productId);
        return product == null ? "#" + productId : product.getName();
    }
}
