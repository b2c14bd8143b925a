package org.emporium.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A brand (品牌), named in Chinese and English, with an optional logo. Serializable for the catalog cache. */
@Entity
@Table(name = "brand")
@NamedQuery(name = "Brand.all", query = "SELECT b FROM Brand b ORDER BY b.nameEn")
@NamedQuery(name = "Brand.byName", query = "SELECT b FROM Brand b WHERE b.name = :name")
public class Brand implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 64)
    private String name;

    @Column(name = "name_en", nullable = false, length = 64)
    private String nameEn;

    @Column(name = "logo_url", length = 300)
    private String logoUrl;

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

    public String getLogoUrl() {
        return logoUrl;
    }

    void edit(String name, String nameEn, String logoUrl) {
        this.name = name;
        this.nameEn = nameEn;
        this.logoUrl = logoUrl;
    }
}
