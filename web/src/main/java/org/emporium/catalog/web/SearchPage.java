package org.emporium.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.emporium.catalog.Catalog;
import org.emporium.catalog.CatalogPaths;
import org.emporium.catalog.Category;
import org.emporium.search.ProductSearch;
import org.emporium.search.SearchQuery;
import org.emporium.search.SearchResult;

/**
 * Search results and category pages: words, facet filters, sorting and pages, all in the URL (GET), so every
 * result page can be bookmarked, shared and crawled. Specification filters are "spec.颜色=红" parameters.
 */
@Named
@RequestScoped
public class SearchPage {

    static final int PAGE_SIZE = 24;

    @Inject
    ProductSearch search;

    @Inject
    FacesContext faces;

    @Inject
    Catalog catalog;

    private String q;
    private Long category;
    private Long brand;
    private BigDecimal minPrice;
    private BigDecimal maxPrice;
    private String sort;
    private int page;
    private SearchResult result;

    /** One facet value as a link: its label, count, and the URL that applies (or removes) it. */
    public record FacetLink(String label, long count, String url, boolean active) {
    }

    public SearchResult getResult() {
        if (result == null) {
            result = search.search(new SearchQuery(q, category, brand, minPrice, maxPrice, specFilters(),
                    SearchQuery.Sort.of(sort), page, PAGE_SIZE));
        }
        return result;
    }

    public Map<String, String> specFilters() {
        Map<String, String> specs = new LinkedHashMap<>();
        faces.getExternalContext().getRequestParameterMap().forEach((key, value) -> {
            if (key.startsWith("spec.") && value != null && !value.isBlank()) {
                specs.put(key.substring(5), value);
            }
        });
        return specs;
    }

    /** The facet values of one dimension as links, labelled by the given function's names. */
    public List<FacetLink> facet(String dimension) {
        List<FacetLink> links = new ArrayList<>();
        for (SearchResult.FacetCount count : getResult().facets().getOrDefault(dimension, List.of())) {
            Map<String, String> params = currentParams();
            String key = switch (dimension) {
                case "category" -> "category";
                case "brand" -> "brand";
                case "price" -> "price";
                default -> "spec." + dimension.substring("spec:".length());
            };
            boolean active;
            if (key.equals("price")) {
                String[] band = count.value().replace("+", "-").split("-");
                active = minPrice != null && minPrice.compareTo(new BigDecimal(band[0])) == 0;
                params.put("minPrice", band[0]);
                if (band.length > 1) {
                    params.put("maxPrice", band[1]);
                } else {
                    params.remove("maxPrice");
                }
            } else {
                active = count.value().equals(params.get(key));
                params.put(key, count.value());
            }
            params.remove("page");
            links.add(new FacetLink(count.value(), count.count(), url(params), active));
        }
        return links;
    }

    /** Names of the specification facets present, e.g. "spec:颜色". */
    public List<String> getSpecDimensions() {
        return getResult().facets().keySet().stream().filter(d -> d.startsWith("spec:")).toList();
    }

    public String sortUrl(String order) {
        Map<String, String> params = currentParams();
        params.put("sort", order);
        params.remove("page");
        return url(params);
    }

    public String pageUrl(int target) {
        Map<String, String> params = currentParams();
        params.put("page", String.valueOf(target));
        return url(params);
    }

    public String getClearUrl() {
        Map<String, String> params = new LinkedHashMap<>();
        if (q != null && !q.isBlank()) {
            params.put("q", q);
        }
        return url(params);
    }

    public int getPageCount() {
        return (int) Math.max(1, (getResult().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<Integer> getPages() {
        int count = getPageCount();
        int from = Math.max(0, page - 4);
        int to = Math.min(count, from + 9);
        return IntStream.range(from, to).boxed().toList();
    }

    /** The category page's category (a category chosen and no words searched), else null. */
    public Category getCategoryPage() {
        return category == null || (q != null && !q.isBlank()) ? null : catalog.categoriesById().get(category);
    }

    public boolean isFiltered() {
        return category != null || brand != null || minPrice != null || maxPrice != null || !specFilters().isEmpty();
    }

    private Map<String, String> currentParams() {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "q", q);
        put(params, "category", category);
        put(params, "brand", brand);
        put(params, "minPrice", minPrice == null ? null : minPrice.toPlainString());
        put(params, "maxPrice", maxPrice == null ? null : maxPrice.toPlainString());
        put(params, "sort", sort);
        specFilters().forEach((name, option) -> params.put("spec." + name, option));
        return params;
    }

    private static void put(Map<String, String> params, String key, Object value) {
        if (value != null && !value.toString().isBlank()) {
            params.put(key, value.toString());
        }
    }

    /** A results page's address: a category's friendly one ("/c/tea?brand=3") when no words are searched. */
    private String url(Map<String, String> params) {
        Map<String, String> rest = new LinkedHashMap<>(params);
        String path = "/search.xhtml";
        Category chosen = rest.containsKey("q") || !rest.containsKey("category") ? null
                : catalog.categoriesById().get(Long.valueOf(rest.get("category")));
        if (chosen != null) {
            path = CatalogPaths.category(chosen.getSlug());
            rest.remove("category");
        }
        StringBuilder url = new StringBuilder(faces.getExternalContext().getRequestContextPath()).append(path);
        char separator = '?';
        for (Map.Entry<String, String> p : rest.entrySet()) {
            url.append(separator).append(URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.toString();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Long getCategory() {
        return category;
    }

    public void setCategory(Long category) {
        this.category = category;
    }

    public Long getBrand() {
        return brand;
    }

    public void setBrand(Long brand) {
        this.brand = brand;
    }

    public BigDecimal getMinPrice() {
        return minPrice;
    }

    public void setMinPrice(BigDecimal minPrice) {
        this.minPrice = minPrice;
    }

    public BigDecimal getMaxPrice() {
        return maxPrice;
    }

    public void setMaxPrice(BigDecimal maxPrice) {
        this.maxPrice = maxPrice;
    }

    public String getSort() {
        return sort == null ? "relevance" : sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
