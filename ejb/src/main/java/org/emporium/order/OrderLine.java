package org.emporium.order;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.emporium.platform.Money;

/**
 * What was sold, as it was sold: names, option label, picture, unit price, discount and tax are copied at
 * checkout, so later catalog edits never change a placed order.
 */
@Entity
@Table(name = "order_line")
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id", updatable = false)
    private Order order;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(name = "sku_id", nullable = false, updatable = false)
    private Long skuId;

    @Column(name = "product_id", nullable = false, updatable = false)
    private Long productId;

    @Column(name = "category_id", nullable = false, updatable = false)
    private Long categoryId;

    @Column(name = "sku_code", nullable = false, length = 64, updatable = false)
    private String skuCode;

    @Column(name = "product_name", nullable = false, length = 120, updatable = false)
    private String productName;

    @Column(name = "product_name_en", nullable = false, length = 120, updatable = false)
    private String productNameEn;

    @Column(name = "spec_label", nullable = false, length = 300, updatable = false)
    private String specLabel;

    @Column(name = "image_url", length = 512, updatable = false)
    private String imageUrl;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal unitPrice;

    @Column(name = "quantity", nullable = false, updatable = false)
    private int quantity;

    @Column(name = "line_total", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal lineTotal;

    @Column(name = "discount", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal discount;

    /** The discount explained, promotion by promotion (优惠明细), as sold. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_line_discount", joinColumns = @JoinColumn(name = "order_line_id"))
    @OrderColumn(name = "seq")
    private List<Discount> discounts = new ArrayList<>();

    @Column(name = "tax", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal tax;

    @Column(name = "weight_grams", nullable = false, updatable = false)
    private int weightGrams;

    /** The parcel this line left in; null while it waits to be shipped. */
    @Column(name = "shipment_id")
    private Long shipmentId;

    protected OrderLine() {
        // for JPA
    }

    OrderLine(Order order, int lineNo, Snapshot sold) {
        this.order = order;
        this.lineNo = lineNo;
        this.skuId = sold.skuId();
        this.productId = sold.productId();
        this.categoryId = sold.categoryId();
        this.skuCode = sold.skuCode();
        this.productName = sold.productName();
        this.productNameEn = sold.productNameEn();
        this.specLabel = sold.specLabel();
        this.imageUrl = sold.imageUrl();
        this.unitPrice = sold.unitPrice().amount();
        this.quantity = sold.quantity();
        this.lineTotal = sold.unitPrice().times(sold.quantity()).amount();
        this.discount = sold.discount().amount();
        sold.discounts().forEach(d -> discounts.add(d));
        this.tax = sold.tax().amount();
        this.weightGrams = sold.weightGrams();
    }

    /** A line as the checkout priced it. */
    public record Snapshot(long skuId, long productId, long categoryId, String skuCode, String productName,
                           String productNameEn, String specLabel, String imageUrl, Money unitPrice, int quantity,
                           Money discount, List<Discount> discounts, Money tax, int weightGrams) {
    }

    /** One promotion's part in the line's discount, named as it was when sold. */
    @Embeddable
    public static class Discount {
        @Column(name = "promotion_id", nullable = false)
        private long promotionId;

        @Column(name = "kind", nullable = false)
        private String kind;

        @Column(name = "name", nullable = false)
        private String name;

        @Column(name = "name_en", nullable = false)
        private String nameEn;

        @Column(name = "amount", nullable = false, precision = 19, scale = 2)
        private BigDecimal amount;

        /** Paid for by the platform, not the shop: settled to the shop as 平台补贴. */
        @Column(name = "platform_funded", nullable = false)
        private boolean platformFunded;

        protected Discount() {
            // for JPA
        }

        public Discount(long promotionId, String kind, String name, String nameEn, BigDecimal amount,
                        boolean platformFunded) {
            this.promotionId = promotionId;
            this.kind = kind;
            this.name = name;
            this.nameEn = nameEn;
            this.amount = amount;
            this.platformFunded = platformFunded;
        }

        public boolean isPlatformFunded() {
            return platformFunded;
        }

        public long getPromotionId() {
            return promotionId;
        }

        public String getKind() {
            return kind;
        }

        public String getName() {
            return name;
        }

        public String getNameEn() {
            return nameEn;
        }

        public BigDecimal getAmount() {
            return amount;
        }
    }

    /** What the platform pays of this line's discount (its promotions, coupons, member prices and points). */
    public BigDecimal platformFunded() {
        return discounts.stream().filter(Discount::isPlatformFunded).map(Discount::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<Discount> getDiscounts() {
        return List.copyOf(discounts);
    }

    void packedInto(long shipmentId) {
        this.shipmentId = shipmentId;
    }

    public Long getShipmentId() {
        return shipmentId;
    }

    private Money money(BigDecimal amount) {
        return Money.of(amount, Currency.getInstance(order.getCurrencyCode()));
    }

    public Long getId() {
        return id;
    }

    /** The number of the order this line belongs to. */
    public String getOrderNo() {
        return order.getNumber();
    }

    public int getLineNo() {
        return lineNo;
    }

    public long getSkuId() {
        return skuId;
    }

    public long getProductId() {
        return productId;
    }

    public long getCategoryId() {
        return categoryId;
    }

    public String getSkuCode() {
        return skuCode;
    }

    public String getProductName() {
        return productName;
    }

    public String getProductNameEn() {
        return productNameEn;
    }

    public String getSpecLabel() {
        return specLabel;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public Money getUnitPrice() {
        return money(unitPrice);
    }

    public int getQuantity() {
        return quantity;
    }

    public Money getLineTotal() {
        return money(lineTotal);
    }

    public Money getDiscount() {
        return money(discount);
    }

    public Money getTax() {
        return money(tax);
    }

    public int getWeightGrams() {
        return weightGrams;
    }
}
