package org.emporium.catalog;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.emporium.platform.NotFoundException;

/** What shoppers may see of the catalog: the category tree, brands, and products that are on shelf. */
@Stateless
public class Catalog {

    @PersistenceContext
    EntityManager em;

    public List<Category> categories() {
        return em.createNamedQuery("Category.all", Category.class).getResultList();
    }

    public Map<Long, Category> categoriesById() {
        return categories().stream().collect(Collectors.toMap(Category::getId, Function.identity()));
    }

    public List<Brand> brands() {
        return em.createNamedQuery("Brand.all", Brand.class).getResultList();
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
        product.getSkus().forEach(sku -> em.refresh(sku)); // current stock, not what the cache remembers
        return product;
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
