package org.emporium.order;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.TreeSet;
import org.emporium.account.Address;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.Money;

/**
 * An order (订单): what one buyer bought from one merchant in one checkout, with the delivery address and prices as
 * they were at that moment, and its status history. Totals are derived from the lines here, so they always add up:
 * total = items − discounts + shipping + tax. Status moves only through {@link #moveTo}, which follows
 * {@link OrderStatus} and records every step; concurrent moves are settled by the version column (the loser's
 * transaction fails and changes nothing).
 */
@Entity
@Table(name = "shop_order")
@NamedQuery(name = "Order.byNo", query = "SELECT o FROM Order o WHERE o.orderNo = :no")
@NamedQuery(name = "Order.ofCheckout", query = "SELECT o FROM Order o WHERE o.checkoutNo = :checkout ORDER BY o.id")
@NamedQuery(name = "Order.unpaidBefore",
        query = "SELECT o.id FROM Order o WHERE o.status = org.emporium.order.OrderStatus.PENDING_PAYMENT"
                + " AND o.payBy < :now ORDER BY o.payBy")
public class Order {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_no", nullable = false, length = 20, updatable = false)
    private String orderNo;

    @Column(name = "checkout_no", nullable = false, length = 20, updatable = false)
    private String checkoutNo;

    @Column(name = "buyer_id", nullable = false, updatable = false)
    private Long buyerId;

    @Column(name = "merchant_id", nullable = false, updatable = false)
    private Long merchantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OrderStatus status;

    @Column(name = "currency", nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "items_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal itemsTotal;

    @Column(name = "discount_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal discountTotal;

    @Column(name = "shipping_fee", nullable = false, precision = 19, scale = 2)
    private BigDecimal shippingFee;

    /** Freight the platform pays the shop in the buyer's place (平台包邮); not part of what the buyer pays. */
    @Column(name = "platform_freight", nullable = false, precision = 19, scale = 2)
    private BigDecimal platformFreight = BigDecimal.ZERO.setScale(2);

    @Column(name = "tax_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal taxTotal;

    @Column(name = "total", nullable = false, precision = 19, scale = 2)
    private BigDecimal total;

    @Column(name = "shipping_method", nullable = false, length = 16, updatable = false)
    private String shippingMethod;

    @Column(name = "payment_method", nullable = false, length = 32)
    private String paymentMethod;

    @Column(name = "buyer_note", length = 300, updatable = false)
    private String buyerNote;

    @Column(name = "recipient", nullable = false, length = 64, updatable = false)
    private String recipient;

    @Column(name = "phone", nullable = false, length = 30, updatable = false)
    private String phone;

    @Column(name = "country", nullable = false, length = 2, updatable = false)
    private String country;

    @Column(name = "province", nullable = false, length = 64, updatable = false)
    private String province;

    @Column(name = "city", nullable = false, length = 64, updatable = false)
    private String city;

    @Column(name = "district", length = 64, updatable = false)
    private String district;

    @Column(name = "line1", nullable = false, length = 255, updatable = false)
    private String line1;

    @Column(name = "postcode", length = 16, updatable = false)
    private String postcode;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "pay_by", nullable = false, updatable = false)
    private Instant payBy;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "shipped_at")
    private Instant shippedAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = 200)
    private String cancelReason;

    /** How many parcels have left (分批发货): counting them changes the version, which serialises shipments. */
    @Column(name = "parcels", nullable = false)
    private int parcels;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<StatusChange> history = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected Order() {
        // for JPA
    }

    /** A new order awaiting payment until {@code payBy}; add its lines, then nothing about its content changes. */
    public Order(OrderNo orderNo, String checkoutNo, long buyerId, long merchantId, Currency currency,
                 String shippingMethod, Money shippingFee, String paymentMethod, String buyerNote,
                 Address deliverTo, Instant now, Instant payBy) {
        this.orderNo = orderNo.value();
        this.checkoutNo = checkoutNo;
        this.buyerId = buyerId;
        this.merchantId = merchantId;
        this.currency = currency.getCurrencyCode();
        this.shippingMethod = shippingMethod;
        this.shippingFee = shippingFee.amount();
        this.paymentMethod = paymentMethod;
        this.buyerNote = buyerNote;
        this.recipient = deliverTo.getRecipient();
        this.phone = deliverTo.getPhone();
        this.country = deliverTo.getCountry();
        this.province = deliverTo.getProvince();
        this.city = deliverTo.getCity();
        this.district = deliverTo.getDistrict();
        this.line1 = deliverTo.getLine1();
        this.postcode = deliverTo.getPostcode();
        this.createdAt = now;
        this.payBy = payBy;
        this.status = OrderStatus.PENDING_PAYMENT;
        this.history.add(new StatusChange(this, null, OrderStatus.PENDING_PAYMENT, ActorKind.BUYER, buyerId,
                "placed", now));
        recomputeTotals();
    }

    public void addLine(OrderLine.Snapshot sold) {
        if (status != OrderStatus.PENDING_PAYMENT || id != null) {
            throw new IllegalStateException("Lines are added only while the order is being placed");
        }
        lines.add(new OrderLine(this, lines.size() + 1, sold));
        recomputeTotals();
    }

    private void recomputeTotals() {
        Money items = zero();
        Money discounts = zero();
        Money taxes = zero();
        for (OrderLine line : lines) {
            items = items.plus(line.getLineTotal());
            discounts = discounts.plus(line.getDiscount());
            taxes = taxes.plus(line.getTax());
        }
        this.itemsTotal = items.amount();
        this.discountTotal = discounts.amount();
        this.taxTotal = taxes.amount();
        this.total = items.minus(discounts).plus(getShippingFee()).plus(taxes).amount();
    }

    /**
     * Moves the order to {@code next} if its life allows it, recording who, when and why; anything else is an
     * INVALID_STATE refusal that changes nothing.
     */
    public void moveTo(OrderStatus next, ActorKind actorKind, Long actorId, String reason, Instant now) {
        if (!status.canMoveTo(next)) {
            throw new BusinessRuleException("INVALID_STATE",
                    "Order " + orderNo + " is " + status + " and cannot become " + next);
        }
        history.add(new StatusChange(this, status, next, actorKind, actorId, reason, now));
        status = next;
        switch (next) {
            case PAID -> paidAt = now;
            case SHIPPED -> shippedAt = now;
            case DELIVERED -> deliveredAt = now;
            case COMPLETED -> {
                completedAt = now;
                if (deliveredAt == null) {
                    deliveredAt = now; // confirmed before the carrier's delivery event, or collected at the counter
                }
            }
            case CANCELLED -> {
                cancelledAt = now;
                cancelReason = reason;
            }
            default -> {
            }
        }
    }

    /**
     * 发货 / 分批发货: picks the whole lines that leave in the next parcel — the chosen line numbers, or every line
     * still waiting when none are chosen. The order is SHIPPED with its last line; until then it stays PAID and
     * partly shipped. Counting the parcel changes the order's version, so two shipments of one order, or a
     * shipment and a cancellation, never both succeed. Give each returned line its parcel with {@link #packed}.
     */
    public List<OrderLine> dispatch(Collection<Integer> lineNos, ActorKind actorKind, Long actorId, String reason,
                                    Instant now) {
        if (status != OrderStatus.PAID) {
            throw new BusinessRuleException("INVALID_STATE", "Only a paid order that has not shipped can be shipped");
        }
        List<OrderLine> waiting = lines.stream().filter(l -> l.getShipmentId() == null).toList();
        List<OrderLine> parcel = new ArrayList<>();
        if (lineNos == null || lineNos.isEmpty()) {
            parcel.addAll(waiting);
        } else {
            for (int no : new TreeSet<>(lineNos)) {
                OrderLine line = lines.stream().filter(l -> l.getLineNo() == no).findFirst().orElseThrow(
                        () -> new BusinessRuleException("VALIDATION", "Order " + orderNo + " has no line " + no));
                if (line.getShipmentId() != null) {
                    throw new BusinessRuleException("LINE_SHIPPED", "Line " + no + " has already been shipped");
                }
                parcel.add(line);
            }
        }
        if (parcel.isEmpty()) {
            throw new BusinessRuleException("INVALID_STATE", "Every line of order " + orderNo + " has shipped");
        }
        parcels++;
        if (parcel.size() == waiting.size()) {
            moveTo(OrderStatus.SHIPPED, actorKind, actorId, reason, now);
        }
        return parcel;
    }

    /** The lines {@link #dispatch} picked are in the parcel {@code shipmentId}. */
    public void packed(List<OrderLine> parcel, long shipmentId) {
        parcel.forEach(line -> line.packedInto(shipmentId));
    }

    /** Some lines have left and others wait (部分发货): the order is still PAID. */
    public boolean isPartlyShipped() {
        return status == OrderStatus.PAID && parcels > 0;
    }

    public int getParcels() {
        return parcels;
    }

    private Money zero() {
        return Money.zero(Currency.getInstance(currency));
    }

    private Money money(BigDecimal amount) {
        return Money.of(amount, Currency.getInstance(currency));
    }

    public Long getId() {
        return id;
    }

    public OrderNo getOrderNo() {
        return new OrderNo(orderNo);
    }

    public String getNumber() {
        return orderNo;
    }

    public String getCheckoutNo() {
        return checkoutNo;
    }

    public long getBuyerId() {
        return buyerId;
    }

    public long getMerchantId() {
        return merchantId;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public String getCurrencyCode() {
        return currency;
    }

    public Money getItemsTotal() {
        return money(itemsTotal);
    }

    public Money getDiscountTotal() {
        return money(discountTotal);
    }

    public Money getShippingFee() {
        return money(shippingFee);
    }

    public Money getPlatformFreight() {
        return money(platformFreight);
    }

    /** While placing: what the platform pays of this order's freight, which the buyer does not. */
    public void freightPaidByPlatform(Money fee) {
        if (status != OrderStatus.PENDING_PAYMENT || id != null) {
            throw new IllegalStateException("Freight is settled while the order is being placed");
        }
        if (fee.isNegative() || !fee.currency().getCurrencyCode().equals(currency)) {
            throw new IllegalArgumentException("Not a freight of this order: " + fee);
        }
        this.platformFreight = fee.amount();
    }

    public Money getTaxTotal() {
        return money(taxTotal);
    }

    public Money getTotal() {
        return money(total);
    }

    public String getShippingMethod() {
        return shippingMethod;
    }

    public String getPaymentMethod() {
        return paymentMethod;
    }

    public String getBuyerNote() {
        return buyerNote;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getPhone() {
        return phone;
    }

    public String getCountry() {
        return country;
    }

    public String getProvince() {
        return province;
    }

    public String getCity() {
        return city;
    }

    public String getDistrict() {
        return district;
    }

    public String getLine1() {
        return line1;
    }

    public String getPostcode() {
        return postcode;
    }

    /** "浙江省 杭州市 西湖区 文三路 90 号", for slips and pages. */
    public String getAddressLine() {
        return String.join(" ", java.util.stream.Stream.of(province, city, district, line1)
                .filter(s -> s != null && !s.isBlank()).toList());
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPayBy() {
        return payBy;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public Instant getShippedAt() {
        return shippedAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public List<OrderLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    public List<StatusChange> getHistory() {
        return Collections.unmodifiableList(history);
    }

    public int getItemCount() {
        return lines.stream().mapToInt(OrderLine::getQuantity).sum();
    }
}
