package org.emporium.promotion.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ValidatorFactory;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.emporium.catalog.Catalog;
import org.emporium.catalog.Category;
import org.emporium.catalog.web.CallerShop;
import org.emporium.merchant.Merchant;
import org.emporium.merchant.Merchants;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;
import org.emporium.platform.web.Language;
import org.emporium.platform.web.ShopTime;
import org.emporium.promotion.Promotion;
import org.emporium.promotion.PromotionDraft;
import org.emporium.promotion.PromotionKind;
import org.emporium.promotion.Promotions;
import org.emporium.shipping.web.PageDrafts;

/**
 * 促销管理 (MERCHANT its shop's, ADMIN any shop's or the platform's): the promotions with their terms, scope,
 * window and phase, a dialog to make one (限时折扣 as a percentage of the price, 满减 with up to three tiers or
 * repeating, 秒杀 of one SKU at a price from a quota, 阶梯价 with up to three quantity tiers, 买N送M, 满赠 of one of
 * the shop's SKUs; any of them limited to so many orders), and pause, resume and end.
 */
@Named
@ViewScoped
public class PromotionsPage implements Serializable {

    private static final int TIERS = 3;

    @Inject
    transient Promotions promotions;

    @Inject
    transient Catalog catalog;

    @Inject
    transient Merchants merchants;

    @Inject
    transient CallerShop callerShop;

    @Inject
    transient Language language;

    @Inject
    transient ValidatorFactory validation;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Clock clock;

    @Inject
    transient ShopTime shopTime;

    /** One tier of the dialog: 满 threshold 减 reduction. */
    public static class TierRow implements Serializable {
        private BigDecimal threshold;
        private BigDecimal reduction;

        public BigDecimal getThreshold() {
            return threshold;
        }

        public void setThreshold(BigDecimal threshold) {
            this.threshold = threshold;
        }

        public BigDecimal getReduction() {
            return reduction;
        }

        public void setReduction(BigDecimal reduction) {
            this.reduction = reduction;
        }
    }

    /** One quantity tier of the dialog: from so many units, each at a percentage of its price (95 = 9.5 折). */
    public static class QuantityTierRow implements Serializable {
        private Integer minQuantity;
        private BigDecimal percentOfPrice;

        public Integer getMinQuantity() {
            return minQuantity;
        }

        public void setMinQuantity(Integer minQuantity) {
            this.minQuantity = minQuantity;
        }

        public BigDecimal getPercentOfPrice() {
            return percentOfPrice;
        }

        public void setPercentOfPrice(BigDecimal percentOfPrice) {
            this.percentOfPrice = percentOfPrice;
        }
    }

    private List<Promotion> rows = List.of();
    private Map<Long, Category> categories = Map.of();

    private PromotionKind kind;
    private String name;
    private String nameEn;
    private Long merchantId;
    private List<Long> categoryIds = new ArrayList<>();
    private String productIds;
    private BigDecimal percentOfPrice;
    private List<TierRow> tiers = new ArrayList<>();
    private boolean repeating;
    private BigDecimal cap;
    private BigDecimal budget;
    private Integer maxOrders;
    private List<QuantityTierRow> quantityTiers = new ArrayList<>();
    private Integer buyQuantity;
    private Integer freeQuantity;
    private Long flashSkuId;
    private BigDecimal flashPrice;
    private Integer quota;
    private Integer perMember;
    private Long giftSkuId;
    private Integer giftQuantity;
    private BigDecimal giftMinimum;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;

    @PostConstruct
    void init() {
        reload();
        startNew();
    }

    private void reload() {
        rows = promotions.search(callerShop.scope(), null, null, 0, 200);
        categories = catalog.categoriesById();
    }

    public void startNew() {
        kind = PromotionKind.THRESHOLD_REDUCTION;
        name = null;
        nameEn = null;
        merchantId = null;
        categoryIds = new ArrayList<>();
        productIds = null;
        percentOfPrice = null;
        tiers = new ArrayList<>();
        for (int i = 0; i < TIERS; i++) {
            tiers.add(new TierRow());
        }
        repeating = false;
        cap = null;
        budget = null;
        maxOrders = null;
        quantityTiers = new ArrayList<>();
        for (int i = 0; i < TIERS; i++) {
            quantityTiers.add(new QuantityTierRow());
        }
        buyQuantity = null;
        freeQuantity = null;
        flashSkuId = null;
        flashPrice = null;
        quota = null;
        perMember = 1;
        giftSkuId = null;
        giftQuantity = 1;
        giftMinimum = null;
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone())).withSecond(0).withNano(0);
        startsAt = now;
        endsAt = now.plusDays(7);
    }

    public void save() {
        PromotionDraft draft = new PromotionDraft();
        draft.kind = kind;
        draft.name = name;
        draft.nameEn = nameEn;
        draft.merchantId = merchantId;
        draft.categoryIds = new ArrayList<>(categoryIds);
        try {
            draft.productIds = ids(productIds);
        } catch (NumberFormatException e) {
            Feedback.error("promotion.productIdsInvalid");
            faces.validationFailed();
            return;
        }
        if (kind == PromotionKind.FLASH_SALE) {
            // one SKU and nothing else: the scope fields above do not apply to a flash sale
            draft.categoryIds = new ArrayList<>();
            draft.productIds = new ArrayList<>();
            if (flashSkuId == null) {
                Feedback.error("promotion.flash.skuRequired");
                faces.validationFailed();
                return;
            }
            draft.skuIds = new ArrayList<>(List.of(flashSkuId));
            draft.flashPrice = flashPrice;
            draft.quota = quota;
            draft.perMember = perMember;
        } else if (kind == PromotionKind.TIMED_DISCOUNT) {
            draft.rate = percentOfPrice == null ? null : percentOfPrice.movePointLeft(2).stripTrailingZeros();
        } else if (kind == PromotionKind.TIERED_PRICE) {
            // a half-filled row is sent as it is, so validation names what is missing instead of dropping it
            quantityTiers.stream().filter(t -> t.minQuantity != null || t.percentOfPrice != null)
                    .forEach(t -> draft.quantityTiers.add(new PromotionDraft.QuantityTierDraft(
                            t.minQuantity == null ? 0 : t.minQuantity,
                            t.percentOfPrice == null ? null : t.percentOfPrice.movePointLeft(2).stripTrailingZeros())));
            if (draft.quantityTiers.isEmpty()) {
                Feedback.error("promotion.quantityTiers.required");
                faces.validationFailed();
                return;
            }
        } else if (kind == PromotionKind.GIFT) {
            if (giftSkuId == null) {
                Feedback.error("promotion.gift.required");
                faces.validationFailed();
                return;
            }
            draft.giftSkuId = giftSkuId;
            draft.giftQuantity = giftQuantity;
            draft.giftMinimum = giftMinimum;
        } else if (kind == PromotionKind.BUY_MORE_GET_FREE) {
            draft.buyQuantity = buyQuantity;
            draft.freeQuantity = freeQuantity;
            if (buyQuantity == null || freeQuantity == null) {
                Feedback.error("promotion.buyMore.required");
                faces.validationFailed();
                return;
            }
        } else {
            tiers.stream().filter(t -> t.threshold != null || t.reduction != null)
                    .forEach(t -> draft.tiers.add(new PromotionDraft.TierDraft(t.threshold, t.reduction)));
            draft.repeating = repeating;
            draft.cap = repeating ? cap : null;
        }
        draft.budget = budget;
        draft.maxOrders = maxOrders;
        draft.startsAt = startsAt == null ? null : startsAt.atZone(zone()).toInstant();
        draft.endsAt = endsAt == null ? null : endsAt.atZone(zone()).toInstant();
        if (!PageDrafts.valid(validation, faces, draft, "promotion.field")) {
            faces.validationFailed();
            return;
        }
        try {
            promotions.create(callerShop.scope(), callerShop.callerId(), draft);
            Feedback.info("promotion.created");
            reload();
        } catch (BusinessRuleException e) {
            if ("VALIDATION".equals(e.code())) {
                // the rule's own words say what is wrong (stock short of the quota, price not below the SKU's)
                Feedback.error("promotion.invalid", Feedback.ruleText(e), e.getMessage());
            } else {
                Feedback.error(e);
            }
            faces.validationFailed();
        } catch (NotFoundException | EJBException e) {
            if (kind != PromotionKind.FLASH_SALE) {
                throw e;
            }
            Feedback.error("promotion.flash.skuUnknown", String.valueOf(flashSkuId));
            faces.validationFailed();
        }
    }

    public void pause(long id) {
        act(() -> promotions.pause(callerShop.scope(), id), "promotion.paused");
    }

    public void resume(long id) {
        act(() -> promotions.resume(callerShop.scope(), id), "promotion.resumed");
    }

    public void end(long id) {
        act(() -> promotions.end(callerShop.scope(), id), "promotion.ended");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Feedback.info(done);
        } catch (BusinessRuleException e) {
            Feedback.error(e);
        } catch (NotFoundException e) {
            Feedback.error("promotion.gone");
        }
        reload();
    }

    public String terms(Promotion p) {
        return PromotionTerms.of(p);
    }

    /** 限量: "已用 n/max 单" for a promotion limited to so many orders, else null. */
    public String ordersLimit(Promotion p) {
        return p.getMaxOrders() == null ? null
                : Feedback.text("promotion.results.maxOrders", p.getOrdersCount(), p.getMaxOrders());
    }

    /** Whose and for what: the platform or a shop, and the categories and products it is limited to. */
    public String scope(Promotion p) {
        List<String> parts = new ArrayList<>();
        parts.add(p.getMerchantId() == null ? Feedback.text("promotion.scope.platform") : shopName(p.getMerchantId()));
        p.getCategoryIds().stream().sorted().map(this::categoryName).forEach(parts::add);
        if (!p.getProductIds().isEmpty()) {
            parts.add(Feedback.text("promotion.scope.products", p.getProductIds().stream().sorted()
                    .map(String::valueOf).collect(Collectors.joining(", "))));
        }
        if (!p.getSkuIds().isEmpty()) {
            parts.add(Feedback.text("promotion.scope.skus", p.getSkuIds().stream().sorted().map(String::valueOf)
                    .collect(Collectors.joining(", "))));
        }
        if (p.getCategoryIds().isEmpty() && p.getProductIds().isEmpty() && p.getSkuIds().isEmpty()) {
            parts.add(Feedback.text("promotion.scope.everything"));
        }
        return String.join(" · ", parts);
    }

    public String phase(Promotion p) {
        return p.phase(clock.instant());
    }

    public String name(Promotion p) {
        return language.isChinese() ? p.getName() : p.getNameEn();
    }

    public List<SelectItem> getKindChoices() {
        return Arrays.stream(PromotionKind.values()).filter(PromotionKind::campaign)
                .map(k -> new SelectItem(k, Feedback.text("promotion.kind." + k.name()))).toList();
    }

    public List<SelectItem> getCategoryChoices() {
        boolean zh = language.isChinese();
        return categories.values().stream().sorted(Comparator.comparingInt(Category::getSortOrder))
                .map(c -> new SelectItem(c.getId(), zh ? c.getName() : c.getNameEn())).toList();
    }

    /** Platform staff choose a shop, or none for the platform. */
    public List<SelectItem> getShopChoices() {
        return merchants.all().stream().map(m -> new SelectItem(m.getId(), shopName(m))).toList();
    }

    public boolean isAdmin() {
        return callerShop.isAdmin();
    }

    private String shopName(long id) {
        try {
            return shopName(merchants.get(id));
        } catch (NotFoundException e) {
            return String.valueOf(id);
        }
    }

    private String shopName(Merchant m) {
        return language.isChinese() ? m.getName() : m.getNameEn();
    }

    private String categoryName(long id) {
        Category c = categories.get(id);
        return c == null ? String.valueOf(id) : language.isChinese() ? c.getName() : c.getNameEn();
    }

    private ZoneId zone() {
        return shopTime.zone();
    }

    private static List<Long> ids(String text) {
        if (text == null || text.isBlank()) {
            return new ArrayList<>();
        }
        return Arrays.stream(text.split("[,，\\s]+")).filter(s -> !s.isBlank()).map(String::strip)
                .map(Long::valueOf).collect(Collectors.toCollection(ArrayList::new));
    }

    public List<Promotion> getRows() {
        return rows;
    }

    public PromotionKind getKind() {
        return kind;
    }

    public void setKind(PromotionKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public void setMerchantId(Long merchantId) {
        this.merchantId = merchantId;
    }

    public List<Long> getCategoryIds() {
        return categoryIds;
    }

    public void setCategoryIds(List<Long> categoryIds) {
        this.categoryIds = categoryIds;
    }

    public String getProductIds() {
        return productIds;
    }

    public void setProductIds(String productIds) {
        this.productIds = productIds;
    }

    public BigDecimal getPercentOfPrice() {
        return percentOfPrice;
    }

    public void setPercentOfPrice(BigDecimal percentOfPrice) {
        this.percentOfPrice = percentOfPrice;
    }

    public List<TierRow> getTiers() {
        return tiers;
    }

    public boolean isRepeating() {
        return repeating;
    }

    public void setRepeating(boolean repeating) {
        this.repeating = repeating;
    }

    public BigDecimal getCap() {
        return cap;
    }

    public void setCap(BigDecimal cap) {
        this.cap = cap;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public Integer getMaxOrders() {
        return maxOrders;
    }

    public void setMaxOrders(Integer maxOrders) {
        this.maxOrders = maxOrders;
    }

    public List<QuantityTierRow> getQuantityTiers() {
        return quantityTiers;
    }

    public Integer getBuyQuantity() {
        return buyQuantity;
    }

    public void setBuyQuantity(Integer buyQuantity) {
        this.buyQuantity = buyQuantity;
    }

    public Integer getFreeQuantity() {
        return freeQuantity;
    }

    public void setFreeQuantity(Integer freeQuantity) {
        this.freeQuantity = freeQuantity;
    }

    public Long getFlashSkuId() {
        return flashSkuId;
    }

    public void setFlashSkuId(Long flashSkuId) {
        this.flashSkuId = flashSkuId;
    }

    public BigDecimal getFlashPrice() {
        return flashPrice;
    }

    public void setFlashPrice(BigDecimal flashPrice) {
        this.flashPrice = flashPrice;
    }

    public Long getGiftSkuId() {
        return giftSkuId;
    }

    public void setGiftSkuId(Long giftSkuId) {
        this.giftSkuId = giftSkuId;
    }

    public Integer getGiftQuantity() {
        return giftQuantity;
    }

    public void setGiftQuantity(Integer giftQuantity) {
        this.giftQuantity = giftQuantity;
    }

    public BigDecimal getGiftMinimum() {
        return giftMinimum;
    }

    public void setGiftMinimum(BigDecimal giftMinimum) {
        this.giftMinimum = giftMinimum;
    }

    public Integer getQuota() {
        return quota;
    }

    public void setQuota(Integer quota) {
        this.quota = quota;
    }

    public Integer getPerMember() {
        return perMember;
    }

    public void setPerMember(Integer perMember) {
        this.perMember = perMember;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }
}
