package org.emporium.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;

/**
 * An account's shipping addresses. Every method takes the owner: an address of another account is "not found",
 * never "forbidden", so ids cannot be probed. Exactly one address is the default whenever there is any.
 */
@Stateless
public class AddressBook {

    static final int MAX_ADDRESSES = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public List<Address> list(long accountId) {
        return em.createNamedQuery("Address.ofAccount", Address.class).setParameter("account", accountId)
                .getResultList();
    }

    public Address get(long accountId, long addressId) {
        Address address = em.find(Address.class, addressId);
        if (address == null || address.getAccountId() != accountId) {
            throw new NotFoundException("Address");
        }
        return address;
    }

    public Address add(long accountId, @NotNull @Valid AddressDetails details) {
        List<Address> existing = list(accountId);
        if (existing.size() >= MAX_ADDRESSES) {
            throw new BusinessRuleException("ADDRESS_LIMIT", "At most " + MAX_ADDRESSES + " addresses");
        }
        Address address = new Address(accountId, details, clock.instant());
        em.persist(address);
        em.flush();
        if (details.isDefault() || existing.isEmpty()) {
            makeDefault(accountId, address);
        }
        return address;
    }

    public Address update(long accountId, long addressId, @NotNull @Valid AddressDetails details) {
        Address address = get(accountId, addressId);
        address.apply(details);
        if (details.isDefault() && !address.isDefault()) {
            makeDefault(accountId, address);
        }
        return address;
    }

    public Address setDefault(long accountId, long addressId) {
        Address address = get(accountId, addressId);
        makeDefault(accountId, address);
        return address;
    }

    /** Removes an address; if it was the default, the oldest remaining one becomes the default. */
    public void remove(long accountId, long addressId) {
        Address address = get(accountId, addressId);
        boolean wasDefault = address.isDefault();
        em.remove(address);
        em.flush();
        if (wasDefault) {
            list(accountId).stream().findFirst().ifPresent(next -> makeDefault(accountId, next));
        }
    }

    private void makeDefault(long accountId, Address chosen) {
        for (Address address : list(accountId)) {
            address.markDefault(address.getId().equals(chosen.getId()));
        }
    }
}
