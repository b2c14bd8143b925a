package org.emporium.promotion;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.Money;

/**
 * A promotion as marketing staff or a merchant set it up (促销活动): its kind and terms, its scope and window, and
 * whether it runs. What it does to a checkout is its {@link Offer}; the terms are checked by making one, so a
 * promotion the engine could not apply is never saved. Terms never change once made (orders name it); staff pause,
 * resume or end it.
 */
@Entity
@Table(name = "promotion")
@NamedQuery(name = "Promotion.running", query = "SELECT p FROM Promotion p WHERE p.status = :active"
        + " AND p.startsAt <= :now AND p.endsAt > :now AND (p.budget IS NULL OR p.spent < p.budget)"
        + " AND (p.maxOrders IS NULL OR p.ordersCount < p.maxOrders) ORDER BY p.id")
public class Promotion {

    /** 满 threshold 减 reduction, as stored. */
    @Embeddable
    public static class Tier {
        @Column(name = "threshold", nullable = false, precision = 19, scale = 2)
        private BigDecimal threshold;

        @Column(name = "reduction", nullable = false, precision = 19, scale = 2)
        private BigDecimal reduction;

        protected Tier() {
            // for JPA
        }

        public Tier(BigDecimal threshold, BigDecimal reduction) {
            this.threshold = threshold;
            this.reduction = reduction;
        }

        public BigDecimal getThreshold() {
            return threshold;
        }

        public BigDecimal getReduction() {
            return reduction;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private PromotionKind kind;

    @Column(name = "name", nullable = false, updatable = false)
    private String name;

    @Column(name = "name_en", nullable = false, updatable = false)
    private String nameEn;

    @Column(name = "merchant_id", updatable = false)
    private Long merchantId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "promotion_category", joinColumns = @JoinColumn(name = "promotion_id"))
    @Column(name = "category_id")
    private Set<Long> categoryIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "promotion_product", joinColumns = @JoinColumn(name = "promotion_id"))
    @Column(name = "product_id")
    private Set<Long> productIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "promotion_sku", joinColumns = @JoinColumn(name = "promotion_id"))
    @Column(name = "sku_id")
    private Set<Long> skuIds = new HashSet<>();

    @Column(name = "rate", precision = 5, scale = 4, updatable = false)
    private BigDecimal rate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "promotion_tier", joinColumns = @JoinColumn(name = "promotion_id"))
    @OrderBy("threshold")
    private List<Tier> tiers = new ArrayList<>();

    @Column(name = "repeating", nullable = false, updatable = false)
    private boolean repeating;

    @Column(name = "cap", precision = 19, scale = 2, updatable = false)
    private BigDecimal cap;

    @Column(name = "currency", nullable = false, updatable = false)
    private String currency;

    /** 阶梯价: from so many units of a line on, each at this rate, as stored. */
    @Embeddable
    public static class QuantityTier {
        @Column(name = "min_quantity", nullable = false)
        private int minQuantity;

        @Column(name = "rate", nullable = false, precision = 5, scale = 4)
        private BigDecimal rate;

        protected QuantityTier() {
            // for JPA
        }

        public QuantityTier(int minQuantity, BigDecimal rate) {
            this.minQuantity = minQuantity;
            this.rate = rate;
        }

        public int getMinQuantity() {
            return minQuantity;
        }

        public BigDecimal getRate() {
            return rate;
        }
    }

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "promotion_quantity_tier", joinColumns = @JoinColumn(name = "promotion_id"))
    @OrderBy("minQuantity")
    private List<QuantityTier> quantityTiers = new ArrayList<>();

    /** 买N送M: for every {@code buyQuantity} units, {@code freeQuantity} more free. */
    @Column(name = "buy_quantity", updatable = false)
    private Integer buyQuantity;

    @Column(name = "free_quantity", updatable = false)
    private Integer freeQuantity;

    /** 秒杀: the price of its one SKU, how many units sell at it, how many one member may buy, how many sold. */
    @Column(name = "flash_price", precision = 19, scale = 2, updatable = false)
    private BigDecimal flashPrice;

    @Column(name = "quota", updatable = false)
    private Integer quota;

    @Column(name = "per_member", updatable = false)
    private Integer perMember;

    /** 满赠: the gift SKU, how many units of it, and what the items in scope must cost (null: any). */
    @Column(name = "gift_sku_id", updatable = false)
    private Long giftSkuId;

    @Column(name = "gift_quantity", updatable = false)
    private Integer giftQuantity;

    @Column(name = "gift_minimum", precision = 19, scale = 2, updatable = false)
    private BigDecimal giftMinimum;

    @Column(name = "sold", nullable = false)
    private int sold;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PromotionStatus status;

    /** The most it may take off in all; null: no limit. */
    @Column(name = "budget", precision = 19, scale = 2, updatable = false)
    private BigDecimal budget;

    @Column(name = "spent", nullable = false, precision = 19, scale = 2)
    private BigDecimal spent = new BigDecimal("0.00");

    @Column(name = "orders_count", nullable = false)
    private int ordersCount;

    /** 限量: the most orders it may apply to; null: no limit. */
    @Column(name = "max_orders", updatable = false)
    private Integer maxOrders;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Promotion() {
        // for JPA
    }

    Promotion(PromotionDraft draft, Long merchantId, long createdBy, Instant now) {
        if (!draft.endsAt.isAfter(draft.startsAt)) {
            throw new BusinessRuleException("VALIDATION", "A promotion ends after it starts");
        }
        if (!draft.endsAt.isAfter(now)) {
            throw new BusinessRuleException("VALIDATION", "A promotion that is already over cannot be made");
        }
        this.kind = draft.kind;
        this.name = draft.name.strip();
        this.nameEn = draft.nameEn == null || draft.nameEn.isBlank() ? this.name : draft.nameEn.strip();
        this.merchantId = merchantId;
        this.categoryIds = new HashSet<>(draft.categoryIds);
        this.productIds = new HashSet<>(draft.productIds);
        this.skuIds = new HashSet<>(draft.skuIds);
        this.rate = draft.rate;
        draft.tiers.forEach(t -> tiers.add(new Tier(t.threshold, t.reduction)));
        this.repeating = draft.repeating;
        this.cap = draft.cap;
        draft.quantityTiers.forEach(t -> quantityTiers.add(new QuantityTier(t.minQuantity, t.rate)));
        if (kind == PromotionKind.BUY_MORE_GET_FREE) {
            if (draft.buyQuantity == null || draft.freeQuantity == null) {
                throw new BusinessRuleException("VALIDATION", "Buy N get M free needs how many to buy and how many free");
            }
            this.buyQuantity = draft.buyQuantity;
            this.freeQuantity = draft.freeQuantity;
        }
        if (kind == PromotionKind.FLASH_SALE) {
            if (draft.flashPrice == null || draft.quota == null) {
                throw new BusinessRuleException("VALIDATION", "A flash sale needs its price and its quota of units");
            }
            this.flashPrice = draft.flashPrice;
            this.quota = draft.quota;
            this.perMember = draft.perMember == null ? 1 : draft.perMember;
        }
        if (kind == PromotionKind.GIFT) {
            if (draft.giftSkuId == null) {
                throw new BusinessRuleException("VALIDATION", "A gift promotion needs its gift SKU");
            }
            this.giftSkuId = draft.giftSkuId;
            this.giftQuantity = draft.giftQuantity == null ? 1 : draft.giftQuantity;
            this.giftMinimum = draft.giftMinimum;
        }
        this.currency = Money.BASE_CURRENCY.getCurrencyCode();
        this.startsAt = draft.startsAt;
        this.endsAt = draft.endsAt;
        this.status = PromotionStatus.ACTIVE;
        this.budget = draft.budget;
        this.maxOrders = draft.maxOrders;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        try {
            offer(0L); // the terms make sense to the engine, or the promotion is not made
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new BusinessRuleException("VALIDATION", e.getMessage());
        }
    }

    /** What the pricing engine applies. */
    public Offer offer() {
        return offer(id);
    }

    private Offer offer(long offerId) {
        Scope scope = new Scope(merchantId, categoryIds, productIds, skuIds);
        Currency money = Currency.getInstance(currency);
        return switch (kind) {
            case TIMED_DISCOUNT -> {
                if (rate == null) {
                    throw new IllegalArgumentException("A limited-time discount needs its rate, e.g. 0.80");
                }
                yield new TimedDiscount(offerId, name, nameEn, scope, rate);
            }
            case TIERED_PRICE -> new TieredPrice(offerId, name, nameEn, scope, quantityTiers.stream()
                    .map(t -> new TieredPrice.Tier(t.minQuantity, t.rate)).toList());
            case BUY_MORE_GET_FREE -> new BuyMoreGetFree(offerId, name, nameEn, scope, buyQuantity, freeQuantity);
            case FLASH_SALE -> new FlashSale(offerId, name, nameEn, scope, Money.of(flashPrice, money), perMember,
                    quota - sold);
            case GIFT -> new Gift(offerId, name, nameEn, scope, Money.of(giftMinimum == null ? BigDecimal.ZERO
                    : giftMinimum, money), giftSkuId, giftQuantity);
            case COUPON -> throw new IllegalArgumentException("Coupons are made as coupon templates, not promotions");
            case MEMBER_PRICE, POINTS -> throw new IllegalArgumentException(
                    "Member prices come with member levels and points with the member, not as promotions");
            case THRESHOLD_REDUCTION -> new ThresholdReduction(offerId, name, nameEn, scope, tiers.stream()
                    .map(t -> new ThresholdReduction.Tier(Money.of(t.threshold, money), Money.of(t.reduction, money)))
                    .toList(), repeating, cap == null ? null : Money.of(cap, money));
        };
    }

    public Integer getMaxOrders() {
        return maxOrders;
    }

    public List<QuantityTier> getQuantityTiers() {
        return quantityTiers;
    }

    public Integer getBuyQuantity() {
        return buyQuantity;
    }

    public Integer getFreeQuantity() {
        return freeQuantity;
    }

    public BigDecimal getFlashPrice() {
        return flashPrice;
    }

    public Integer getQuota() {
        return quota;
    }

    public Integer getPerMember() {
        return perMember;
    }

    public Long getGiftSkuId() {
        return giftSkuId;
    }

    public Integer getGiftQuantity() {
        return giftQuantity;
    }

    public BigDecimal getGiftMinimum() {
        return giftMinimum;
    }

    public int getSold() {
        return sold;
    }

    /** What is left of the budget; null: no limit. */
    public BigDecimal remaining() {
        return budget == null ? null : budget.subtract(spent);
    }

    /**
     * A checkout's {@code orders} took {@code amount} off with it. Past the budget or the number of orders it is
     * refused: the checkout is priced again without this promotion.
     */
    void use(BigDecimal amount, int orders) {
        if (budget != null && spent.add(amount).compareTo(budget) > 0) {
            throw new BusinessRuleException("PROMOTION_EXHAUSTED", "The promotion " + nameEn
                    + " has used up its budget: price the order again");
        }
        if (maxOrders != null && ordersCount + orders > maxOrders) {
            throw new BusinessRuleException("PROMOTION_EXHAUSTED", "The promotion " + nameEn
                    + " has reached its number of orders: price the order again");
        }
        spent = spent.add(amount);
        ordersCount += orders;
    }

    /**
     * A flash sale sold {@code units} more at its price; past the quota it is refused (409 FLASH_SALE_SOLD_OUT) and
     * nothing is placed. Called with the promotion locked.
     */
    void sell(int units) {
        if (quota != null && sold + units > quota) {
            throw new BusinessRuleException("FLASH_SALE_SOLD_OUT", "The flash sale " + nameEn + " is sold out");
        }
        sold += units;
    }

    /** Units of a cancelled order go back to the flash sale's quota. */
    void unsell(int units) {
        sold = Math.max(0, sold - units);
    }

    /** An order that used it was cancelled before it was paid for: its discount was never given. */
    void giveBack(BigDecimal amount) {
        spent = spent.subtract(amount).max(BigDecimal.ZERO);
        ordersCount = Math.max(0, ordersCount - 1);
    }

    public void pause(Instant now) {
        move(PromotionStatus.ACTIVE, PromotionStatus.PAUSED, now);
    }

    public void resume(Instant now) {
        move(PromotionStatus.PAUSED, PromotionStatus.ACTIVE, now);
    }

    /** Over for good, from now (an end before its window leaves it as it was planned to end then). */
    public void end(Instant now) {
        if (status == PromotionStatus.ENDED) {
            throw new BusinessRuleException("INVALID_STATE", "This promotion has ended already");
        }
        status = PromotionStatus.ENDED;
        if (endsAt.isAfter(now)) {
            endsAt = now.isAfter(startsAt) ? now : startsAt.plusNanos(1000);
        }
        updatedAt = now;
    }

    private void move(PromotionStatus from, PromotionStatus to, Instant now) {
        if (status != from) {
            throw new BusinessRuleException("INVALID_STATE", "A " + status + " promotion cannot become " + to);
        }
        status = to;
        updatedAt = now;
    }

    /** The phase a shopper would see now: scheduled, running, paused or over. */
    public String phase(Instant now) {
        if (status == PromotionStatus.ENDED || !endsAt.isAfter(now)) {
            return "ENDED";
        }
        if (status == PromotionStatus.PAUSED) {
            return "PAUSED";
        }
        return startsAt.isAfter(now) ? "SCHEDULED" : "RUNNING";
    }

    public Long getId() {
        return id;
    }

    public PromotionKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public Set<Long> getCategoryIds() {
        return Set.copyOf(categoryIds);
    }

    public Set<Long> getProductIds() {
        return Set.copyOf(productIds);
    }

    public Set<Long> getSkuIds() {
        return Set.copyOf(skuIds);
    }

    public BigDecimal getRate() {
        return rate;
    }

    public List<Tier> getTiers() {
        return List.copyOf(tiers);
    }

    public boolean isRepeating() {
        return repeating;
    }

    public BigDecimal getCap() {
        return cap;
    }

    public String getCurrency() {
        return currency;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public PromotionStatus getStatus() {
        return status;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public BigDecimal getSpent() {
        return spent;
    }

    public int getOrdersCount() {
        return ordersCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
