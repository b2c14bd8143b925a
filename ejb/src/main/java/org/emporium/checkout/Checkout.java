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
import java.util.HashMap;
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
import org.emporium.membership.MemberLevel;
import org.emporium.membership.Membership;
import org.emporium.membership.Points;
import org.emporium.membership.PointsRules;
import org.emporium.promotion.Coupon;
import org.emporium.promotion.CouponOffer;
import org.emporium.promotion.CouponTemplate;
import org.emporium.promotion.Coupons;
import org.emporium.promotion.FlashSale;
import org.emporium.promotion.Gift;
import org.emporium.promotion.Offer;
import org.emporium.promotion.PointsDeduction;
import org.emporium.promotion.PricingEngine;
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

    /** A member rarely holds more usable coupons than this; the ones expiring soonest are tried first. */
    private static final int MAX_COUPONS_TRIED = 30;

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
    Points points;

    @Inject
    PointsRules pointsRules;

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
        Basis basis = basis(buyerId, request, items);
        Quote quote = price(basis, request);
        Map<Long, Money> platformFreight = freightPaidByPlatform(basis, request, quote);
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
        Map<String, Long> pointsOfOrder = new LinkedHashMap<>();
        for (Quote.Group group : quote.groups()) {
            Order order = new Order(OrderNo.next(now.atZone(zone()).toLocalDate()), checkoutNo, buyerId,
                    group.merchantId(), group.total().currency(), request.shippingMethod, group.shipping(),
                    request.paymentMethod, blankToNull(request.note), address, now, payBy);
            order.freightPaidByPlatform(platformFreight.getOrDefault(group.merchantId(),
                    Money.zero(group.total().currency())));
            for (Quote.Line line : group.lines()) {
                order.addLine(new OrderLine.Snapshot(line.skuId(), line.productId(), line.categoryId(),
                        line.skuCode(), line.name(), line.nameEn(), line.specLabel(), line.image(), line.unitPrice(),
                        line.quantity(), line.discount(), line.adjustments().stream()
                        .map(a -> new OrderLine.Discount(a.offerId(), a.kind().name(), a.name(), a.nameEn(),
                                a.amount().amount(), a.platformFunded())).toList(), line.tax(), line.weightGrams()));
                orderOfSku.put(line.skuId(), order);
            }
            if (!order.getTotal().equals(group.total())) {
                throw new IllegalStateException("Order total " + order.getTotal() + " differs from quote "
                        + group.total());
            }
            orders.add(order);
            pointsOfOrder.put(order.getNumber(), pointsRules.pointsFor(paidWithPoints(group)));
        }
        // promotions, coupon and points before stock: a flash sale's latecomers are turned away at its quota
        // without queueing for the SKU's row, and every checkout takes its locks in one order (promotions by id,
        // then SKUs by id), so two checkouts never wait for each other crosswise
        promotions.booked(orders);
        quote.discounts().stream().filter(d -> d.kind().equals(PromotionKind.COUPON.name()))
                .forEach(d -> coupons.use(d.promotionId(), checkoutNo, d.amount().amount()));
        // each order spends its own share of the points, rounded up on its own, so the orders' points add up
        pointsOfOrder.forEach((orderNo, paid) -> {
            if (paid > 0) {
                points.spend(buyerId, paid, orderNo);
            }
        });
        reserve(buyerId, request, quote, orderOfSku);
        orders.forEach(em::persist);
        em.flush();
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

    /** Stock for every line of the quote, gifts included. */
    private void reserve(long buyerId, CheckoutRequest request, Quote quote, Map<Long, Order> orderOfSku) {
        Map<Long, Integer> wanted = new TreeMap<>(); // ascending SKU id: every checkout locks rows in one order
        quote.lines().forEach(l -> wanted.merge(l.skuId(), l.quantity(), Integer::sum));
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

    /** The coupon that saves most on a checkout, and what it saves. */
    public record BestCoupon(Coupon coupon, Money saving) {
    }

    /**
     * 推荐用券: of the member's usable coupons, the one that makes this checkout cheapest (the soonest to expire on
     * a tie); none when no coupon applies. Each is priced like the real thing, so what it promises is what it gives.
     */
    public Optional<BestCoupon> bestCoupon(long buyerId, @NotNull @Valid CheckoutRequest request) {
        Basis basis = basis(buyerId, request, items(buyerId, request));
        Money total = price(basis, request.withCoupon(null)).total();
        BestCoupon best = null;
        for (Coupon coupon : coupons.usable(buyerId).stream().limit(MAX_COUPONS_TRIED).toList()) {
            try {
                Money saving = total.minus(price(basis, request.withCoupon(coupon.getCode())).total());
                if (saving.compareTo(Money.zero(saving.currency())) > 0
                        && (best == null || saving.compareTo(best.saving()) > 0)) {
                    best = new BestCoupon(coupon, saving);
                }
            } catch (BusinessRuleException notHere) {
                // this coupon does not apply to these items: the next one
            }
        }
        return Optional.ofNullable(best);
    }

    /** How many points a quote pays with: each merchant's share rounded up on its own, as each order spends them. */
    public long pointsUsed(Quote quote) {
        return quote.groups().stream().mapToLong(group -> pointsRules.pointsFor(paidWithPoints(group))).sum();
    }

    /** A group's items as freight thresholds count them: after discounts, but points pay like money. */
    private static Money itemsForFreight(Quote.Group group) {
        return group.itemsTotal().minus(group.discountTotal()).plus(paidWithPoints(group));
    }

    /** What points pay of one merchant's group. */
    private static Money paidWithPoints(Quote.Group group) {
        return group.lines().stream().flatMap(l -> l.adjustments().stream())
                .filter(a -> a.kind() == PromotionKind.POINTS).map(PricingEngine.Adjustment::amount)
                .reduce(Money.zero(group.total().currency()), Money::plus);
    }

    /**
     * What pricing a checkout reads that no coupon or points change: the member's standing, the destination, the
     * items as the catalog has them, the promotions running and the gifts in stock — read once, priced once per
     * coupon by {@link #bestCoupon}.
     */
    private record Basis(long buyerId, long points, MemberLevel level, Destination to, ShippingMethod method,
                         List<OrderPricing.Item> items, Stacking stacking, Map<Long, Set<Long>> paths,
                         List<Offer> offers, Map<Long, OrderPricing.Item> gifts) {
    }

    private Quote price(long buyerId, CheckoutRequest request, List<CartItem> items) {
        return price(basis(buyerId, request, items), request);
    }

    private Basis basis(long buyerId, CheckoutRequest request, List<CartItem> items) {
        Membership membership = points.membership(buyerId);
        MemberLevel level = points.level(membership);
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
            priced.add(item(sku, item.quantity, to, available.getOrDefault(sku.getId(), 0) >= item.quantity));
        }
        List<Offer> offers = new ArrayList<>(promotions.running());
        Map<Long, OrderPricing.Item> gifts = giftsInStock(offers, priced, to);
        Points.memberPrice(level).ifPresent(offers::add);
        return new Basis(buyerId, membership.getPoints(), level, to, method, List.copyOf(priced), promotions.stacking(),
                promotions.categoryPaths(priced.stream().map(OrderPricing.Item::categoryId).toList()),
                List.copyOf(offers), gifts);
    }

    /** The checkout priced with the request's coupon and points. */
    private Quote price(Basis basis, CheckoutRequest request) {
        long buyerId = basis.buyerId();
        MemberLevel level = basis.level();
        Destination to = basis.to();
        ShippingMethod method = basis.method();
        long offeredPoints = request.pointsToUse == null ? 0 : request.pointsToUse;
        if (offeredPoints > basis.points()) {
            throw new BusinessRuleException("INSUFFICIENT_POINTS", "You have " + basis.points()
                    + " points, not " + offeredPoints);
        }
        Coupon held = request.couponCode == null || request.couponCode.isBlank() ? null
                : coupons.usableByCode(buyerId, request.couponCode);
        CouponTemplate freeShipping = held != null && held.getTemplate().isFreeShipping() ? held.getTemplate() : null;
        // a level with free shipping (包邮) pays no freight, whatever the shop's template says; nor does a shop
        // that a free-shipping coupon covers — but the shop must deliver there, whoever pays
        OrderPricing.FreightQuote freight = (merchantId, weight, itemsTotal) -> {
            Money fee = shippingRates.freight(merchantId, method, to, weight, itemsTotal);
            return level.isFreeShipping() || waives(freeShipping, merchantId, itemsTotal)
                    ? Money.zero(itemsTotal.currency()) : fee;
        };
        List<Offer> offers = new ArrayList<>(basis.offers());
        if (offeredPoints > 0 && !pointsRules.valueOf(offeredPoints).isZero()) {
            offers.add(new PointsDeduction(buyerId, "积分抵扣", "Paid with points",
                    pointsRules.valueOf(offeredPoints), pointsRules.maxShare()));
        }
        CouponOffer coupon = held == null || freeShipping != null ? null : held.offer();
        if (coupon != null) {
            offers.add(coupon);
        }
        while (true) {
            Quote quote = OrderPricing.price(basis.items(), method.code(), freight, Money.BASE_CURRENCY,
                    new OrderPricing.Promotions(basis.stacking(), List.copyOf(offers), basis.paths(), basis.gifts()));
            // a promotion whose budget cannot cover what it would take off here sits this checkout out
            Set<Long> beyond = promotions.beyondBudget(quote.discounts().stream()
                    .filter(d -> PromotionKind.valueOf(d.kind()).campaign()) // the others have no budget
                    .collect(Collectors.toMap(Quote.Discount::promotionId, Quote.Discount::amount)));
            if (beyond.isEmpty()) {
                if (coupon != null
                        && quote.discounts().stream().noneMatch(d -> d.kind().equals(coupon.kind().name()))) {
                    throw new BusinessRuleException("COUPON_NOT_APPLICABLE",
                            "This coupon does not apply to these items, or they do not reach its minimum");
                }
                withinFlashSaleLimits(quote, offers);
                return freeShipping == null || level.isFreeShipping() ? quote
                        : freightWaived(quote, held, (merchantId, weight, itemsTotal) -> waives(freeShipping,
                                merchantId, itemsTotal) ? shippingRates.freight(merchantId, method, to, weight,
                                itemsTotal) : Money.zero(itemsTotal.currency()));
            }
            offers.removeIf(offer -> offer.kind().campaign() && beyond.contains(offer.id()));
        }
    }

    /** A line as the catalog has it now, with the tax rate at the destination. */
    private OrderPricing.Item item(Sku sku, int quantity, Destination to, boolean available) {
        Product product = sku.getProduct();
        Merchant merchant = em.find(Merchant.class, product.getMerchantId());
        return new OrderPricing.Item(product.getMerchantId(), merchant.getName(), sku.getId(), product.getId(),
                product.getCategoryId(), sku.getCode(), product.getName(), product.getNameEn(), sku.getSpecLabel(),
                sku.getImageUrl() != null ? sku.getImageUrl() : product.getCoverUrl(), sku.getPrice(), quantity,
                sku.getWeightGrams(), taxRates.rateFor(to, product.getCategoryId()), available);
    }

    /**
     * The gifts (满赠) of the shops bought from that can be given now, by SKU: a gift whose SKU is off sale or has
     * not enough stock for every gift of it and what is bought of it is not offered (its promotion is dropped).
     */
    private Map<Long, OrderPricing.Item> giftsInStock(List<Offer> offers, List<OrderPricing.Item> bought,
                                                      Destination to) {
        Set<Long> shops = bought.stream().map(OrderPricing.Item::merchantId).collect(Collectors.toSet());
        List<Gift> gifts = offers.stream().filter(o -> o instanceof Gift && shops.contains(o.scope().merchantId()))
                .map(Gift.class::cast).toList();
        offers.removeIf(o -> o instanceof Gift && !gifts.contains(o));
        if (gifts.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> needed = new TreeMap<>();
        bought.forEach(i -> needed.put(i.skuId(), i.quantity()));
        gifts.forEach(g -> needed.merge(g.giftSkuId(), g.quantity(), Integer::sum));
        Map<Long, Integer> available = inventory.available(needed.keySet());
        Map<Long, OrderPricing.Item> inStock = new TreeMap<>();
        em.createQuery("SELECT s FROM Sku s JOIN FETCH s.product WHERE s.id IN :ids", Sku.class)
                .setParameter("ids", gifts.stream().map(Gift::giftSkuId).distinct().toList()).getResultStream()
                .filter(sku -> sku.isActive() && available.getOrDefault(sku.getId(), 0) >= needed.get(sku.getId()))
                .forEach(sku -> inStock.put(sku.getId(), item(sku, 0, to, true)));
        offers.removeIf(o -> o instanceof Gift gift && !inStock.containsKey(gift.giftSkuId()));
        return inStock;
    }

    /**
     * What the platform pays each shop of the freight its buyer does not pay (平台包邮): a member level's free
     * shipping and a platform free-shipping coupon are the platform's gifts, so the shop is paid what its own
     * freight template charges; a shop's own coupon or 包邮门槛 is the shop's (nothing here).
     */
    private Map<Long, Money> freightPaidByPlatform(Basis basis, CheckoutRequest request, Quote quote) {
        Coupon held = request.couponCode == null || request.couponCode.isBlank() ? null
                : coupons.usableByCode(basis.buyerId(), request.couponCode);
        CouponTemplate platformCoupon = held != null && held.getTemplate().isFreeShipping()
                && held.getTemplate().getMerchantId() == null ? held.getTemplate() : null;
        if (!basis.level().isFreeShipping() && platformCoupon == null) {
            return Map.of();
        }
        Map<Long, Money> paid = new HashMap<>();
        for (Quote.Group group : quote.groups()) {
            Money items = itemsForFreight(group);
            if (basis.level().isFreeShipping() || waives(platformCoupon, group.merchantId(), items)) {
                paid.put(group.merchantId(), shippingRates.freight(group.merchantId(), basis.method(), basis.to(),
                        group.weightGrams(), items));
            }
        }
        return paid;
    }

    /** Whether a free-shipping coupon covers a shop whose items cost {@code itemsTotal} after discounts. */
    private static boolean waives(CouponTemplate freeShipping, long merchantId, Money itemsTotal) {
        return freeShipping != null
                && (freeShipping.getMerchantId() == null || freeShipping.getMerchantId() == merchantId)
                && (freeShipping.getMinimum() == null || itemsTotal.amount().compareTo(freeShipping.getMinimum()) >= 0);
    }

    /**
     * The quote with a free-shipping coupon's part explained: what the waived freight would have been, as the
     * coupon's discount (it is booked as what the coupon gave). Nothing to waive refuses the coupon.
     */
    private static Quote freightWaived(Quote quote, Coupon coupon, OrderPricing.FreightQuote waived) {
        Money saved = quote.groups().stream().map(g -> waived.fee(g.merchantId(), g.weightGrams(),
                        itemsForFreight(g)))
                .reduce(Money.zero(quote.total().currency()), Money::plus);
        if (saved.isZero()) {
            throw new BusinessRuleException("COUPON_NOT_APPLICABLE",
                    "This coupon waives no freight here: not its shop, below its minimum, or nothing to pay");
        }
        List<Quote.Discount> discounts = new ArrayList<>(quote.discounts());
        discounts.add(new Quote.Discount(coupon.getId(), PromotionKind.COUPON.name(),
                coupon.getTemplate().getName(), coupon.getTemplate().getNameEn(), saved));
        return new Quote(quote.groups(), List.copyOf(discounts), quote.hints(), quote.itemsTotal(),
                quote.discountTotal(), quote.shipping(), quote.tax(), quote.total(), quote.shippingMethod());
    }

    /**
     * A line at a flash sale's price holds no more units than one member may buy (409 FLASH_SALE_LIMIT), nor than
     * are left of its quota (409 FLASH_SALE_SOLD_OUT) — the booking checks both again under lock.
     */
    private static void withinFlashSaleLimits(Quote quote, List<Offer> offers) {
        for (Offer offer : offers) {
            if (offer instanceof FlashSale sale) {
                quote.lines().stream().filter(l -> l.adjustments().stream().anyMatch(a -> a.kind()
                                == PromotionKind.FLASH_SALE && a.offerId() == sale.id()))
                        .findFirst().ifPresent(l -> {
                            if (l.quantity() > sale.perMember()) {
                                throw new BusinessRuleException("FLASH_SALE_LIMIT", "At most " + sale.perMember()
                                        + " of " + l.nameEn() + " per member at the flash sale price");
                            }
                            if (l.quantity() > sale.left()) {
                                throw new BusinessRuleException("FLASH_SALE_SOLD_OUT", "The flash sale of "
                                        + l.nameEn() + " is sold out");
                            }
                        });
            }
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
