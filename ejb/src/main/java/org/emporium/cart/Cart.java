package org.emporium.cart;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A shopping cart (购物车): a guest's (found by the hash of the token in the guest's cookie) or an account's (one
 * per account, the same on every device). It remembers what was chosen and at what price, never the price to pay:
 * that is always computed afresh.
 */
@Entity
@Table(name = "cart")
@NamedQuery(name = "Cart.ofAccount", query = "SELECT c FROM Cart c WHERE c.accountId = :account")
@NamedQuery(name = "Cart.ofGuest", query = "SELECT c FROM Cart c WHERE c.guestKey = :key")
@NamedQuery(name = "Cart.idleSince", query = "SELECT c.id FROM Cart c WHERE c.updatedAt < :before")
public class Cart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Column(name = "guest_key", length = 64, updatable = false)
    private String guestKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "cart", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CartLine> lines = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected Cart() {
        // for JPA
    }

    private Cart(Long accountId, String guestKey, Instant now) {
        this.accountId = accountId;
        this.guestKey = guestKey;
        this.createdAt = now;
        this.updatedAt = now;
    }

    static Cart ofAccount(long accountId, Instant now) {
        return new Cart(accountId, null, now);
    }

    static Cart ofGuest(String guestKey, Instant now) {
        return new Cart(null, guestKey, now);
    }

    Optional<CartLine> line(long skuId) {
        return lines.stream().filter(l -> l.getSkuId() == skuId).findFirst();
    }

    CartLine addLine(long skuId, int quantity, org.emporium.platform.Money price, Instant now) {
        CartLine line = new CartLine(this, skuId, quantity, price, now);
        lines.add(line);
        return line;
    }

    void removeLine(CartLine line) {
        lines.remove(line);
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public List<CartLine> getLines() {
        return lines;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
