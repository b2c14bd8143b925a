package org.emporium.merchant;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.emporium.platform.NotFoundException;

/** Merchants and who runs them. */
@Stateless
public class Merchants {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Optional<Merchant> ownedBy(long accountId) {
        return em.createNamedQuery("Merchant.byOwner", Merchant.class).setParameter("owner", accountId)
                .getResultStream().findFirst();
    }

    public Merchant get(long id) {
        Merchant merchant = em.find(Merchant.class, id);
        if (merchant == null) {
            throw new NotFoundException("Merchant");
        }
        return merchant;
    }

    public List<Merchant> all() {
        return em.createNamedQuery("Merchant.all", Merchant.class).getResultList();
    }

    /** Opens a shop for an account, or returns the one it already runs. */
    public Merchant open(long ownerId, String name, String nameEn) {
        return ownedBy(ownerId).orElseGet(() -> {
            Merchant merchant = new Merchant(ownerId, name, nameEn, clock.instant());
            em.persist(merchant);
            em.flush();
            return merchant;
        });
    }
}
