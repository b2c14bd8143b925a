package org.emporium.promotion;

import java.util.Set;

/**
 * Which items a promotion is for: one merchant's (店铺活动) or the whole platform's (null merchant), narrowed to
 * categories (with their subcategories), products or SKUs — none of those means everything of the merchant or
 * platform.
 */
public record Scope(Long merchantId, Set<Long> categoryIds, Set<Long> productIds, Set<Long> skuIds) {

    public Scope {
        categoryIds = Set.copyOf(categoryIds);
        productIds = Set.copyOf(productIds);
        skuIds = Set.copyOf(skuIds);
    }

    public static Scope platform() {
        return new Scope(null, Set.of(), Set.of(), Set.of());
    }

    public static Scope merchant(long merchantId) {
        return new Scope(merchantId, Set.of(), Set.of(), Set.of());
    }

    public boolean covers(PricingEngine.Item item) {
        return covers(item.merchantId(), item.productId(), item.skuId(), item.categoryPath());
    }

    /** Whether an item of this shop, product and SKU, in a category with these parents, is in scope. */
    public boolean covers(long itemMerchantId, long productId, long skuId, Set<Long> categoryPath) {
        if (merchantId != null && merchantId != itemMerchantId) {
            return false;
        }
        if (categoryIds.isEmpty() && productIds.isEmpty() && skuIds.isEmpty()) {
            return true;
        }
        return skuIds.contains(skuId) || productIds.contains(productId)
                || categoryPath.stream().anyMatch(categoryIds::contains);
    }
}
