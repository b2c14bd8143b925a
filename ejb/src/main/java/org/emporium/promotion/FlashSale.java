package org.emporium.promotion;

import org.emporium.platform.Money;

/**
 * 秒杀 as the pricing engine sees it: the SKU in scope sells at {@code price} (never above its list price) for the
 * whole window — once the quota is gone ({@code left} units were left when it was read) it is sold out, not back at
 * its list price. The quota and the per-member limit are not prices: {@link Promotions#booked} holds them when an
 * order is placed.
 */
public record FlashSale(long id, String name, String nameEn, Scope scope, Money price, int perMember, int left)
        implements Offer {

    public FlashSale {
        if (price.isNegative() || price.isZero()) {
            throw new IllegalArgumentException("A flash sale price is above nothing: " + price);
        }
        if (perMember <= 0) {
            throw new IllegalArgumentException("A flash sale lets each member buy at least one");
        }
        if (scope.skuIds().size() != 1) {
            throw new IllegalArgumentException("A flash sale is for exactly one SKU");
        }
    }

    @Override
    public PromotionKind kind() {
        return PromotionKind.FLASH_SALE;
    }

    public long skuId() {
        return scope.skuIds().iterator().next();
    }

    Money discountOn(PricingEngine.Item item) {
        Money saved = item.unitPrice().minus(price);
        return saved.isNegative() ? Money.zero(price.currency()) : saved.times(item.quantity());
    }
}
