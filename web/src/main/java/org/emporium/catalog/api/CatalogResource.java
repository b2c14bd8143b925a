package org.emporium.catalog.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emporium.catalog.Catalog;
import org.emporium.catalog.CatalogCache;
import org.emporium.catalog.Category;
import org.emporium.catalog.Product;
import org.emporium.catalog.SpecTemplate;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.api.MoneyView;
import org.emporium.search.ProductSearch;
import org.emporium.search.SearchQuery;
import org.emporium.search.SearchResult;

/** The catalog as shoppers and mobile clients read it (API.md "Catalog"). Only products on shelf appear. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CatalogResource {

    @Inject
    Catalog catalog;

    @Inject
    ProductSearch search;

    @Inject
    CatalogCache cache;

    public record CategoryNode(long id, String name, String nameEn, String slug, String icon,
                               List<CategoryNode> children) {
    }

    public record ProductSummary(long id, String name, String nameEn, MoneyView price, String image,
                                 BigDecimal rating, long sales) {
    }

    public record ProductList(List<ProductSummary> items, long total, int page, int size,
                              Map<String, List<SearchResult.FacetCount>> facets) {
    }

    public record SkuView(long id, String code, Map<String, String> specs, MoneyView price, MoneyView originalPrice,
                          int available, int weightGrams, String barcode, String image)
            implements java.io.Serializable {

        SkuView withAvailable(int now) {
            return new SkuView(id, code, specs, price, originalPrice, now, weightGrams, barcode, image);
        }
    }

    public record SpecView(String name, List<String> options) implements java.io.Serializable {
    }

    public record ProductDetail(long id, String name, String nameEn, String subtitle, String description,
                                long categoryId, Long brandId, long merchantId, List<String> tags, String slug,
                                String seoTitle, String seoDescription, String status, int purchaseLimit,
                                MoneyView price, BigDecimal rating, long sales, List<String> images,
                                List<SpecView> specs, List<SkuView> skus, String videoUrl)
            implements java.io.Serializable {

        public static ProductDetail of(Product p) {
            return new ProductDetail(p.getId(), p.getName(), p.getNameEn(), p.getSubtitle(), p.getDescription(),
                    p.getCategoryId(), p.getBrandId(), p.getMerchantId(), List.copyOf(p.getTags()), p.getSlug(),
                    p.getSeoTitle(), p.getSeoDescription(), p.getStatus().name(), p.getPurchaseLimit(),
                    MoneyView.of(p.getPriceFrom()), p.getRating(), p.getSales(),
                    p.getImages().stream().map(i -> i.getUrl()).toList(),
                    p.getSpecs().stream().map(s -> new SpecView(s.getName(), List.copyOf(s.getOptions()))).toList(),
                    p.getSkus().stream().map(s -> new SkuView(s.getId(), s.getCode(), s.getSpecs(),
                            MoneyView.of(s.getPrice()), MoneyView.of(s.getOriginalPrice()), s.getAvailable(),
                            s.getWeightGrams(), s.getBarcode(), s.getImageUrl())).toList(), p.getVideoUrl());
        }

        /** The same product with each SKU's availability as it is now (SKUs missing from the map: 0). */
        ProductDetail withAvailability(Map<Long, Integer> available) {
            return new ProductDetail(id, name, nameEn, subtitle, description, categoryId, brandId, merchantId, tags,
                    slug, seoTitle, seoDescription, status, purchaseLimit, price, rating, sales, images, specs,
                    skus.stream().map(s -> s.withAvailable(available.getOrDefault(s.id(), 0))).toList(), videoUrl);
        }
    }

    /** A specification template of a category: the name and the suggested options. */
    public record SpecTemplateView(String name, List<String> options) {

        public static SpecTemplateView of(SpecTemplate t) {
            return new SpecTemplateView(t.getName(), t.getOptions());
        }
    }

    @GET
    @Path("categories")
    public List<CategoryNode> categories() {
        return children(null, catalog.visibleCategories());
    }

    /** The specifications (and suggested options) a new product of this category usually has. */
    @GET
    @Path("categories/{id}/spec-templates")
    public List<SpecTemplateView> specTemplates(@PathParam("id") long id) {
        if (!catalog.categoriesById().containsKey(id)) {
            throw new NotFoundException("Category");
        }
        return catalog.specTemplatesFor(id).stream().map(SpecTemplateView::of).toList();
    }

    private static List<CategoryNode> children(Long parentId, List<Category> all) {
        List<CategoryNode> nodes = new ArrayList<>();
        for (Category c : all) {
            if (java.util.Objects.equals(c.getParentId(), parentId)) {
                nodes.add(new CategoryNode(c.getId(), c.getName(), c.getNameEn(), c.getSlug(), c.getIcon(),
                        children(c.getId(), all)));
            }
        }
        return nodes;
    }

    /**
     * Search and browse. Specification filters are given as {@code spec.颜色=红} query parameters.
     */
    @GET
    @Path("products")
    public ProductList products(@QueryParam("q") String q, @QueryParam("category") Long category,
                                @QueryParam("brand") Long brand, @QueryParam("minPrice") BigDecimal minPrice,
                                @QueryParam("maxPrice") BigDecimal maxPrice, @QueryParam("sort") String sort,
                                @QueryParam("page") @DefaultValue("0") int page,
                                @QueryParam("size") @DefaultValue("20") int size, @Context UriInfo uri) {
        Map<String, String> specs = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((key, values) -> {
            if (key.startsWith("spec.") && !values.isEmpty()) {
                specs.put(key.substring(5), values.get(0));
            }
        });
        SearchResult result = search.search(new SearchQuery(q, category, brand, minPrice, maxPrice, specs,
                SearchQuery.Sort.of(sort), page, size));
        List<ProductSummary> items = result.items().stream().map(h -> new ProductSummary(h.id(), h.name(),
                h.nameEn(), new MoneyView(h.price().toPlainString(), h.currency()), h.image(), h.rating(),
                h.sales())).toList();
        return new ProductList(items, result.total(), result.page(), result.size(), result.facets());
    }

    @GET
    @Path("products/{id}")
    public ProductDetail product(@PathParam("id") long id) {
        // the read model comes from the cache (a product change removes it); stock is read fresh, in one query
        ProductDetail detail = cache.get(CatalogCache.productKey(id), ProductDetail.class,
                () -> ProductDetail.of(catalog.visibleProduct(id)));
        return detail.withAvailability(catalog.availability(id));
    }

    @GET
    @Path("search/suggestions")
    public List<String> suggestions(@QueryParam("q") String q, @QueryParam("lang") String lang) {
        return search.suggest(q, lang == null || lang.startsWith("zh"), 8);
    }
}
