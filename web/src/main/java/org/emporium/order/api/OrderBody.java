package org.emporium.order.api;

import java.time.Instant;
import java.util.List;
import org.emporium.order.Order;
import org.emporium.order.OrderLine;
import org.emporium.order.StatusChange;
import org.emporium.shipping.Shipment;
import org.emporium.platform.api.MoneyView;

/** Orders as the API writes them: a summary for lists, the detail with lines, totals and status history. */
public final class OrderBody {

    private OrderBody() {
    }

    public record Summary(String orderNo, String checkoutNo, String status, long merchantId, MoneyView total,
                          int itemCount, Instant createdAt, Instant payBy, String firstItem, String image) {
        public static Summary of(Order o) {
            OrderLine first = o.getLines().isEmpty() ? null : o.getLines().get(0);
            return new Summary(o.getNumber(), o.getCheckoutNo(), o.getStatus().name(), o.getMerchantId(),
                    MoneyView.of(o.getTotal()), o.getItemCount(), o.getCreatedAt(), o.getPayBy(),
                    first == null ? null : first.getProductName(), first == null ? null : first.getImageUrl());
        }
    }

    public record Line(int lineNo, long skuId, long productId, String skuCode, String name, String nameEn,
                       String specs, String image, MoneyView unitPrice, int quantity, MoneyView lineTotal,
                       MoneyView discount, List<Discount> discounts, MoneyView tax) {
        static Line of(OrderLine l) {
            String currency = l.getUnitPrice().currency().getCurrencyCode();
            return new Line(l.getLineNo(), l.getSkuId(), l.getProductId(), l.getSkuCode(), l.getProductName(),
                    l.getProductNameEn(), l.getSpecLabel(), l.getImageUrl(), MoneyView.of(l.getUnitPrice()),
                    l.getQuantity(), MoneyView.of(l.getLineTotal()), MoneyView.of(l.getDiscount()),
                    l.getDiscounts().stream().map(d -> new Discount(d.getPromotionId(), d.getKind(), d.getName(),
                            d.getNameEn(), new MoneyView(d.getAmount().toPlainString(), currency))).toList(),
                    MoneyView.of(l.getTax()));
        }
    }

    /** One promotion's part in a line's discount, as sold (优惠明细). */
    public record Discount(long promotionId, String kind, String name, String nameEn, MoneyView amount) {
    }

    public record Step(String from, String to, String actor, Instant at, String reason) {
        static Step of(StatusChange c) {
            return new Step(c.getFrom() == null ? null : c.getFrom().name(), c.getTo().name(),
                    c.getActorKind().name(), c.getChangedAt(), c.getReason());
        }
    }

    public record Address(String recipient, String phone, String country, String province, String city,
                          String district, String line1, String postcode) {
    }

    public record Detail(String orderNo, String checkoutNo, String status, long merchantId, long buyerId,
                         List<Line> lines, MoneyView itemsTotal, MoneyView discountTotal, MoneyView shipping,
                         MoneyView tax, MoneyView total, String shippingMethod, String paymentMethod, String note,
                         Address address, Instant createdAt, Instant payBy, Instant paidAt, Instant shippedAt,
                         Instant completedAt, Instant cancelledAt, String cancelReason, List<Step> history,
                         List<Parcel> shipments, boolean partlyShipped) {
        public static Detail of(Order o) {
            return of(o, List.of());
        }

        public static Detail of(Order o, List<Shipment> shipments) {
            return new Detail(o.getNumber(), o.getCheckoutNo(), o.getStatus().name(), o.getMerchantId(),
                    o.getBuyerId(), o.getLines().stream().map(Line::of).toList(), MoneyView.of(o.getItemsTotal()),
                    MoneyView.of(o.getDiscountTotal()), MoneyView.of(o.getShippingFee()),
                    MoneyView.of(o.getTaxTotal()), MoneyView.of(o.getTotal()), o.getShippingMethod(),
                    o.getPaymentMethod(), o.getBuyerNote(),
                    new Address(o.getRecipient(), o.getPhone(), o.getCountry(), o.getProvince(), o.getCity(),
                            o.getDistrict(), o.getLine1(), o.getPostcode()),
                    o.getCreatedAt(), o.getPayBy(), o.getPaidAt(), o.getShippedAt(), o.getCompletedAt(),
                    o.getCancelledAt(), o.getCancelReason(), o.getHistory().stream().map(Step::of).toList(),
                    shipments.stream().map(s -> Parcel.of(s, o)).toList(), o.isPartlyShipped());
        }
    }

    /** One tracking event (物流轨迹) as the carrier reported it. */
    public record Track(String code, String city, String description, Instant at) {
    }

    /** A shipment: the order lines it carries and its tracking timeline, oldest event first. */
    public record Parcel(String carrier, String trackingNo, String status, List<Integer> lineNos, Instant shippedAt,
                         Instant deliveredAt, List<Track> events) {
        static Parcel of(Shipment s, Order o) {
            return new Parcel(s.getCarrier(), s.getTrackingNo(), s.getStatus().name(), o.getLines().stream()
                    .filter(l -> s.getId().equals(l.getShipmentId())).map(OrderLine::getLineNo).toList(),
                    s.getShippedAt(), s.getDeliveredAt(), s.getEvents().stream().map(e -> new Track(e.getCode(),
                    e.getCity(), e.getDescription(), e.getOccurredAt())).toList());
        }
    }

    public record Page<T>(List<T> items, long total, int page, int size) {
    }

    /** What {@code POST /orders} answers: the checkout and its orders, one per merchant. */
    public record Placed(String checkoutNo, List<Summary> orders) {
    }
}
