package org.emporium.cart;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.emporium.catalog.Product;
import org.emporium.catalog.Sku;
import org.emporium.inventory.Inventory;
import org.emporium.inventory.ReservationPolicy;
import org.emporium.merchant.Merchant;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.Money;
import org.emporium.platform.NotFoundException;

/**
 * The cart (购物车): adding, changing and removing lines with the shop's rules (on shelf only, within the purchase
 * limit, no more than can be sold), merging a guest's cart into the account's at sign-in, and the priced view.
 * When the shop holds stock at add-to-cart, every quantity change moves the line's hold by the difference.
 */
@Stateless
public class CartService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Inventory inventory;

    @Inject
    ReservationPolicy policy;

    @Inject
    Clock clock;

    public CartView view(@NotNull CartKey key) {
        return find(key).map(this::view).orElseGet(CartView::empty);
    }

    public CartView add(@NotNull CartKey key, long skuId, @Positive @Max(9999) int quantity) {
        Cart cart = findOrCreate(key);
        Optional<CartLine> existing = cart.line(skuId);
        int wanted = quantity + existing.map(CartLine::getQuantity).orElse(0);
        Sku sku = sellableSku(skuId);
        requireWithinLimit(sku, wanted);
        CartLine line = existing.orElseGet(() -> cart.addLine(skuId, wanted, sku.getPrice(), now()));
        requireAvailable(sku, wanted, line);
        line.setQuantity(wanted);
        holdFor(line, sku, true);
        cart.touch(now());
        return view(cart);
    }

    /** Several SKUs at once (e.g. "buy again"): all are added or, if one breaks a rule, none. */
    public CartView addAll(@NotNull CartKey key, @NotNull List<@Valid CartItem> items) {
        for (CartItem item : items.stream().sorted(Comparator.comparing(i -> i.skuId)).toList()) {
            add(key, item.skuId, item.quantity);
        }
        return view(key);
    }

    /** Sets a line's quantity; 0 removes it. */
    public CartView setQuantity(@NotNull CartKey key, long skuId, @PositiveOrZero @Max(9999) int quantity) {
        Cart cart = find(key).orElseThrow(() -> new NotFoundException("Cart line"));
        CartLine line = cart.line(skuId).orElseThrow(() -> new NotFoundException("Cart line"));
        if (quantity == 0) {
            return remove(key, List.of(skuId));
        }
        Sku sku = sellableSku(skuId);
        requireWithinLimit(sku, quantity);
        requireAvailable(sku, quantity, line);
        line.setQuantity(quantity);
        line.acknowledgePrice(sku.getPrice());
        holdFor(line, sku, true);
        cart.touch(now());
        return view(cart);
    }

    /** Changes a line's specification: another SKU of the same product, same quantity (merged if present). */
    public CartView changeSku(@NotNull CartKey key, long fromSkuId, long toSkuId) {
        Cart cart = find(key).orElseThrow(() -> new NotFoundException("Cart line"));
        CartLine from = cart.line(fromSkuId).orElseThrow(() -> new NotFoundException("Cart line"));
        if (fromSkuId == toSkuId) {
            return view(cart);
        }
        Sku target = sellableSku(toSkuId);
        Sku source = em.find(Sku.class, fromSkuId);
        if (source == null || !source.getProduct().getId().equals(target.getProduct().getId())) {
            throw new BusinessRuleException("NOT_SAME_PRODUCT", "Only another option of the same product can be chosen");
        }
        int quantity = from.getQuantity();
        remove(key, List.of(fromSkuId));
        return add(key, toSkuId, quantity);
    }

    public CartView remove(@NotNull CartKey key, @NotNull Collection<Long> skuIds) {
        Optional<Cart> found = find(key);
        if (found.isEmpty()) {
            return CartView.empty();
        }
        Cart cart = found.get();
        for (Long skuId : skuIds) {
            cart.line(skuId).ifPresent(line -> {
                releaseHold(line, "removed from cart");
                cart.removeLine(line);
            });
        }
        cart.touch(now());
        return view(cart);
    }

    public CartView removeAll(@NotNull CartKey key) {
        Optional<Cart> found = find(key);
        found.ifPresent(cart -> remove(key, cart.getLines().stream().map(CartLine::getSkuId).toList()));
        return CartView.empty();
    }

    /** Chooses which lines go to checkout. */
    public CartView select(@NotNull CartKey key, @NotNull Collection<Long> skuIds, boolean selected) {
        Cart cart = find(key).orElseThrow(() -> new NotFoundException("Cart"));
        for (Long skuId : skuIds) {
            cart.line(skuId).ifPresent(line -> line.select(selected));
        }
        cart.touch(now());
        return view(cart);
    }

    /** The shopper has seen the changed prices: the flags go away until the next change. */
    public CartView acknowledgePrices(@NotNull CartKey key) {
        Cart cart = find(key).orElseThrow(() -> new NotFoundException("Cart"));
        Map<Long, Sku> skus = skus(cart.getLines());
        for (CartLine line : cart.getLines()) {
            Sku sku = skus.get(line.getSkuId());
            if (sku != null) {
                line.acknowledgePrice(sku.getPrice());
            }
        }
        return view(cart);
    }

    /**
     * At sign-in the guest's cart joins the account's: quantities of the same SKU are added, capped at the
     * product's purchase limit; the guest cart is gone afterwards. Lines that cannot be bought are kept (flagged).
     */
    public CartView merge(@NotNull String guestToken, long accountId) {
        Optional<Cart> guest = find(CartKey.guest(guestToken));
        if (guest.isEmpty() || guest.get().getLines().isEmpty()) {
            guest.ifPresent(em::remove);
            return view(CartKey.account(accountId));
        }
        Cart mine = findOrCreate(CartKey.account(accountId));
        Map<Long, Sku> skus = skus(guest.get().getLines());
        for (CartLine theirs : guest.get().getLines()) {
            Sku sku = skus.get(theirs.getSkuId());
            if (sku == null) {
                continue;
            }
            Optional<CartLine> existing = mine.line(theirs.getSkuId());
            int merged = theirs.getQuantity() + existing.map(CartLine::getQuantity).orElse(0);
            int limit = sku.getProduct().getPurchaseLimit();
            if (limit > 0) {
                merged = Math.min(merged, limit);
            }
            CartLine line = existing.orElseGet(() -> mine.addLine(theirs.getSkuId(), 1, theirs.getPriceWhenAdded(),
                    theirs.getAddedAt()));
            // the guest's hold moves with the goods; the merged line then holds what it can of its new quantity
            line.hold(line.getHeld() + theirs.getHeld(), theirs.getHeldUntil());
            theirs.hold(0, null);
            line.setQuantity(merged);
            holdFor(line, sku, false);
        }
        em.remove(guest.get());
        mine.touch(now());
        return view(mine);
    }

    /** Selected lines, for the checkout; empty when the cart is. */
    public List<CartItem> selectedItems(@NotNull CartKey key) {
        return find(key).map(cart -> cart.getLines().stream().filter(CartLine::isSelected)
                .map(l -> new CartItem(l.getSkuId(), l.getQuantity())).toList()).orElse(List.of());
    }

    /**
     * The units held for these cart lines (cart-hold policy), so that the checkout can turn them into the order's
     * reservation in the same transaction. Returns what was held per SKU; the lines' holds become zero.
     */
    public Map<Long, Integer> takeHolds(@NotNull CartKey key, Collection<Long> skuIds) {
        Map<Long, Integer> taken = new HashMap<>();
        find(key).ifPresent(cart -> skuIds.forEach(skuId -> cart.line(skuId).ifPresent(line -> {
            if (line.getHeld() > 0) {
                taken.put(skuId, line.getHeld());
                line.hold(0, null);
            }
        })));
        return taken;
    }

    /** After an order: the bought quantities leave the cart (a line bought only in part keeps the rest). */
    public void removeBought(@NotNull CartKey key, Map<Long, Integer> bought) {
        find(key).ifPresent(cart -> {
            for (Map.Entry<Long, Integer> entry : bought.entrySet()) {
                cart.line(entry.getKey()).ifPresent(line -> {
                    int left = line.getQuantity() - entry.getValue();
                    if (left > 0) {
                        line.setQuantity(left);
                    } else {
                        releaseHold(line, "bought");
                        cart.removeLine(line);
                    }
                });
            }
            cart.touch(now());
        });
    }

    /** Carts nobody touched since {@code before} are deleted (their holds released). Returns how many. */
    public int purgeIdle(Instant before, int max) {
        List<Long> ids = em.createNamedQuery("Cart.idleSince", Long.class).setParameter("before", before)
                .setMaxResults(max).getResultList();
        for (Long id : ids) {
            Cart cart = em.find(Cart.class, id);
            cart.getLines().forEach(line -> releaseHold(line, "cart idle"));
            em.remove(cart);
        }
        return ids.size();
    }

    /** Expired cart holds go back to stock. Claimed by a conditional update, so a line is released once. */
    public int releaseExpiredHolds(int max) {
        Instant now = now();
        List<?> rows = em.createNativeQuery("SELECT id, sku_id, held FROM cart_line WHERE held > 0 AND held_until < ?1")
                .setParameter(1, now).setMaxResults(max).getResultList();
        int released = 0;
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            long lineId = ((Number) cells[0]).longValue();
            int held = ((Number) cells[2]).intValue();
            int claimed = em.createNativeQuery("UPDATE cart_line SET held = 0, held_until = NULL"
                            + " WHERE id = ?1 AND held = ?2 AND held_until < ?3")
                    .setParameter(1, lineId).setParameter(2, held).setParameter(3, now).executeUpdate();
            if (claimed == 1) {
                inventory.release(((Number) cells[1]).longValue(), held, "cart-line-" + lineId, "cart hold expired");
                released++;
            }
        }
        return released;
    }

    private void holdFor(CartLine line, Sku sku, boolean strict) {
        if (!policy.holdsAtAddToCart()) {
            return;
        }
        int delta = line.getQuantity() - line.getHeld();
        String reference = "cart-" + line.getCart().getId();
        Instant until = now().plus(policy.cartHold());
        if (delta > 0) {
            if (inventory.reserve(sku.getId(), delta, reference)) {
                line.hold(line.getQuantity(), until);
            } else if (strict) {
                throw outOfStock(sku);
            } else {
                line.hold(line.getHeld(), until);
            }
        } else {
            if (delta < 0) {
                inventory.release(sku.getId(), -delta, reference, "cart quantity lowered");
            }
            line.hold(line.getQuantity(), until);
        }
    }

    private void releaseHold(CartLine line, String reason) {
        if (line.getHeld() > 0) {
            inventory.release(line.getSkuId(), line.getHeld(), "cart-" + line.getCart().getId(), reason);
            line.hold(0, null);
        }
    }

    private Sku sellableSku(long skuId) {
        Sku sku = em.find(Sku.class, skuId);
        if (sku == null) {
            throw new NotFoundException("SKU");
        }
        if (!sku.isActive() || !sku.getProduct().isVisible()) {
            throw new BusinessRuleException("UNAVAILABLE", "This product is not on sale");
        }
        return sku;
    }

    private static void requireWithinLimit(Sku sku, int quantity) {
        int limit = sku.getProduct().getPurchaseLimit();
        if (limit > 0 && quantity > limit) {
            throw new BusinessRuleException("PURCHASE_LIMIT", "At most " + limit + " of this product per order");
        }
    }

    private void requireAvailable(Sku sku, int quantity, CartLine line) {
        int available = inventory.available(List.of(sku.getId())).getOrDefault(sku.getId(), 0) + line.getHeld();
        if (available < quantity) {
            throw outOfStock(sku);
        }
    }

    private static BusinessRuleException outOfStock(Sku sku) {
        return new BusinessRuleException("OUT_OF_STOCK",
                "Not enough stock of " + sku.getProduct().getNameEn() + " " + sku.getSpecLabel());
    }

    private Optional<Cart> find(CartKey key) {
        List<Cart> carts = key.isGuest()
                ? em.createNamedQuery("Cart.ofGuest", Cart.class).setParameter("key", key.guestKey()).getResultList()
                : em.createNamedQuery("Cart.ofAccount", Cart.class).setParameter("account", key.accountId())
                        .getResultList();
        return carts.stream().findFirst();
    }

    private Cart findOrCreate(CartKey key) {
        return find(key).orElseGet(() -> {
            Cart cart = key.isGuest() ? Cart.ofGuest(key.guestKey(), now()) : Cart.ofAccount(key.accountId(), now());
            em.persist(cart);
            em.flush(); // the id names the cart's holds in the ledger
            return cart;
        });
    }

    private Map<Long, Sku> skus(Collection<CartLine> lines) {
        if (lines.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT s FROM Sku s JOIN FETCH s.product WHERE s.id IN :ids", Sku.class)
                .setParameter("ids", lines.stream().map(CartLine::getSkuId).toList()).getResultStream()
                .collect(Collectors.toMap(Sku::getId, Function.identity()));
    }

    private CartView view(Cart cart) {
        return view(cart.getLines());
    }

    private CartView view(List<CartLine> lines) {
        Map<Long, Sku> skus = skus(lines);
        Map<Long, Integer> available = inventory.available(skus.keySet());
        Map<Long, String> merchantNames = new HashMap<>();
        List<CartView.Line> views = new ArrayList<>();
        Money total = Money.zero(Money.BASE_CURRENCY);
        int selectedQuantity = 0;
        for (CartLine line : lines) {
            Sku sku = skus.get(line.getSkuId());
            Product product = sku.getProduct();
            int canSell = available.getOrDefault(sku.getId(), 0) + line.getHeld();
            Money price = sku.getPrice();
            LineState state;
            if (!sku.isActive() || !product.isVisible()) {
                state = LineState.UNAVAILABLE;
            } else if (canSell <= 0) {
                state = LineState.OUT_OF_STOCK;
            } else if (canSell < line.getQuantity()) {
                state = LineState.INSUFFICIENT_STOCK;
            } else if (!price.equals(line.getPriceWhenAdded())) {
                state = LineState.PRICE_CHANGED;
            } else {
                state = LineState.OK;
            }
            Money lineTotal = price.times(line.getQuantity());
            if (line.isSelected() && state.purchasable()) {
                total = total.plus(lineTotal);
                selectedQuantity += line.getQuantity();
            }
            String merchantName = merchantNames.computeIfAbsent(product.getMerchantId(),
                    id -> Optional.ofNullable(em.find(Merchant.class, id)).map(Merchant::getName).orElse(""));
            views.add(new CartView.Line(sku.getId(), product.getId(), product.getMerchantId(), merchantName,
                    product.getName(), product.getNameEn(), sku.getSpecLabel(),
                    sku.getImageUrl() != null ? sku.getImageUrl() : product.getCoverUrl(), price,
                    line.getPriceWhenAdded(), line.getQuantity(), Math.max(canSell, 0), product.getPurchaseLimit(),
                    line.isSelected(), state, lineTotal));
        }
        return new CartView(views, selectedQuantity, total);
    }

    private Instant now() {
        return clock.instant();
    }
}
