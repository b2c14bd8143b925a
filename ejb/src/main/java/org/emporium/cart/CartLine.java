package org.emporium.cart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.emporium.platform.Money;

/**
 * One SKU in a cart with its quantity, whether it is selected for checkout, the price it had when it was added
 * (so a change can be pointed out), and the units held for it when the shop holds stock at add-to-cart.
 */
@Entity
@Table(name = "cart_line")
public class CartLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cart_id")
    private Cart cart;

    @Column(name = "sku_id", nullable = false, updatable = false)
    private Long skuId;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "selected", nullable = false)
    private boolean selected = true;

    @Column(name = "price_when_added", nullable = false, precision = 19, scale = 2)
    private BigDecimal priceWhenAdded;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "held", nullable = false)
    private int held;

    @Column(name = "held_until")
    private Instant heldUntil;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected CartLine() {
        // for JPA
    }

    CartLine(Cart cart, long skuId, int quantity, Money price, Instant now) {
        this.cart = cart;
        this.skuId = skuId;
        this.quantity = quantity;
        this.priceWhenAdded = price.amount();
        this.currency = price.currency().getCurrencyCode();
        this.addedAt = now;
    }

    void setQuantity(int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("A cart line needs a positive quantity");
        }
        this.quantity = quantity;
    }

    void select(boolean selected) {
        this.selected = selected;
    }

    /** The shopper has seen the current price: later changes are measured from it. */
    void acknowledgePrice(Money price) {
        this.priceWhenAdded = price.amount();
        this.currency = price.currency().getCurrencyCode();
    }

    void hold(int units, Instant until) {
        this.held = units;
        this.heldUntil = units == 0 ? null : until;
    }

    /** Units held for this line that have not expired at {@code now}. */
    public int heldAt(Instant now) {
        return heldUntil != null && heldUntil.isAfter(now) ? held : 0;
    }

    public Long getId() {
        return id;
    }

    public Cart getCart() {
        return cart;
    }

    public long getSkuId() {
        return skuId;
    }

    public int getQuantity() {
        return quantity;
    }

    public boolean isSelected() {
        return selected;
    }

    public Money getPriceWhenAdded() {
        return Money.of(priceWhenAdded, Currency.getInstance(currency));
    }

    public int getHeld() {
        return held;
    }

    public Instant getHeldUntil() {
        return heldUntil;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
