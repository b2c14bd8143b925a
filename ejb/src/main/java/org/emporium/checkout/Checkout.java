package org.emporium.checkout;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.account.Address;
import org.emporium.account.AddressBook;
import org.emporium.cart.CartItem;
import org.emporium.cart.CartKey;
import org.emporium.cart.CartService;
import org.emporium.catalog.Product;
import org.emporium.catalog.Sku;
import org.emporium.inventory.Inventory;
import org.emporium.inventory.ReservationPolicy;
import org.emporium.merchant.Merchant;
import org.emporium.order.Order;
import org.emporium.order.OrderLine;
import org.emporium.order.OrderNo;
import org.emporium.order.OrderPlaced;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.Money;
import org.emporium.platform.NotFoundException;
import org.emporium.promotion.CouponOffer;
import org.emporium.promotion.Coupons;
import org.emporium.promotion.Offer;
import org.emporium.promotion.PromotionKind;
import org.emporium.promotion.Promotions;
import org.emporium.promotion.Stacking;
import org.emporium.shipping.Destination;
import org.emporium.shipping.ShippingMethod;
import org.emporium.shipping.ShippingRates;
import org.emporium.tax.TaxRates;

/**
 * Checkout (结算): prices what the shopper buys — the cart's selected lines or items bought directly — for an
 * address and shipping method ({@link #quote}, no side effects), and places it ({@link #place}): one order per
 * merchant, stock reserved for every line by conditional updates in ascending SKU order, all or nothing. The client
 * never sends a price; everything is computed here from the catalog as it is now.
 */
@Stateless
public class Checkout {

    @PersistenceContext
    EntityManager em;

    @Inject
    AddressBook addressBook;

    @Inject
    CartService carts;

    @Inject
    Inventory inventory;

    @Inject
    ReservationPolicy reservation;

    @Inject
    Promotions promotions;

    @Inject
    Coupons coupons;

    @Inject
    ShippingRates shippingRates;

    @Inject
    TaxRates taxRates;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    @Inject
    Event<OrderPlaced> placed;

    @Inject
    @ConfigProperty(name = "EMPORIUM_ORDER_PAY_WITHIN", defaultValue = "PT30M")
    String payWithin;

    @Inject
    @ConfigProperty(name = "EMPORIUM_TIME_ZONE", defaultValue = "Asia/Shanghai")
    String timeZone;

    public Quote quote(long buyerId, @NotNull @Valid CheckoutRequest request) {
        return price(buyerId, request, items(buyerId, request));
    }

    /**
     * Places the orders. With an Idempotency-Key, a repeat of the same request returns the orders the first one
     * placed and creates nothing; the same key with a different request is refused.
     */
    public PlacedOrders place(long buyerId,
                              @NotNull @Valid CheckoutRequest request,
                              @Size(max = 100) String idempotencyKey) {
        validatePlacing(request);
        String hash = hash(request.fingerprint());
        if (idempotencyKey != null) {
            Optional<PlacedOrders> earlier = previous(buyerId, idempotencyKey, hash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        List<CartItem> items = items(buyerId, request);
        Quote quote = price(buyerId, request, items);
        Instant now = clock.instant();
        String checkoutNo = OrderNo.next(now.atZone(zone()).toLocalDate()).value();
        if (idempotencyKey != null) {
            // first, so that a concurrent repeat with the same key waits here and then fails on the unique key
            em.persist(new CheckoutSubmission(buyerId, idempotencyKey, hash, checkoutNo, now));
            em.flush();
        }
        Address address = addressBook.get(buyerId, request.addressId);
        Instant payBy = now.plus(Duration.parse(payWithin));
        Map<Long, Order> orderOfSku = new TreeMap<>();
        List<Order> orders = new ArrayList<>();
        for (Quote.Group group : quote.groups()) {
            Order order = new Order(OrderNo.next(now.atZone(zone()).toLocalDate()), checkoutNo, buyerId,
                    group.merchantId(), group.total().currency(), request.shippingMethod, group.shipping(),
                    request.paymentMethod, blankToNull(request.note), address, now, payBy);
            for (Quote.Line line : group.lines()) {
                order.addLine(new OrderLine.Snapshot(line.skuId(), line.productId(), line.categoryId(),
                        line.skuCode(), line.name(), line.nameEn(), line.specLabel(), line.image(), line.unitPrice(),
                        line.quantity(), line.discount(), line.adjustments().stream()
                        .map(a -> new OrderLine.Discount(a.offerId(), a.kind().name(), a.name(), a.nameEn(),
                                a.amount().amount())).toList(), line.tax(), line.weightGrams()));
                orderOfSku.put(line.skuId(), order);
            }
            if (!order.getTotal().equals(group.total())) {
                throw new IllegalStateException("Order total " + order.getTotal() + " differs from quote "
                        + group.total());
            }
            orders.add(order);
        }
        reserve(buyerId, request, items, orderOfSku);
        orders.forEach(em::persist);
        em.flush();
        orders.forEach(promotions::booked);
        quote.discounts().stream().filter(d -> d.kind().equals(PromotionKind.COUPON.name()))
                .forEach(d -> coupons.use(d.promotionId(), checkoutNo, d.amount().amount()));
        orders.sort(java.util.Comparator.comparing(Order::getId)); // as a repeat with the same key lists them
        if (!request.buysDirectly()) {
            carts.removeBought(CartKey.account(buyerId), items.stream()
                    .collect(Collectors.toMap(i -> i.skuId, i -> i.quantity, Integer::sum)));
        }
        placed.fire(new OrderPlaced(buyerId, checkoutNo, orders.stream().map(Order::getNumber).toList()));
        return new PlacedOrders(checkoutNo, orders, false);
    }

    /** The orders an earlier request with this key placed; a different request under the same key is refused. */
    public Optional<PlacedOrders> previous(long buyerId, String idempotencyKey, String requestHash) {
        Optional<CheckoutSubmission> earlier = em.createNamedQuery("CheckoutSubmission.byKey",
                        CheckoutSubmission.class)
                .setParameter("buyer", buyerId).setParameter("key", idempotencyKey).getResultStream().findFirst();
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        if (requestHash != null && !earlier.get().getRequestHash().equals(requestHash)) {
            throw new BusinessRuleException("IDEMPOTENCY_KEY_REUSED",
                    "This Idempotency-Key was used for a different order request");
        }
        List<Order> orders = em.createNamedQuery("Order.ofCheckout", Order.class)
                .setParameter("checkout", earlier.get().getCheckoutNo()).getResultList();
        return Optional.of(new PlacedOrders(earlier.get().getCheckoutNo(), orders, true));
    }

    /** For a repeat that lost the race on the unique key: the request's hash, as {@link #previous} compares it. */
    public static String requestHash(CheckoutRequest request) {
        return hash(request.fingerprint());
    }

    private void reserve(long buyerId, CheckoutRequest request, List<CartItem> items, Map<Long, Order> orderOfSku) {
        Map<Long, Integer> wanted = new TreeMap<>(); // ascending SKU id: every checkout locks rows in one order
        items.forEach(i -> wanted.merge(i.skuId, i.quantity, Integer::sum));
        Map<Long, Integer> held = reservation.holdsAtAddToCart() && !request.buysDirectly()
                ? carts.takeHolds(CartKey.account(buyerId), wanted.keySet())
                : Map.of();
        for (Map.Entry<Long, Integer> entry : wanted.entrySet()) {
            long skuId = entry.getKey();
            String orderNo = orderOfSku.get(skuId).getNumber();
            int heldForCart = held.getOrDefault(skuId, 0);
            if (heldForCart > 0) {
                // the cart's hold becomes the order's reservation within this transaction: nobody can take it
                inventory.release(skuId, heldForCart, "checkout", "cart hold taken by order " + orderNo);
            }
            if (!inventory.reserve(skuId, entry.getValue(), orderNo)) {
                Sku sku = em.find(Sku.class, skuId);
                throw new BusinessRuleException("OUT_OF_STOCK", "Not enough stock of "
                        + sku.getProduct().getNameEn() + " " + sku.getSpecLabel() + " (SKU " + sku.getCode() + ")");
            }
        }
    }

    private List<CartItem> items(long buyerId, CheckoutRequest request) {
        List<CartItem> items = request.buysDirectly() ? request.items
                : carts.selectedItems(CartKey.account(buyerId));
        if (items.isEmpty()) {
            throw new BusinessRuleException("NOTHING_TO_BUY", "Choose at least one item to buy");
        }
        Map<Long, Integer> merged = new LinkedHashMap<>();
        items.forEach(i -> merged.merge(i.skuId, i.quantity, Integer::sum));
        return merged.entrySet().stream().map(e -> new CartItem(e.getKey(), e.getValue())).toList();
    }

    private Quote price(long buyerId, CheckoutRequest request, List<CartItem> items) {
        if (request.pointsToUse != null && request.pointsToUse > 0) {
            throw new BusinessRuleException("INSUFFICIENT_POINTS", "You do not have that many points");
        }
        Address address = addressBook.get(buyerId, request.addressId);
        Destination to = Destination.of(address);
        ShippingMethod method = ShippingMethod.fromCode(request.shippingMethod);
        Map<Long, Sku> skus = em.createQuery("SELECT s FROM Sku s JOIN FETCH s.product WHERE s.id IN :ids",
                        Sku.class)
                .setParameter("ids", items.stream().map(i -> i.skuId).toList()).getResultStream()
                .collect(Collectors.toMap(Sku::getId, Function.identity()));
        Map<Long, Integer> available = inventory.available(skus.keySet());
        Map<Long, Integer> perProduct = new LinkedHashMap<>();
        List<OrderPricing.Item> priced = new ArrayList<>();
        for (CartItem item : items) {
            Sku sku = skus.get(item.skuId);
            if (sku == null) {
                throw new NotFoundException("SKU " + item.skuId);
            }
            Product product = sku.getProduct();
            if (!sku.isActive() || !product.isVisible()) {
                throw new BusinessRuleException("UNAVAILABLE", product.getNameEn() + " is not on sale");
            }
            int ofProduct = perProduct.merge(product.getId(), item.quantity, Integer::sum);
            if (product.getPurchaseLimit() > 0 && ofProduct > product.getPurchaseLimit()) {
                throw new BusinessRuleException("PURCHASE_LIMIT", "At most " + product.getPurchaseLimit() + " of "
                        + product.getNameEn() + " per order");
            }
            Merchant merchant = em.find(Merchant.class, product.getMerchantId());
            priced.add(new OrderPricing.Item(product.getMerchantId(), merchant.getName(), sku.getId(),
                    product.getId(), product.getCategoryId(), sku.getCode(), product.getName(), product.getNameEn(),
                    sku.getSpecLabel(), sku.getImageUrl() != null ? sku.getImageUrl() : product.getCoverUrl(),
                    sku.getPrice(), item.quantity, sku.getWeightGrams(),
                    taxRates.rateFor(to, product.getCategoryId()),
                    available.getOrDefault(sku.getId(), 0) >= item.quantity));
        }
        OrderPricing.FreightQuote freight = (merchantId, weight, itemsTotal) -> shippingRates.freight(merchantId,
                method, to, weight, itemsTotal);
        Stacking stacking = promotions.stacking();
        Map<Long, Set<Long>> paths = promotions.categoryPaths(priced.stream().map(OrderPricing.Item::categoryId)
                .toList());
        List<Offer> offers = new ArrayList<>(promotions.running());
        CouponOffer coupon = request.couponCode == null || request.couponCode.isBlank() ? null
                : coupons.usableByCode(buyerId, request.couponCode).offer();
        if (coupon != null) {
            offers.add(coupon);
        }
        while (true) {
            Quote quote = OrderPricing.price(priced, method.code(), freight, Money.BASE_CURRENCY,
                    new OrderPricing.Promotions(stacking, List.copyOf(offers), paths));
            // a promotion whose budget cannot cover what it would take off here sits this checkout out
            Set<Long> beyond = promotions.beyondBudget(quote.discounts().stream()
                    .filter(d -> !d.kind().equals(PromotionKind.COUPON.name())) // coupons have no budget
                    .collect(Collectors.toMap(Quote.Discount::promotionId, Quote.Discount::amount)));
            if (beyond.isEmpty()) {
                if (coupon != null
                        && quote.discounts().stream().noneMatch(d -> d.kind().equals(coupon.kind().name()))) {
                    throw new BusinessRuleException("COUPON_NOT_APPLICABLE",
                            "This coupon does not apply to these items, or they do not reach its minimum");
                }
                return quote;
            }
            offers.removeIf(offer -> offer.kind() != PromotionKind.COUPON && beyond.contains(offer.id()));
        }
    }

    /** Placing needs what a quote does not: the terms accepted. */
    private void validatePlacing(CheckoutRequest request) {
        java.util.Set<ConstraintViolation<CheckoutRequest>> violations =
                validator.validate(request, CheckoutRequest.Placing.class);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
