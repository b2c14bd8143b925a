package org.emporium.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A brand (品牌), named in Chinese and English. */
@Entity
@Table(name = "brand")
@NamedQuery(name = "Brand.all", query = "SELECT b FROM Brand b ORDER BY b.nameEn")
@NamedQuery(name = "Brand.byName", query = "SELECT b FROM Brand b WHERE b.name = :name")
public class Brand {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 64)
    private String name;

    @Column(name = "name_en", nullable = false, length = 64)
    private String nameEn;

    protected Brand() {
        // for JPA
    }

    public Brand(String name, String nameEn) {
        this.name = name;
        this.nameEn = nameEn;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }
}
