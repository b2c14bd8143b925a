package org.emporium.promotion.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.emporium.promotion.Promotion;

/**
 * A promotion as the API writes it: its terms, scope, window, budget and what it has taken off on how many orders,
 * its state and the phase it is in now.
 */
public record PromotionBody(long id, String kind, String name, String nameEn, Long merchantId, List<Long> categoryIds,
                            List<Long> productIds, List<Long> skuIds, String rate, List<Tier> tiers,
                            boolean repeating, String cap, String currency, String budget, String spent,
                            int ordersCount, Integer maxOrders, List<QuantityTier> quantityTiers,
                            Integer buyQuantity, Integer freeQuantity, String flashPrice, Integer quota,
                            Integer perMember, int sold, Long giftSkuId, Integer giftQuantity, String giftMinimum,
                            Instant startsAt, Instant endsAt, String status, String phase, Instant createdAt) {

    public record Tier(String threshold, String reduction) {
    }

    public record QuantityTier(int minQuantity, String rate) {
    }

    public record Page(List<PromotionBody> items, long total, int page, int size) {
    }

    static PromotionBody of(Promotion p, Instant now) {
        return new PromotionBody(p.getId(), p.getKind().name(), p.getName(), p.getNameEn(), p.getMerchantId(),
                p.getCategoryIds().stream().sorted().toList(), p.getProductIds().stream().sorted().toList(),
                p.getSkuIds().stream().sorted().toList(), text(p.getRate()),
                p.getTiers().stream().map(t -> new Tier(text(t.getThreshold()), text(t.getReduction()))).toList(),
                p.isRepeating(), text(p.getCap()), p.getCurrency(), text(p.getBudget()), text(p.getSpent()),
                p.getOrdersCount(), p.getMaxOrders(), p.getQuantityTiers().stream()
                        .map(t -> new QuantityTier(t.getMinQuantity(), text(t.getRate()))).toList(),
                p.getBuyQuantity(), p.getFreeQuantity(), text(p.getFlashPrice()), p.getQuota(), p.getPerMember(), p.getSold(),
                p.getGiftSkuId(), p.getGiftQuantity(), text(p.getGiftMinimum()), p.getStartsAt(), p.getEndsAt(),
                p.getStatus().name(), p.phase(now), p.getCreatedAt());
    }

    private static String text(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
