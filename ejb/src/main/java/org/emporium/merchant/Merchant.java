package org.emporium.merchant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A shop on the platform (商家), run by one MERCHANT account. Products and orders belong to a merchant. */
@Entity
@Table(name = "merchant")
@NamedQuery(name = "Merchant.byOwner", query = "SELECT m FROM Merchant m WHERE m.ownerId = :owner")
@NamedQuery(name = "Merchant.all", query = "SELECT m FROM Merchant m ORDER BY m.id")
public class Merchant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private Long ownerId;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "name_en", length = 100)
    private String nameEn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Merchant() {
        // for JPA
    }

    public Merchant(long ownerId, String name, String nameEn, Instant createdAt) {
        this.ownerId = ownerId;
        this.name = name;
        this.nameEn = nameEn;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }
}
