package org.emporium.promotion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.emporium.platform.Money;

/**
 * The one pricing engine (DESIGN.md §3) for cart, quote and order: takes the items at their list prices and the
 * running promotions, applies the promotions kind by kind in the stages of the {@link Stacking} table, and says for
 * every line what came off and why. Order promotions are split over their items in proportion to what each costs
 * by then, to the cent ({@link Allocation}), so partial refunds and settlement can take each line's share.
 * Pure and deterministic: the same items in any order give the same result per SKU.
 */
public final class PricingEngine {

    /** A line to price: one SKU of the checkout at its list price; {@code categoryPath} is its category and parents. */
    public record Item(long skuId, long productId, Set<Long> categoryPath, long merchantId, Money unitPrice,
                       int quantity) {
        public Item {
            categoryPath = Set.copyOf(categoryPath);
            if (quantity <= 0 || unitPrice.isNegative()) {
                throw new IllegalArgumentException("An item has a quantity and a price: " + quantity + " × "
                        + unitPrice);
            }
        }

        public Money amount() {
            return unitPrice.times(quantity);
        }
    }

    /**
     * One promotion's part in one line's discount: a line of the explanation (优惠明细). {@code platformFunded}: the
     * platform's promotion, coupon, member price or points (its scope names no shop) — the platform pays it to the
     * merchant in settlement (平台补贴); a shop's own discounts are the shop's.
     */
    public record Adjustment(long offerId, PromotionKind kind, String name, String nameEn, Money amount,
                             boolean platformFunded) {
    }

    /** A line after promotions. */
    public record PricedItem(Item item, List<Adjustment> adjustments) {
        public Money discount() {
            return adjustments.stream().map(Adjustment::amount).reduce(Money.zero(item.unitPrice().currency()),
                    Money::plus);
        }

        public Money net() {
            return item.amount().minus(discount());
        }
    }

    /** A promotion that took something off, and how much in all. */
    public record Applied(Offer offer, Money amount) {
    }

    /**
     * 再买 ¥20 减 ¥30: a threshold within reach — how much more of its items to buy, and what would come off then
     * (for a gift, 再买 ¥20 送赠品: nothing comes off; the gift comes with the order).
     */
    public record Hint(Offer offer, Money missing, Money reduction) {
    }

    /**
     * {@code gifts}: the gifts earned (满赠), each once — the engine prices what is bought; the checkout adds the gift
     * units at their list price, all of it taken off ({@code OrderPricing}).
     */
    public record Result(List<PricedItem> items, List<Applied> applied, List<Hint> hints, List<Gift> gifts) {
        public Money discount() {
            return items.stream().map(PricedItem::discount).reduce(Money::plus).orElseThrow();
        }

        public PricedItem of(long skuId) {
            return items.stream().filter(i -> i.item().skuId() == skuId).findFirst().orElseThrow();
        }
    }

    /** The kinds that set an item's price; sharing a stage, they compete rather than add up. */
    private static final Set<PromotionKind> ITEM_PRICES = EnumSet.of(PromotionKind.FLASH_SALE,
            PromotionKind.MEMBER_PRICE, PromotionKind.TIERED_PRICE, PromotionKind.TIMED_DISCOUNT);

    private final Stacking stacking;

    public PricingEngine(Stacking stacking) {
        this.stacking = stacking;
    }

    public Result price(List<Item> items, Collection<? extends Offer> offers) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("Nothing to price");
        }
        if (items.stream().map(Item::skuId).distinct().count() != items.size()) {
            throw new IllegalArgumentException("One line per SKU");
        }
        // SKU order, whatever the order of the lines: ties and shares never depend on how the cart was sorted
        List<Item> bySku = items.stream().sorted(Comparator.comparingLong(Item::skuId)).toList();
        Map<Long, List<Adjustment>> taken = new LinkedHashMap<>();
        bySku.forEach(i -> taken.put(i.skuId(), new ArrayList<>()));
        List<Applied> applied = new ArrayList<>();
        List<Hint> hints = new ArrayList<>();
        List<Gift> gifts = new ArrayList<>();
        for (List<PromotionKind> stage : stacking.stageGroups()) {
            if (ITEM_PRICES.containsAll(stage)) {
                // prices of one stage compete: each item takes the best of them
                applyDiscounts(bySku, offersOf(offers, stage), taken, applied);
                continue;
            }
            for (PromotionKind kind : stage) {
                List<Offer> ofKind = offersOf(offers, List.of(kind));
                switch (kind) {
                    case FLASH_SALE, MEMBER_PRICE, TIERED_PRICE, TIMED_DISCOUNT ->
                            applyDiscounts(bySku, ofKind, taken, applied);
                    case BUY_MORE_GET_FREE -> applyFreeUnits(bySku, ofKind, taken, applied);
                    case GIFT -> earnedGifts(bySku, ofKind, taken, gifts, hints);
                    case THRESHOLD_REDUCTION -> applyReductions(bySku, ofKind, taken, applied, hints);
                    case COUPON -> applyCoupons(bySku, ofKind, taken, applied);
                    case POINTS -> applyPoints(bySku, ofKind, taken, applied);
                }
            }
        }
        List<PricedItem> priced = items.stream().map(i -> new PricedItem(i, List.copyOf(taken.get(i.skuId()))))
                .toList();
        return new Result(priced, List.copyOf(applied), List.copyOf(hints), List.copyOf(gifts));
    }

    private static List<Offer> offersOf(Collection<? extends Offer> offers, List<PromotionKind> kinds) {
        return offers.stream().filter(o -> kinds.contains(o.kind())).sorted(Comparator.comparingLong(Offer::id))
                .map(Offer.class::cast).toList();
    }

    /** 买N送M, each in id order on the items in its scope not under another: the cheapest units come off. */
    private void applyFreeUnits(List<Item> items, List<Offer> offers, Map<Long, List<Adjustment>> taken,
                                List<Applied> applied) {
        for (Offer offer : offers) {
            BuyMoreGetFree deal = (BuyMoreGetFree) offer;
            Map<Long, Money> free = deal.freeUnits(eligibleItems(deal, items, taken));
            Money total = null;
            for (Item item : items) {
                Money off = free.get(item.skuId());
                if (off != null) {
                    taken.get(item.skuId()).add(adjustment(deal, off));
                    total = total == null ? off : total.plus(off);
                }
            }
            if (total != null) {
                applied.add(new Applied(deal, total));
            }
        }
    }

    /**
     * 满赠, in id order: a gift is earned when the items in its scope open to it cost its minimum by now (the items
     * under a flash sale, which stands alone, do not count); short of it, the shopper is told how much more to buy.
     * Nothing comes off what is bought.
     */
    private void earnedGifts(List<Item> items, List<Offer> offers, Map<Long, List<Adjustment>> taken,
                             List<Gift> gifts, List<Hint> hints) {
        for (Offer offer : offers) {
            Gift gift = (Gift) offer;
            List<Item> share = eligibleItems(gift, items, taken);
            if (share.isEmpty()) {
                continue;
            }
            Money eligible = net(share, taken);
            if (gift.earnedBy(eligible)) {
                gifts.add(gift);
            } else {
                hints.add(new Hint(gift, gift.minimum().minus(eligible), Money.zero(eligible.currency())));
            }
        }
    }

    /** Each item takes the best of the item discounts of one kind open to it (the lowest id on a tie). */
    private void applyDiscounts(List<Item> items, List<Offer> offers, Map<Long, List<Adjustment>> taken,
                                List<Applied> applied) {
        Map<Offer, Money> totals = new LinkedHashMap<>();
        for (Item item : items) {
            Optional<Offer> best = offers.stream().filter(o -> open(o, item, taken))
                    .max(Comparator.comparing((Offer o) -> itemDiscount(o, item, taken))
                            .thenComparing(Comparator.comparingLong(Offer::id).reversed()));
            best.filter(o -> !itemDiscount(o, item, taken).isZero()).ifPresent(o -> {
                Money off = itemDiscount(o, item, taken);
                taken.get(item.skuId()).add(adjustment(o, off));
                totals.merge(o, off, Money::plus);
            });
        }
        totals.forEach((offer, amount) -> applied.add(new Applied(offer, amount)));
    }

    /** What an item promotion takes off the item's list price, never more than is left of it. */
    private static Money itemDiscount(Offer offer, Item item, Map<Long, List<Adjustment>> taken) {
        Money off;
        if (offer instanceof FlashSale sale) {
            off = sale.discountOn(item);
        } else if (offer instanceof MemberPrice member) {
            off = member.discountOn(item);
        } else if (offer instanceof TieredPrice tiers) {
            off = tiers.discountOn(item);
        } else {
            off = ((TimedDiscount) offer).discountOn(item);
        }
        Money left = net(item, taken);
        return off.compareTo(left) > 0 ? left : off;
    }

    /**
     * The reductions compete for items: the one taking off most goes first (the lowest id on a tie) and keeps its
     * items, and so on with what is left. Then every reduction in reach tells what more would bring.
     */
    private void applyReductions(List<Item> items, List<Offer> offers, Map<Long, List<Adjustment>> taken,
                                 List<Applied> applied, List<Hint> hints) {
        Set<Offer> done = new HashSet<>();
        while (true) {
            ThresholdReduction best = null;
            Money bestReduction = null;
            for (Offer offer : offers) {
                ThresholdReduction reduction = (ThresholdReduction) offer;
                if (done.contains(offer)) {
                    continue;
                }
                List<Item> share = eligibleItems(reduction, items, taken);
                if (share.isEmpty()) {
                    continue;
                }
                Money off = reduction.reductionFor(net(share, taken));
                if (!off.isZero() && (bestReduction == null || off.compareTo(bestReduction) > 0)) {
                    best = reduction;
                    bestReduction = off;
                }
            }
            if (best == null) {
                break;
            }
            ThresholdReduction chosen = best;
            List<Item> share = eligibleItems(chosen, items, taken);
            Money eligible = net(share, taken);
            List<Money> parts = Allocation.split(bestReduction, share.stream().map(i -> net(i, taken)).toList());
            for (int i = 0; i < share.size(); i++) {
                if (!parts.get(i).isZero()) {
                    taken.get(share.get(i).skuId()).add(adjustment(chosen, parts.get(i)));
                }
            }
            applied.add(new Applied(chosen, bestReduction));
            chosen.next(eligible).ifPresent(next -> hints.add(new Hint(chosen, next.threshold().minus(eligible),
                    next.reduction())));
            done.add(chosen);
        }
        for (Offer offer : offers) {
            ThresholdReduction reduction = (ThresholdReduction) offer;
            List<Item> share = eligibleItems(reduction, items, taken);
            if (!done.contains(offer) && !share.isEmpty()) {
                Money eligible = net(share, taken);
                reduction.next(eligible).ifPresent(next -> hints.add(new Hint(reduction,
                        next.threshold().minus(eligible), next.reduction())));
            }
        }
    }

    /**
     * Each coupon, in id order, on the items of its scope not yet under another coupon: what they cost by now
     * decides its minimum and percentage, and it is split over them like a 满减.
     */
    private void applyCoupons(List<Item> items, List<Offer> offers, Map<Long, List<Adjustment>> taken,
                              List<Applied> applied) {
        for (Offer offer : offers) {
            CouponOffer coupon = (CouponOffer) offer;
            List<Item> share = eligibleItems(coupon, items, taken);
            if (share.isEmpty()) {
                continue;
            }
            Money off = coupon.discountFor(net(share, taken));
            if (off.isZero()) {
                continue;
            }
            List<Money> parts = Allocation.split(off, share.stream().map(i -> net(i, taken)).toList());
            for (int i = 0; i < share.size(); i++) {
                if (!parts.get(i).isZero()) {
                    taken.get(share.get(i).skuId()).add(adjustment(coupon, parts.get(i)));
                }
            }
            applied.add(new Applied(coupon, off));
        }
    }

    /** Points, if offered, pay their share of everything still to pay, split over the lines like a coupon. */
    private void applyPoints(List<Item> items, List<Offer> offers, Map<Long, List<Adjustment>> taken,
                             List<Applied> applied) {
        for (Offer offer : offers) {
            PointsDeduction points = (PointsDeduction) offer;
            List<Item> share = eligibleItems(points, items, taken);
            if (share.isEmpty()) {
                continue;
            }
            Money off = points.deductionFor(net(share, taken));
            if (off.isZero()) {
                continue;
            }
            List<Money> parts = Allocation.split(off, share.stream().map(i -> net(i, taken)).toList());
            for (int i = 0; i < share.size(); i++) {
                if (!parts.get(i).isZero()) {
                    taken.get(share.get(i).skuId()).add(adjustment(points, parts.get(i)));
                }
            }
            applied.add(new Applied(points, off));
        }
    }

    /** Items in the offer's scope that it may still apply to under the stacking table. */
    private List<Item> eligibleItems(Offer offer, List<Item> items, Map<Long, List<Adjustment>> taken) {
        return items.stream().filter(i -> open(offer, i, taken) && !net(i, taken).isZero()).toList();
    }

    private boolean open(Offer offer, Item item, Map<Long, List<Adjustment>> taken) {
        return offer.scope().covers(item) && taken.get(item.skuId()).stream()
                .allMatch(earlier -> stacking.combines(earlier.kind(), offer.kind()));
    }

    private static Money net(Item item, Map<Long, List<Adjustment>> taken) {
        return taken.get(item.skuId()).stream().map(Adjustment::amount).reduce(item.amount(), Money::minus);
    }

    private static Money net(List<Item> items, Map<Long, List<Adjustment>> taken) {
        return items.stream().map(i -> net(i, taken)).reduce(Money::plus).orElseThrow();
    }

    private static Adjustment adjustment(Offer offer, Money amount) {
        return new Adjustment(offer.id(), offer.kind(), offer.name(), offer.nameEn(), amount,
                offer.scope().merchantId() == null);
    }
}
