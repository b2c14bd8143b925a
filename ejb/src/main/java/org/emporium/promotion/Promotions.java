package org.emporium.promotion;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.emporium.catalog.Catalog;
import org.emporium.catalog.Category;
import org.emporium.catalog.Product;
import org.emporium.catalog.Sku;
import org.emporium.inventory.Inventory;
import org.emporium.merchant.Merchant;
import org.emporium.order.Order;
import org.emporium.order.OrderCancelled;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.Money;
import org.emporium.platform.NotFoundException;

/**
 * Promotions for the back office (made, listed, paused, resumed, ended; a merchant only its own shop's, platform
 * staff any) and for pricing: what runs now, the stacking table, and the category paths scopes match against.
 */
@Stateless
public class Promotions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Inventory inventory;

    @Inject
    Catalog catalog;

    /**
     * A new promotion. {@code merchantScope} is the caller's shop (null for platform staff, who may name a shop in
     * the draft or none for a platform promotion). Named categories must exist; named products and SKUs must be
     * the shop's own when the promotion is a shop's.
     */
    public Promotion create(Long merchantScope, long actorId, @NotNull @Valid PromotionDraft draft) {
        Long merchantId = merchantScope != null ? merchantScope : draft.merchantId;
        if (merchantId != null && em.find(Merchant.class, merchantId) == null) {
            throw new BusinessRuleException("VALIDATION", "No shop " + merchantId);
        }
        draft.categoryIds.forEach(id -> {
            if (em.find(Category.class, id) == null) {
                throw new BusinessRuleException("VALIDATION", "No category " + id);
            }
        });
        draft.productIds.forEach(id -> {
            Product product = em.find(Product.class, id);
            if (product == null || (merchantId != null && !merchantId.equals(product.getMerchantId()))) {
                throw new BusinessRuleException("VALIDATION", "No product " + id + " in this shop");
            }
        });
        draft.skuIds.forEach(id -> {
            Sku sku = em.find(Sku.class, id);
            if (sku == null || (merchantId != null && !merchantId.equals(sku.getProduct().getMerchantId()))) {
                throw new BusinessRuleException("VALIDATION", "No SKU " + id + " in this shop");
            }
        });
        if (draft.kind == PromotionKind.FLASH_SALE) {
            if (draft.skuIds.size() != 1 || !draft.productIds.isEmpty() || !draft.categoryIds.isEmpty()) {
                throw new BusinessRuleException("VALIDATION", "A flash sale is for exactly one SKU");
            }
            long skuId = draft.skuIds.get(0);
            int inStock = inventory.available(Set.of(skuId)).getOrDefault(skuId, 0);
            if (draft.quota != null && draft.quota > inStock) {
                // its quota comes out of the SKU's stock: never promise units the warehouse does not have
                throw new BusinessRuleException("VALIDATION", "Only " + inStock + " units of SKU " + skuId
                        + " are in stock for the flash sale's quota of " + draft.quota);
            }
            Sku sku = em.find(Sku.class, skuId);
            if (draft.flashPrice != null && draft.flashPrice.compareTo(sku.getPrice().amount()) >= 0) {
                throw new BusinessRuleException("VALIDATION", "A flash sale price is below the SKU's price "
                        + sku.getPrice().amountText());
            }
        }
        if (draft.kind == PromotionKind.GIFT && draft.giftSkuId != null) {
            // the gift ships with the shop's own order, from the shop's own stock
            Sku gift = em.find(Sku.class, draft.giftSkuId);
            if (merchantId == null) {
                throw new BusinessRuleException("VALIDATION", "A gift promotion is a shop's: name the shop");
            }
            if (gift == null || !gift.isActive() || !merchantId.equals(gift.getProduct().getMerchantId())) {
                throw new BusinessRuleException("VALIDATION", "No SKU " + draft.giftSkuId + " in this shop to give");
            }
        }
        Promotion promotion = new Promotion(draft, merchantId, actorId, clock.instant());
        em.persist(promotion);
        em.flush();
        return promotion;
    }

    /** One promotion; another shop's is "not found" to a merchant. */
    public Promotion get(Long merchantScope, long id) {
        Promotion promotion = em.find(Promotion.class, id);
        if (promotion == null || (merchantScope != null && !merchantScope.equals(promotion.getMerchantId()))) {
            throw new NotFoundException("Promotion " + id);
        }
        return promotion;
    }

    public Promotion pause(Long merchantScope, long id) {
        Promotion promotion = locked(merchantScope, id);
        promotion.pause(clock.instant());
        return promotion;
    }

    public Promotion resume(Long merchantScope, long id) {
        Promotion promotion = locked(merchantScope, id);
        promotion.resume(clock.instant());
        return promotion;
    }

    public Promotion end(Long merchantScope, long id) {
        Promotion promotion = locked(merchantScope, id);
        promotion.end(clock.instant());
        return promotion;
    }

    /** The caller's promotions (a merchant its shop's, staff all or one shop's), newest first. */
    public List<Promotion> search(Long merchantScope, Long merchantId, PromotionStatus status, int first, int max) {
        return query(merchantScope, merchantId, status, "SELECT p FROM Promotion p", " ORDER BY p.id DESC",
                Promotion.class).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Long merchantScope, Long merchantId, PromotionStatus status) {
        return query(merchantScope, merchantId, status, "SELECT COUNT(p) FROM Promotion p", "", Long.class)
                .getSingleResult();
    }

    /**
     * The promotions among {@code applied} (promotion → what it would take off) whose budget cannot cover it: the
     * checkout is priced again without them.
     */
    public Set<Long> beyondBudget(Map<Long, Money> applied) {
        Set<Long> beyond = new HashSet<>();
        applied.forEach((id, amount) -> {
            Promotion promotion = em.find(Promotion.class, id);
            if (promotion != null && promotion.remaining() != null
                    && promotion.remaining().compareTo(amount.amount()) < 0) {
                beyond.add(id);
            }
        });
        return beyond;
    }

    /**
     * Books what a checkout's orders took off, promotion by promotion (in id order, whatever order they come in),
     * against their budgets, order limits and flash-sale quotas — in the checkout's transaction, each promotion
     * locked, so that concurrent orders never spend more than a budget or sell more than a quota together. One that
     * can no longer cover its part refuses the checkout (409 PROMOTION_EXHAUSTED, FLASH_SALE_SOLD_OUT or
     * FLASH_SALE_LIMIT): nothing is placed.
     */
    public void booked(List<Order> orders) {
        Map<Long, Booking> byPromotion = new TreeMap<>();
        long buyerId = orders.get(0).getBuyerId();
        for (Order order : orders) {
            discountsOf(order).forEach((id, booking) -> byPromotion.merge(id, booking, Booking::plus));
        }
        for (Map.Entry<Long, Booking> use : byPromotion.entrySet()) {
            Promotion promotion = em.find(Promotion.class, use.getKey(), LockModeType.PESSIMISTIC_WRITE);
            if (promotion == null) {
                continue;
            }
            if (promotion.getKind() == PromotionKind.FLASH_SALE) {
                promotion.sell(use.getValue().units());
                bought(promotion, buyerId, use.getValue().units());
            }
            promotion.use(use.getValue().amount(), use.getValue().orders());
        }
    }

    /**
     * A member's purchases of a flash sale, held to its limit by one conditional update on the member's row (which
     * sees the latest committed count whatever the isolation level), so a member racing with itself cannot pass it.
     */
    private void bought(Promotion sale, long memberId, int units) {
        em.createNativeQuery("INSERT IGNORE INTO flash_sale_purchase (promotion_id, member_id, quantity)"
                + " VALUES (?1, ?2, 0)").setParameter(1, sale.getId()).setParameter(2, memberId).executeUpdate();
        int updated = em.createNativeQuery("UPDATE flash_sale_purchase SET quantity = quantity + ?1"
                        + " WHERE promotion_id = ?2 AND member_id = ?3 AND quantity + ?1 <= ?4")
                .setParameter(1, units).setParameter(2, sale.getId()).setParameter(3, memberId)
                .setParameter(4, sale.getPerMember()).executeUpdate();
        if (updated == 0) {
            throw new BusinessRuleException("FLASH_SALE_LIMIT", "At most " + sale.getPerMember() + " of "
                    + sale.getNameEn() + " per member");
        }
    }

    /** A cancelled order's discounts were never given: back into the budgets (and flash sale quotas) they came from. */
    public void cancelled(@Observes OrderCancelled cancelled) {
        em.createNamedQuery("Order.byNo", Order.class).setParameter("no", cancelled.orderNo()).getResultStream()
                .findFirst().ifPresent(order -> discountsOf(order).forEach((id, booking) -> {
                    Promotion promotion = em.find(Promotion.class, id, LockModeType.PESSIMISTIC_WRITE);
                    if (promotion != null) {
                        promotion.giveBack(booking.amount());
                        if (promotion.getKind() == PromotionKind.FLASH_SALE) {
                            promotion.unsell(booking.units());
                            em.createNativeQuery("UPDATE flash_sale_purchase SET quantity = quantity - ?1"
                                            + " WHERE promotion_id = ?2 AND member_id = ?3 AND quantity >= ?1")
                                    .setParameter(1, booking.units()).setParameter(2, id)
                                    .setParameter(3, order.getBuyerId()).executeUpdate();
                        }
                    }
                }));
    }

    /** What orders took off with one promotion, on how many units, in how many orders. */
    private record Booking(BigDecimal amount, int units, int orders) {
        Booking plus(Booking other) {
            return new Booking(amount.add(other.amount), units + other.units, orders + other.orders);
        }
    }

    /**
     * An order's discounts by promotion (staff-made ones only: coupons, member prices and points keep their own
     * books), in promotion order so that locks are always taken in one order.
     */
    private static Map<Long, Booking> discountsOf(Order order) {
        Map<Long, Booking> byPromotion = new TreeMap<>();
        order.getLines().forEach(line -> line.getDiscounts().stream()
                .filter(d -> PromotionKind.valueOf(d.getKind()).campaign())
                .forEach(d -> byPromotion.merge(d.getPromotionId(), new Booking(d.getAmount(), line.getQuantity(), 0),
                        Booking::plus)));
        byPromotion.replaceAll((id, booking) -> new Booking(booking.amount(), booking.units(), 1));
        return byPromotion;
    }

    /** What the pricing engine applies right now. */
    public List<Offer> running() {
        // each scope and tier collection in one query for all the promotions, not one per promotion (EclipseLink)
        return em.createNamedQuery("Promotion.running", Promotion.class)
                .setParameter("active", PromotionStatus.ACTIVE).setParameter("now", clock.instant())
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "p.categoryIds").setHint("eclipselink.batch", "p.productIds")
                .setHint("eclipselink.batch", "p.skuIds").setHint("eclipselink.batch", "p.tiers")
                .setHint("eclipselink.batch", "p.quantityTiers")
                .getResultList().stream().map(Promotion::offer).toList();
    }

    /** The running promotions that could apply to this product (its shop's and the platform's), for its page. */
    public List<Offer> runningFor(Product product, Collection<Long> skuIds) {
        Set<Long> path = categoryPaths(Set.of(product.getCategoryId())).get(product.getCategoryId());
        return running().stream().filter(offer -> skuIds.stream().anyMatch(sku -> offer.scope().covers(
                product.getMerchantId(), product.getId(), sku, path))).toList();
    }

    /**
     * What the running promotions make of these SKUs and quantities at today's prices — the cart's preview of the
     * checkout (its discounts and "再买 ¥20 减 ¥30" hints), with the shopper's own offers (the member price);
     * empty for nothing priced.
     */
    public Optional<PricingEngine.Result> preview(Map<Long, Integer> quantities, List<Offer> personal) {
        if (quantities.isEmpty()) {
            return Optional.empty();
        }
        List<Sku> skus = em.createQuery("SELECT s FROM Sku s JOIN FETCH s.product WHERE s.id IN :ids", Sku.class)
                .setParameter("ids", quantities.keySet()).getResultList();
        if (skus.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Set<Long>> paths = categoryPaths(skus.stream().map(s -> s.getProduct().getCategoryId()).toList());
        List<PricingEngine.Item> items = skus.stream().map(s -> new PricingEngine.Item(s.getId(),
                s.getProduct().getId(), paths.get(s.getProduct().getCategoryId()), s.getProduct().getMerchantId(),
                s.getPrice(), quantities.get(s.getId()))).toList();
        List<Offer> offers = new ArrayList<>(running());
        offers.addAll(personal);
        return Optional.of(new PricingEngine(stacking()).price(items, offers));
    }

    /**
     * Each SKU's price while a limited-time discount or a flash sale runs on it (限时价, 秒杀价), as the checkout would charge one unit;
     * SKUs without one are left out.
     */
    public Map<Long, Money> salePrices(Product product) {
        Set<Long> path = categoryPaths(Set.of(product.getCategoryId())).get(product.getCategoryId());
        List<Offer> discounts = running().stream()
                .filter(o -> o.kind() == PromotionKind.TIMED_DISCOUNT || o.kind() == PromotionKind.FLASH_SALE).toList();
        Map<Long, Money> prices = new HashMap<>();
        if (discounts.isEmpty()) {
            return prices;
        }
        PricingEngine engine = new PricingEngine(stacking());
        for (Sku sku : product.getSkus()) {
            PricingEngine.PricedItem one = engine.price(List.of(new PricingEngine.Item(sku.getId(), product.getId(),
                    path, product.getMerchantId(), sku.getPrice(), 1)), discounts).items().get(0);
            if (!one.discount().isZero()) {
                prices.put(sku.getId(), one.net());
            }
        }
        return prices;
    }

    /** The stacking table as the database holds it. */
    public Stacking stacking() {
        Map<PromotionKind, Stacking.Rule> rules = new EnumMap<>(PromotionKind.class);
        List<?> rows = em.createNativeQuery("SELECT kind, stage, combines_with FROM promotion_stacking")
                .getResultList();
        for (Object[] row : rows.stream().map(Object[].class::cast).toList()) {
            Set<PromotionKind> with = EnumSet.noneOf(PromotionKind.class);
            Arrays.stream(((String) row[2]).split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(PromotionKind::valueOf).forEach(with::add);
            rules.put(PromotionKind.valueOf((String) row[0]), new Stacking.Rule(((Number) row[1]).intValue(), with));
        }
        return new Stacking(rules);
    }

    /** Each category with all its parents, for matching category scopes. */
    public Map<Long, Set<Long>> categoryPaths(Collection<Long> categoryIds) {
        Map<Long, Long> parents = catalog.categoryParents();
        Map<Long, Set<Long>> paths = new HashMap<>();
        for (Long id : new HashSet<>(categoryIds)) {
            Set<Long> path = new LinkedHashSet<>();
            for (Long at = id; at != null && path.add(at); at = parents.get(at)) {
                // climbs to the root; a loop in the tree stops at the first category seen twice
            }
            paths.put(id, path);
        }
        return paths;
    }

    private Promotion locked(Long merchantScope, long id) {
        Promotion promotion = get(merchantScope, id);
        em.lock(promotion, LockModeType.PESSIMISTIC_WRITE);
        return promotion;
    }

    private <T> TypedQuery<T> query(Long merchantScope, Long merchantId, PromotionStatus status, String select,
                                    String order, Class<T> type) {
        Long shop = merchantScope != null ? merchantScope : merchantId;
        String where = " WHERE 1 = 1" + (shop != null ? " AND p.merchantId = :shop" : "")
                + (status != null ? " AND p.status = :status" : "");
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        if (shop != null) {
            query.setParameter("shop", shop);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query;
    }
}
