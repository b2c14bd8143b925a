package org.emporium.aftersales;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import org.emporium.order.ActorKind;
import org.emporium.order.Order;
import org.emporium.order.OrderLine;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.Money;

/**
 * An after-sales request (售后单) on one order line: what the buyer asks for, for how many units and why, the
 * amount it refunds, and every step taken on it. Its status moves only through the methods here, which follow
 * {@link AfterSalesStatus} and record the step; while it is open, its line cannot have another (a unique column
 * that is cleared when it ends).
 */
@Entity
@Table(name = "after_sales_request")
@NamedQuery(name = "AfterSalesRequest.byNo", query = "SELECT r FROM AfterSalesRequest r WHERE r.requestNo = :no")
@NamedQuery(name = "AfterSalesRequest.ofOrder",
        query = "SELECT r FROM AfterSalesRequest r WHERE r.orderId = :order ORDER BY r.id")
@NamedQuery(name = "AfterSalesRequest.refundedOfLine",
        query = "SELECT r FROM AfterSalesRequest r WHERE r.orderLineId = :line AND r.status = :refunded")
@NamedQuery(name = "AfterSalesRequest.overdue",
        query = "SELECT r.id FROM AfterSalesRequest r WHERE r.status IN :waiting AND r.escalatedAt IS NULL"
                + " AND r.respondBy < :now ORDER BY r.respondBy")
public class AfterSalesRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_no", nullable = false, length = 24, updatable = false)
    private String requestNo;

    @Column(name = "order_id", nullable = false, updatable = false)
    private Long orderId;

    @Column(name = "order_no", nullable = false, length = 20, updatable = false)
    private String orderNo;

    @Column(name = "order_line_id", nullable = false, updatable = false)
    private Long orderLineId;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(name = "open_line_id")
    private Long openLineId;

    @Column(name = "buyer_id", nullable = false, updatable = false)
    private Long buyerId;

    @Column(name = "merchant_id", nullable = false, updatable = false)
    private Long merchantId;

    @Column(name = "sku_id", nullable = false, updatable = false)
    private Long skuId;

    @Column(name = "product_name", nullable = false, length = 120, updatable = false)
    private String productName;

    @Column(name = "spec_label", nullable = false, length = 300, updatable = false)
    private String specLabel;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16, updatable = false)
    private AfterSalesType kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private AfterSalesStatus status;

    @Column(name = "quantity", nullable = false, updatable = false)
    private int quantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 24, updatable = false)
    private AfterSalesReason reason;

    @Column(name = "description", length = 1000, updatable = false)
    private String description;

    @ElementCollection
    @CollectionTable(name = "after_sales_photo", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "photo_no")
    @Column(name = "url", length = 200)
    private List<String> photos = new ArrayList<>();

    @Column(name = "refund_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal refundAmount;

    @Column(name = "currency", nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "refund_no", length = 24)
    private String refundNo;

    @Column(name = "return_address", length = 300)
    private String returnAddress;

    @Column(name = "reject_reason", length = 300)
    private String rejectReason;

    @Column(name = "return_carrier", length = 32)
    private String returnCarrier;

    @Column(name = "return_tracking_no", length = 40)
    private String returnTrackingNo;

    @Column(name = "restocked")
    private Boolean restocked;

    @Column(name = "exchange_carrier", length = 32)
    private String exchangeCarrier;

    @Column(name = "exchange_tracking_no", length = 40)
    private String exchangeTrackingNo;

    @Column(name = "respond_by")
    private Instant respondBy;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<AfterSalesStep> steps = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected AfterSalesRequest() {
        // for JPA
    }

    /** A new request, waiting for the merchant until {@code respondBy}. */
    AfterSalesRequest(AfterSalesNo no, Order order, OrderLine line, AfterSalesType kind, int quantity,
                      AfterSalesReason reason, String description, List<String> photos, Money refundAmount,
                      Instant now, Instant respondBy) {
        this.requestNo = no.value();
        this.orderId = order.getId();
        this.orderNo = order.getNumber();
        this.orderLineId = line.getId();
        this.openLineId = line.getId();
        this.lineNo = line.getLineNo();
        this.buyerId = order.getBuyerId();
        this.merchantId = order.getMerchantId();
        this.skuId = line.getSkuId();
        this.productName = line.getProductName();
        this.specLabel = line.getSpecLabel();
        this.kind = kind;
        this.quantity = quantity;
        this.reason = reason;
        this.description = description;
        this.photos.addAll(photos);
        this.refundAmount = refundAmount.amount();
        this.currency = refundAmount.currency().getCurrencyCode();
        this.status = AfterSalesStatus.REQUESTED;
        this.createdAt = now;
        this.updatedAt = now;
        this.respondBy = respondBy;
        steps.add(new AfterSalesStep(this, AfterSalesStep.Action.OPENED, ActorKind.BUYER, buyerId, null, now));
    }

    /** The merchant agrees; goods to return go to {@code returnAddress}, and the buyer has to send them. */
    void approve(String returnAddress, ActorKind actor, Long actorId, Instant now) {
        if (!kind.needsReturn()) {
            throw new IllegalStateException("A refund-only request is approved by refunding it");
        }
        this.returnAddress = returnAddress;
        move(AfterSalesStatus.APPROVED, AfterSalesStep.Action.APPROVED, actor, actorId, returnAddress, now, null);
    }

    void reject(String why, ActorKind actor, Long actorId, Instant now) {
        this.rejectReason = why;
        move(AfterSalesStatus.REJECTED, AfterSalesStep.Action.REJECTED, actor, actorId, why, now, null);
    }

    void withdraw(Instant now) {
        move(AfterSalesStatus.WITHDRAWN, AfterSalesStep.Action.WITHDRAWN, ActorKind.BUYER, buyerId, null, now, null);
    }

    /** The buyer sent the goods back; the merchant has until {@code respondBy} to confirm their arrival. */
    void shippedBack(String carrier, String trackingNo, Instant now, Instant respondBy) {
        this.returnCarrier = carrier;
        this.returnTrackingNo = trackingNo;
        this.escalatedAt = null;
        move(AfterSalesStatus.RETURNING, AfterSalesStep.Action.SHIPPED_BACK, ActorKind.BUYER, buyerId,
                carrier + " " + trackingNo, now, respondBy);
    }

    /** The merchant has the goods back: a step of its own, before the refund or the exchange that ends it. */
    void received(boolean restock, ActorKind actor, Long actorId, Instant now) {
        if (status != AfterSalesStatus.RETURNING) {
            throw new BusinessRuleException("INVALID_STATE", "Request " + requestNo + " is " + status
                    + ": nothing is on its way back");
        }
        this.restocked = restock;
        steps.add(new AfterSalesStep(this, AfterSalesStep.Action.RECEIVED, actor, actorId,
                restock ? "restocked" : "not restocked", now));
    }

    /** The money went back: refund-only on approval, or returned goods on receipt. */
    void refunded(String refundNo, Money amount, ActorKind actor, Long actorId, Instant now) {
        if (status == AfterSalesStatus.REQUESTED && kind.needsReturn()) {
            throw new BusinessRuleException("INVALID_STATE", "Request " + requestNo + " waits for the goods first");
        }
        if (kind == AfterSalesType.EXCHANGE) {
            throw new BusinessRuleException("INVALID_STATE", "An exchange sends goods, not money");
        }
        this.refundNo = refundNo;
        this.refundAmount = amount.amount();
        move(AfterSalesStatus.REFUNDED, AfterSalesStep.Action.REFUNDED, actor, actorId, refundNo, now, null);
    }

    /** The replacement is on its way to the buyer. */
    void exchanged(String carrier, String trackingNo, ActorKind actor, Long actorId, Instant now) {
        if (kind != AfterSalesType.EXCHANGE) {
            throw new BusinessRuleException("INVALID_STATE", "Request " + requestNo + " is not an exchange");
        }
        this.exchangeCarrier = carrier;
        this.exchangeTrackingNo = trackingNo;
        move(AfterSalesStatus.EXCHANGED, AfterSalesStep.Action.EXCHANGED, actor, actorId, carrier + " " + trackingNo,
                now, null);
    }

    /** Nobody answered in time: customer service (SERVICE) takes it over. Returns false if it already had. */
    boolean escalate(Instant now) {
        if (escalatedAt != null || !status.awaitsMerchant()) {
            return false;
        }
        escalatedAt = now;
        updatedAt = now;
        steps.add(new AfterSalesStep(this, AfterSalesStep.Action.ESCALATED, ActorKind.SYSTEM, null, null, now));
        return true;
    }

    private void move(AfterSalesStatus next, AfterSalesStep.Action action, ActorKind actor, Long actorId,
                      String note, Instant now, Instant nextRespondBy) {
        if (!status.canMoveTo(next)) {
            throw new BusinessRuleException("INVALID_STATE",
                    "Request " + requestNo + " is " + status + " and cannot become " + next);
        }
        status = next;
        updatedAt = now;
        respondBy = nextRespondBy;
        if (!next.isOpen()) {
            openLineId = null;
            closedAt = now;
        }
        steps.add(new AfterSalesStep(this, action, actor, actorId, note, now));
    }

    private Money money(BigDecimal amount) {
        return Money.of(amount, Currency.getInstance(currency));
    }

    public Long getId() {
        return id;
    }

    public String getRequestNo() {
        return requestNo;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public Long getOrderLineId() {
        return orderLineId;
    }

    /** The line's number on its order (1, 2, ...). */
    public int getLineNo() {
        return lineNo;
    }

    public long getBuyerId() {
        return buyerId;
    }

    public long getMerchantId() {
        return merchantId;
    }

    public long getSkuId() {
        return skuId;
    }

    public String getProductName() {
        return productName;
    }

    public String getSpecLabel() {
        return specLabel;
    }

    public AfterSalesType getKind() {
        return kind;
    }

    public AfterSalesStatus getStatus() {
        return status;
    }

    public int getQuantity() {
        return quantity;
    }

    public AfterSalesReason getReason() {
        return reason;
    }

    public String getDescription() {
        return description;
    }

    public List<String> getPhotos() {
        return Collections.unmodifiableList(photos);
    }

    /** What the request refunds (or refunded); nothing for an exchange. */
    public Money getRefundAmount() {
        return money(refundAmount);
    }

    public String getRefundNo() {
        return refundNo;
    }

    public String getReturnAddress() {
        return returnAddress;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public String getReturnCarrier() {
        return returnCarrier;
    }

    public String getReturnTrackingNo() {
        return returnTrackingNo;
    }

    public Boolean getRestocked() {
        return restocked;
    }

    public String getExchangeCarrier() {
        return exchangeCarrier;
    }

    public String getExchangeTrackingNo() {
        return exchangeTrackingNo;
    }

    public Instant getRespondBy() {
        return respondBy;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public boolean isEscalated() {
        return escalatedAt != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<AfterSalesStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }
}
