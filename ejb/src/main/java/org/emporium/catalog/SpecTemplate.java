package org.emporium.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A specification that products of a category usually have, with suggested options (手机: 颜色 [黑, 白], 存储
 * [128GB, 256GB]). The product editor offers a category's templates as the defaults for a new product's
 * specifications; the merchant may change them.
 */
@Entity
@Table(name = "category_spec_template")
@NamedQuery(name = "SpecTemplate.ofCategory",
        query = "SELECT t FROM SpecTemplate t WHERE t.categoryId = :category ORDER BY t.sortOrder, t.id")
public class SpecTemplate implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "category_id", nullable = false, updatable = false)
    private Long categoryId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "name", nullable = false, length = 32)
    private String name;

    @Column(name = "option_list", nullable = false, length = 600)
    private String optionList;

    protected SpecTemplate() {
        // for JPA
    }

    SpecTemplate(long categoryId, int sortOrder, String name, List<String> options) {
        this.categoryId = categoryId;
        this.sortOrder = sortOrder;
        this.name = name;
        this.optionList = String.join(ProductSpec.SEPARATOR, options);
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getName() {
        return name;
    }

    public List<String> getOptions() {
        return optionList.isEmpty() ? List.of() : Arrays.asList(optionList.split("\\" + ProductSpec.SEPARATOR));
    }
}
