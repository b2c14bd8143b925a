package org.emporium.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.emporium.catalog.Brand;
import org.emporium.catalog.Catalog;
import org.emporium.catalog.Category;
import org.emporium.search.ProductSearch;
import org.emporium.search.SearchQuery;
import org.emporium.search.SearchResult;

/** What every storefront page shows of the catalog: the category tree and product sections for the home page. */
@Named
@RequestScoped
public class Storefront {

    @Inject
    Catalog catalog;

    @Inject
    ProductSearch search;

    private List<Category> categories;
    private Map<Long, Brand> brands;

    /** A department with its categories, for navigation. */
    public record Department(Category category, List<Category> children) {
    }

    /** Departments and their categories as the navigation shows them (hidden ones left out). */
    public List<Department> getDepartments() {
        List<Department> departments = new ArrayList<>();
        List<Category> visible = catalog.visibleCategories();
        for (Category top : visible) {
            if (top.getParentId() == null) {
                departments.add(new Department(top, visible.stream()
                        .filter(c -> Objects.equals(c.getParentId(), top.getId())).toList()));
            }
        }
        return departments;
    }

    public List<SearchResult.Hit> getNewArrivals() {
        return section(SearchQuery.Sort.NEWEST);
    }

    public List<SearchResult.Hit> getBestSellers() {
        return section(SearchQuery.Sort.SALES);
    }

    public Category category(Long id) {
        return id == null ? null : categories().stream().filter(c -> c.getId().equals(id)).findFirst().orElse(null);
    }

    public Brand brand(Long id) {
        if (brands == null) {
            brands = catalog.brandsById();
        }
        return id == null ? null : brands.get(id);
    }

    private List<SearchResult.Hit> section(SearchQuery.Sort sort) {
        return search.search(new SearchQuery(null, null, null, null, null, Map.of(), sort, 0, 8)).items();
    }

    private List<Category> categories() {
        if (categories == null) {
            categories = catalog.categories();
        }
        return categories;
    }
}
