package org.emporium.review.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.emporium.review.Review;
import org.emporium.review.ReviewDraft;
import org.emporium.review.ReviewSummary;

/** The JSON of reviews (API.md "Reviews"). */
public final class ReviewBody {

    private ReviewBody() {
    }

    /** {@code POST /reviews}: which order, then the line's stars, words and photos. */
    public static class Writing extends ReviewDraft {
        @NotNull
        @Pattern(regexp = "\\d{18}", message = "{emporium.orderNo}")
        public String orderNo;
    }

    /** A follow-up, a reply or a reason to hide. */
    public static class Text {
        @NotBlank
        @Size(max = 2000)
        public String text;
    }

    /** A review as everyone sees it on the product page: the reviewer's name masked, no order number. */
    public record Public(long id, long productId, String spec, String reviewer, int rating, String content,
                         List<String> photos, Instant createdAt, boolean edited, String followUp,
                         Instant followUpAt, String reply, Instant repliedAt) {
        public static Public of(Review r) {
            return new Public(r.getId(), r.getProductId(), r.getSpecLabel(), r.getBuyerName(), r.getRating(),
                    r.getContent(), r.getPhotos(), r.getCreatedAt(), r.getEditedAt() != null, r.getFollowUp(),
                    r.getFollowUpAt(), r.getReply(), r.getRepliedAt());
        }
    }

    /** A review as its writer and the back office see it. */
    public record Full(long id, String orderNo, long productId, long skuId, String spec, String reviewer, int rating,
                       String content, List<String> photos, Instant createdAt, Instant editedAt, boolean editable,
                       String followUp, Instant followUpAt, String reply, Instant repliedAt, boolean hidden,
                       String hiddenReason) {
        public static Full of(Review r) {
            return new Full(r.getId(), r.getOrderNo(), r.getProductId(), r.getSkuId(), r.getSpecLabel(),
                    r.getBuyerName(), r.getRating(), r.getContent(), r.getPhotos(), r.getCreatedAt(),
                    r.getEditedAt(), r.isEditable(), r.getFollowUp(), r.getFollowUpAt(), r.getReply(),
                    r.getRepliedAt(), r.isHidden(), r.getHiddenReason());
        }
    }

    public record Summary(long count, BigDecimal average, List<Long> stars, long withPhotos, int positivePercent) {
        public static Summary of(ReviewSummary s) {
            return new Summary(s.count(), s.average(), s.stars(), s.withPhotos(), s.positivePercent());
        }
    }

    /** {@code GET /products/{id}/reviews}: the figures, then a page of reviews. */
    public record ProductPage(Summary summary, List<Public> items, long total, int page, int size) {
    }
}
