package org.emporium.catalog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.emporium.platform.NotFoundException;

/**
 * What shoppers may see of the catalog: the category tree, brands, and products that are on shelf. The category
 * tree and the brands come from the {@link CatalogCache}: callers get their own copies, to read, not to change.
 */
@Stateless
public class Catalog {

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogCache cache;

    /** Every category, hidden ones too (a hidden category still names its products), in tree order. */
    @SuppressWarnings("unchecked")
    public List<Category> categories() {
        return cache.get(CatalogCache.CATEGORIES, ArrayList.class,
                () -> new ArrayList<>(em.createNamedQuery("Category.all", Category.class).getResultList()));
    }

    /** The categories shown in the storefront's navigation: hidden ones and everything under them left out. */
    public List<Category> visibleCategories() {
        List<Category> all = categories();
        Map<Long, Category> byId = all.stream().collect(Collectors.toMap(Category::getId, Function.identity()));
        return all.stream().filter(c -> {
            for (Category at = c; at != null; at = at.getParentId() == null ? null : byId.get(at.getParentId())) {
                if (at.isHidden()) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    /** The category with this address (slug), hidden or not, or null. */
    public Category categoryBySlug(String slug) {
        return categories().stream().filter(c -> c.getSlug().equals(slug)).findFirst().orElse(null);
    }

    /**
     * The specification templates a new product of this category starts with: the category's own, else the
     * nearest ancestor's that has some.
     */
    public List<SpecTemplate> specTemplatesFor(long categoryId) {
        Map<Long, Category> byId = categoriesById();
        for (Category at = byId.get(categoryId); at != null;
             at = at.getParentId() == null ? null : byId.get(at.getParentId())) {
            List<SpecTemplate> own = em.createNamedQuery("SpecTemplate.ofCategory", SpecTemplate.class)
                    .setParameter("category", at.getId()).getResultList();
            if (!own.isEmpty()) {
                return own;
            }
        }
        return List.of();
    }

    public Map<Long, Category> categoriesById() {
        return categories().stream().collect(Collectors.toMap(Category::getId, Function.identity()));
    }

    @SuppressWarnings("unchecked")
    /**
     * Each category's parent (top-level categories are absent), from the cached tree: what promotion scopes and
     * commission rates climb to find a category's ancestors.
     */
    public Map<Long, Long> categoryParents() {
        Map<Long, Long> parents = new HashMap<>();
        categories().stream().filter(c -> c.getParentId() != null)
                .forEach(c -> parents.put(c.getId(), c.getParentId()));
        return parents;
    }

    public List<Brand> brands() {
        return cache.get(CatalogCache.BRANDS, ArrayList.class,
                () -> new ArrayList<>(em.createNamedQuery("Brand.all", Brand.class).getResultList()));
    }

    public Map<Long, Brand> brandsById() {
        return brands().stream().collect(Collectors.toMap(Brand::getId, Function.identity()));
    }

    /** A product a shopper may open; anything not on shelf is "not found". */
    public Product visibleProduct(long productId) {
        Product product = em.find(Product.class, productId);
        if (product == null || !product.isVisible()) {
            throw new NotFoundException("Product");
        }
        // current stock, not what the persistence cache remembers: all SKUs re-read in one query
        em.createQuery("SELECT s FROM Sku s WHERE s.product.id = :p", Sku.class).setParameter("p", productId)
                .setHint("eclipselink.refresh", "true").getResultList();
        return product;
    }

    /**
     * What each active SKU of a product has available now (on hand minus reserved), read in one query: for read
     * models cached without stock.
     */
    public Map<Long, Integer> availability(long productId) {
        Map<Long, Integer> available = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT s.id, s.onHand, s.reserved FROM Sku s"
                        + " WHERE s.product.id = :p AND s.active = TRUE", Object[].class)
                .setParameter("p", productId).getResultList()) {
            available.put((Long) row[0], ((Number) row[1]).intValue() - ((Number) row[2]).intValue());
        }
        return available;
    }

    /** Any product with this id, visible or not, for pages that explain that it is unavailable. */
    public Product anyProduct(long productId) {
        Product product = em.find(Product.class, productId);
        if (product == null) {
            throw new NotFoundException("Product");
        }
        return product;
    }

    /** A product whatever its status, or null. */
    public Product findProduct(long productId) {
        return em.find(Product.class, productId);
    }

    /** Ids of products changed after the given time (for search nodes catching up). */
    public List<Long> changedSince(java.time.Instant since) {
        return em.createNamedQuery("Product.changedSince", Product.class).setParameter("since", since)
                .getResultStream().map(Product::getId).toList();
    }

    public List<Product> onShelf() {
        return em.createNamedQuery("Product.onShelf", Product.class)
                .setParameter("status", ProductStatus.ON_SHELF).getResultList();
    }

    public long productCount() {
        return em.createNamedQuery("Product.count", Long.class).getSingleResult();
    }
}
