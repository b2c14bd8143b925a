package org.emporium.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.Money;

/**
 * A stock-keeping unit (库存单位): one combination of a product's specification options, with its own price,
 * stock, weight, barcode and picture. Stock figures change only through the inventory's conditional updates and
 * ledger, never by setting them here.
 */
@Entity
@Table(name = "sku")
@NamedQuery(name = "Sku.byCode", query = "SELECT s FROM Sku s WHERE s.code = :code")
public class Sku {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(name = "code", nullable = false, length = 64, updatable = false)
    private String code;

    /** The chosen option per specification, in specification order: "颜色:红;容量:128GB". */
    @Column(name = "specs", nullable = false, length = 300)
    private String specs;

    @Column(name = "price", nullable = false, precision = 19, scale = 2)
    private BigDecimal price;

    @Column(name = "original_price", precision = 19, scale = 2)
    private BigDecimal originalPrice;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "weight_grams", nullable = false)
    private int weightGrams;

    @Column(name = "length_mm")
    private Integer lengthMm;

    @Column(name = "width_mm")
    private Integer widthMm;

    @Column(name = "height_mm")
    private Integer heightMm;

    @Column(name = "barcode", length = 32)
    private String barcode;

    @Column(name = "image_url", length = 512)
    private String imageUrl;

    @Column(name = "on_hand", nullable = false, insertable = true, updatable = false)
    private int onHand;

    @Column(name = "reserved", nullable = false, insertable = true, updatable = false)
    private int reserved;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version")
    private long version;

    protected Sku() {
        // for JPA
    }

    Sku(Product product, String code, Map<String, String> specs) {
        this.product = product;
        this.code = code;
        this.specs = encode(specs);
    }

    void apply(ProductDraft.SkuDraft draft, Currency currency) {
        this.price = draft.price;
        this.originalPrice = draft.originalPrice;
        this.currency = currency.getCurrencyCode();
        this.weightGrams = draft.weightGrams == null ? 0 : draft.weightGrams;
        this.lengthMm = draft.lengthMm;
        this.widthMm = draft.widthMm;
        this.heightMm = draft.heightMm;
        this.barcode = draft.barcode;
        this.imageUrl = draft.imageUrl;
        this.active = true;
    }

    /** A new price (bulk price change, CSV import); the original price may stay as it was. */
    void reprice(BigDecimal price, BigDecimal originalPrice) {
        if (price == null || price.compareTo(PriceChange.LOWEST) < 0) {
            throw new BusinessRuleException("PRICE_TOO_LOW", "A price is at least 0.01");
        }
        if (originalPrice != null && originalPrice.compareTo(price) < 0) {
            throw new BusinessRuleException("PRICE_ABOVE_ORIGINAL",
                    "SKU " + code + ": the price " + price + " would be above the original price " + originalPrice);
        }
        this.price = price;
        this.originalPrice = originalPrice;
    }

    void deactivate() {
        this.active = false;
    }

    static String encode(Map<String, String> specs) {
        StringBuilder text = new StringBuilder();
        specs.forEach((name, option) -> text.append(text.length() == 0 ? "" : ";").append(name).append(':')
                .append(option));
        return text.toString();
    }

    public Long getId() {
        return id;
    }

    public Product getProduct() {
        return product;
    }

    public String getCode() {
        return code;
    }

    public String getSpecKey() {
        return specs;
    }

    /** The chosen option per specification, in specification order. */
    public Map<String, String> getSpecs() {
        Map<String, String> map = new LinkedHashMap<>();
        if (!specs.isEmpty()) {
            for (String pair : specs.split(";")) {
                int colon = pair.indexOf(':');
                map.put(pair.substring(0, colon), pair.substring(colon + 1));
            }
        }
        return map;
    }

    /** "红 / 128GB", for lists and order lines. */
    public String getSpecLabel() {
        return String.join(" / ", getSpecs().values());
    }

    public Money getPrice() {
        return Money.of(price, Currency.getInstance(currency));
    }

    public Money getOriginalPrice() {
        return originalPrice == null ? null : Money.of(originalPrice, Currency.getInstance(currency));
    }

    public int getWeightGrams() {
        return weightGrams;
    }

    public Integer getLengthMm() {
        return lengthMm;
    }

    public Integer getWidthMm() {
        return widthMm;
    }

    public Integer getHeightMm() {
        return heightMm;
    }

    public String getBarcode() {
        return barcode;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public int getOnHand() {
        return onHand;
    }

    public int getReserved() {
        return reserved;
    }

    /** What can still be sold: on hand minus reserved. */
    public int getAvailable() {
        return onHand - reserved;
    }

    public boolean isActive() {
        return active;
    }
}
