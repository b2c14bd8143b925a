package org.emporium.promotion.web;

import java.util.stream.Collectors;
import org.emporium.platform.web.Feedback;
import org.emporium.promotion.Offer;
import org.emporium.promotion.ThresholdReduction;
import org.emporium.promotion.TimedDiscount;

/** A promotion's terms in the reader's words: 8.5 折, 满 ¥200 减 ¥20 / 满 ¥300 减 ¥50, 每满 ¥100 减 ¥10（最多减 ¥30）. */
public final class PromotionTerms {

    private PromotionTerms() {
    }

    public static String of(Offer offer) {
        if (offer instanceof TimedDiscount discount) {
            return Feedback.text("promotion.terms.discount",
                    discount.rate().movePointRight(1).stripTrailingZeros().toPlainString(),
                    discount.rate().movePointRight(2).stripTrailingZeros().toPlainString());
        }
        ThresholdReduction reduction = (ThresholdReduction) offer;
        String tiers = reduction.tiers().stream().map(t -> Feedback.text(reduction.repeating()
                        ? "promotion.terms.every" : "promotion.terms.tier", t.threshold().amountText(),
                        t.reduction().amountText()))
                .collect(Collectors.joining(" / "));
        return reduction.cap() == null ? tiers
                : tiers + " " + Feedback.text("promotion.terms.cap", reduction.cap().amountText());
    }
}
