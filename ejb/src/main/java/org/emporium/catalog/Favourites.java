package org.emporium.catalog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.emporium.platform.NotFoundException;

/**
 * A shopper's favourites (收藏) and recently viewed products (浏览历史). Both keep only products the shopper may
 * see: a product taken off shelf drops out of the lists, and comes back if it returns.
 */
@Stateless
public class Favourites {

    static final int HISTORY_SIZE = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Adds a product on shelf to the favourites; adding it twice changes nothing. */
    public void add(long accountId, long productId) {
        Product product = em.find(Product.class, productId);
        if (product == null || !product.isVisible()) {
            throw new NotFoundException("Product");
        }
        if (!isFavourite(accountId, productId)) {
            em.createNativeQuery("INSERT INTO favourite (account_id, product_id, created_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, accountId).setParameter(2, productId)
                    .setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
        }
    }

    public void remove(long accountId, long productId) {
        em.createNativeQuery("DELETE FROM favourite WHERE account_id = ?1 AND product_id = ?2")
                .setParameter(1, accountId).setParameter(2, productId).executeUpdate();
    }

    public boolean isFavourite(long accountId, long productId) {
        return !em.createNativeQuery("SELECT 1 FROM favourite WHERE account_id = ?1 AND product_id = ?2")
                .setParameter(1, accountId).setParameter(2, productId).getResultList().isEmpty();
    }

    /** Newest first, only products on shelf. */
    public List<Product> favourites(long accountId) {
        return products("SELECT product_id FROM favourite WHERE account_id = ?1 ORDER BY created_at DESC",
                accountId, 200);
    }

    /** Remembers that the shopper looked at a product; keeps the latest {@value #HISTORY_SIZE}. */
    public void viewed(long accountId, long productId) {
        em.createNativeQuery("DELETE FROM browsing_history WHERE account_id = ?1 AND product_id = ?2")
                .setParameter(1, accountId).setParameter(2, productId).executeUpdate();
        em.createNativeQuery("INSERT INTO browsing_history (account_id, product_id, viewed_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, accountId).setParameter(2, productId)
                .setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
        List<?> old = em.createNativeQuery("SELECT product_id FROM browsing_history WHERE account_id = ?1"
                        + " ORDER BY viewed_at DESC").setParameter(1, accountId)
                .setFirstResult(HISTORY_SIZE).setMaxResults(1000).getResultList();
        for (Object productIdToForget : old) {
            em.createNativeQuery("DELETE FROM browsing_history WHERE account_id = ?1 AND product_id = ?2")
                    .setParameter(1, accountId).setParameter(2, ((Number) productIdToForget).longValue())
                    .executeUpdate();
        }
    }

    public List<Product> recentlyViewed(long accountId, int max) {
        return products("SELECT product_id FROM browsing_history WHERE account_id = ?1 ORDER BY viewed_at DESC",
                accountId, max);
    }

    private List<Product> products(String sql, long accountId, int max) {
        List<?> ids = em.createNativeQuery(sql).setParameter(1, accountId).setMaxResults(max).getResultList();
        return ids.stream().map(id -> em.find(Product.class, ((Number) id).longValue()))
                .filter(p -> p != null && p.isVisible()).toList();
    }
}
