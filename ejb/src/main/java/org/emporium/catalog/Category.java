package org.emporium.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A node of the category tree (类目), named in Chinese and English, with a PrimeIcons icon and its place among its
 * siblings. A hidden category stays in the tree (its products keep it) but is left out of the storefront's
 * navigation. Serializable: the category tree is kept in the catalog cache.
 */
@Entity
@Table(name = "category")
@NamedQuery(name = "Category.all", query = "SELECT c FROM Category c ORDER BY c.sortOrder, c.id")
@NamedQuery(name = "Category.bySlug", query = "SELECT c FROM Category c WHERE c.slug = :slug")
public class Category implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "name", nullable = false, length = 64)
    private String name;

    @Column(name = "name_en", nullable = false, length = 64)
    private String nameEn;

    @Column(name = "slug", nullable = false, length = 80)
    private String slug;

    @Column(name = "icon", length = 64)
    private String icon;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "hidden", nullable = false)
    private boolean hidden;

    protected Category() {
        // for JPA
    }

    public Category(Long parentId, String name, String nameEn, String slug, String icon, int sortOrder) {
        this.parentId = parentId;
        this.name = name;
        this.nameEn = nameEn;
        this.slug = slug;
        this.icon = icon;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getSlug() {
        return slug;
    }

    public String getIcon() {
        return icon;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isHidden() {
        return hidden;
    }

    void rename(String name, String nameEn, String slug, String icon) {
        this.name = name;
        this.nameEn = nameEn;
        this.slug = slug;
        this.icon = icon;
    }

    void placeUnder(Long parentId, int sortOrder) {
        this.parentId = parentId;
        this.sortOrder = sortOrder;
    }

    void setHidden(boolean hidden) {
        this.hidden = hidden;
    }
}
