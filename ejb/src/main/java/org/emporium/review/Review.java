package org.emporium.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.emporium.order.Order;
import org.emporium.order.OrderLine;
import org.emporium.platform.BusinessRuleException;

/**
 * A buyer's review (评价) of one order line: 1–5 stars, words and photos (晒单). The buyer may change it once and
 * add one follow-up (追评) later; the merchant replies once (商家回复); staff hide an abusive one (it then counts
 * for nothing). One review per line, by the database's unique key.
 */
@Entity
@Table(name = "review")
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_line_id", nullable = false, updatable = false)
    private Long orderLineId;

    @Column(name = "order_no", nullable = false, length = 20, updatable = false)
    private String orderNo;

    @Column(name = "product_id", nullable = false, updatable = false)
    private Long productId;

    @Column(name = "sku_id", nullable = false, updatable = false)
    private Long skuId;

    @Column(name = "spec_label", nullable = false, length = 300, updatable = false)
    private String specLabel;

    @Column(name = "buyer_id", nullable = false, updatable = false)
    private Long buyerId;

    @Column(name = "buyer_name", nullable = false, length = 64, updatable = false)
    private String buyerName;

    @Column(name = "merchant_id", nullable = false, updatable = false)
    private Long merchantId;

    @Column(name = "rating", nullable = false)
    private int rating;

    @Column(name = "content", length = 2000)
    private String content;

    @ElementCollection
    @CollectionTable(name = "review_photo", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "photo_no")
    @Column(name = "url", length = 200)
    private List<String> photos = new ArrayList<>();

    @Column(name = "has_photos", nullable = false)
    private boolean hasPhotos;

    @Column(name = "follow_up", length = 2000)
    private String followUp;

    @Column(name = "follow_up_at")
    private Instant followUpAt;

    @Column(name = "reply", length = 1000)
    private String reply;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(name = "hidden", nullable = false)
    private boolean hidden;

    @Column(name = "hidden_reason", length = 300)
    private String hiddenReason;

    @Column(name = "hidden_by")
    private Long hiddenBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Review() {
        // for JPA
    }

    Review(Order order, OrderLine line, String buyerName, int rating, String content, List<String> photos,
           Instant now) {
        this.orderLineId = line.getId();
        this.orderNo = order.getNumber();
        this.productId = line.getProductId();
        this.skuId = line.getSkuId();
        this.specLabel = line.getSpecLabel();
        this.buyerId = order.getBuyerId();
        this.buyerName = masked(buyerName);
        this.merchantId = order.getMerchantId();
        this.createdAt = now;
        write(rating, content, photos);
    }

    /** The buyer changes the review, once. */
    void edit(int rating, String content, List<String> photos, Instant now) {
        if (editedAt != null) {
            throw new BusinessRuleException("ALREADY_EDITED", "A review can be changed once");
        }
        editedAt = now;
        write(rating, content, photos);
    }

    /** 追评: the buyer adds a few words later, once. */
    void followUp(String text, Instant now) {
        if (followUp != null) {
            throw new BusinessRuleException("ALREADY_FOLLOWED_UP", "A review has one follow-up");
        }
        followUp = text;
        followUpAt = now;
    }

    /** 商家回复: the merchant answers, once. */
    void reply(String text, Instant now) {
        if (reply != null) {
            throw new BusinessRuleException("ALREADY_REPLIED", "The merchant has already replied");
        }
        reply = text;
        repliedAt = now;
    }

    void hide(String reason, long staffId) {
        hidden = true;
        hiddenReason = reason;
        hiddenBy = staffId;
    }

    void show() {
        hidden = false;
        hiddenReason = null;
        hiddenBy = null;
    }

    private void write(int rating, String content, List<String> photos) {
        if (rating < 1 || rating > 5) {
            throw new BusinessRuleException("VALIDATION", "A rating is 1 to 5 stars");
        }
        this.rating = rating;
        this.content = content;
        this.photos.clear();
        this.photos.addAll(photos);
        this.hasPhotos = !photos.isEmpty();
    }

    /** "张***", "E***y": who wrote it, without telling everyone their name. */
    static String masked(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            return "***";
        }
        int first = trimmed.codePointAt(0);
        int last = trimmed.codePointBefore(trimmed.length());
        boolean longName = trimmed.codePointCount(0, trimmed.length()) > 2;
        return new StringBuilder().appendCodePoint(first).append("***")
                .append(longName ? new String(Character.toChars(last)) : "").toString();
    }

    public Long getId() {
        return id;
    }

    public Long getOrderLineId() {
        return orderLineId;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public long getProductId() {
        return productId;
    }

    public long getSkuId() {
        return skuId;
    }

    public String getSpecLabel() {
        return specLabel;
    }

    public long getBuyerId() {
        return buyerId;
    }

    public String getBuyerName() {
        return buyerName;
    }

    public long getMerchantId() {
        return merchantId;
    }

    public int getRating() {
        return rating;
    }

    public String getContent() {
        return content;
    }

    public List<String> getPhotos() {
        return Collections.unmodifiableList(photos);
    }

    public boolean isHasPhotos() {
        return hasPhotos;
    }

    public String getFollowUp() {
        return followUp;
    }

    public Instant getFollowUpAt() {
        return followUpAt;
    }

    public String getReply() {
        return reply;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public boolean isHidden() {
        return hidden;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public boolean isEditable() {
        return editedAt == null;
    }
}
