package org.emporium.promotion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emporium.platform.Money;

/**
 * 买N送M (买一送一, 买二送一): of the units in scope, for every {@code buy} + {@code free} the {@code free} cheapest are
 * free — counted over all the items in scope together, so mixing colours or products of the offer counts too.
 * Applied on list prices, before the price promotions.
 */
public record BuyMoreGetFree(long id, String name, String nameEn, Scope scope, int buy, int free) implements Offer {

    public BuyMoreGetFree {
        if (buy < 1 || free < 1 || buy > 99 || free > 99) {
            throw new IllegalArgumentException("Buy N get M free needs N and M from 1 to 99: " + buy + ", " + free);
        }
    }

    @Override
    public PromotionKind kind() {
        return PromotionKind.BUY_MORE_GET_FREE;
    }

    /**
     * What comes off each item (by SKU): the free units are the cheapest of all units in scope (the higher SKU id
     * first on a tie, so the result does not depend on line order), each worth its list price.
     */
    Map<Long, Money> freeUnits(List<PricingEngine.Item> items) {
        List<PricingEngine.Item> units = new ArrayList<>();
        items.forEach(item -> {
            for (int i = 0; i < item.quantity(); i++) {
                units.add(item);
            }
        });
        units.sort(Comparator.comparing(PricingEngine.Item::unitPrice)
                .thenComparing(Comparator.comparingLong(PricingEngine.Item::skuId).reversed()));
        int freeCount = units.size() / (buy + free) * free;
        Map<Long, Money> off = new HashMap<>();
        units.subList(0, freeCount).forEach(unit -> off.merge(unit.skuId(), unit.unitPrice(), Money::plus));
        return off;
    }
}
