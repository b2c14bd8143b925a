package org.emporium.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** One specification of a product (规格, e.g. 颜色) with its options in display order (红, 蓝, 黑). */
@Entity
@Table(name = "product_spec")
public class ProductSpec {

    /** Separates options in the column; refused inside option names. */
    static final String SEPARATOR = "|";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "name", nullable = false, length = 32)
    private String name;

    @Column(name = "option_list", nullable = false, length = 600)
    private String optionList;

    protected ProductSpec() {
        // for JPA
    }

    ProductSpec(Product product, int sortOrder, String name, List<String> options) {
        this.product = product;
        this.sortOrder = sortOrder;
        this.name = name;
        this.optionList = String.join(SEPARATOR, options);
    }

    public String getName() {
        return name;
    }

    public List<String> getOptions() {
        return Arrays.asList(optionList.split("\\" + SEPARATOR));
    }

    /** "红 / 蓝 / 黑", for the specifications table. */
    public String getOptionsText() {
        return String.join(" / ", getOptions());
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
