package org.emporium.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A shipping address (收货地址) in an account's address book. */
@Entity
@Table(name = "address")
@NamedQuery(name = "Address.ofAccount",
        query = "SELECT a FROM Address a WHERE a.accountId = :account ORDER BY a.isDefault DESC, a.id")
public class Address {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "recipient", nullable = false, length = 64)
    private String recipient;

    @Column(name = "phone", nullable = false, length = 20)
    private String phone;

    @Column(name = "country", nullable = false, length = 2)
    private String country;

    @Column(name = "province", nullable = false, length = 64)
    private String province;

    @Column(name = "city", nullable = false, length = 64)
    private String city;

    @Column(name = "district", length = 64)
    private String district;

    @Column(name = "line1", nullable = false, length = 255)
    private String line1;

    @Column(name = "postcode", length = 16)
    private String postcode;

    @Column(name = "is_default", nullable = false)
    private boolean isDefault;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Address() {
        // for JPA
    }

    Address(Long accountId, AddressDetails details, Instant createdAt) {
        this.accountId = accountId;
        this.createdAt = createdAt;
        apply(details);
    }

    void apply(AddressDetails d) {
        this.recipient = d.recipient().trim();
        this.phone = d.phone().trim();
        this.country = d.country().trim().toUpperCase(java.util.Locale.ROOT);
        this.province = d.province().trim();
        this.city = d.city().trim();
        this.district = d.district() == null || d.district().isBlank() ? null : d.district().trim();
        this.line1 = d.line1().trim();
        this.postcode = d.postcode() == null || d.postcode().isBlank() ? null : d.postcode().trim();
    }

    void markDefault(boolean value) {
        this.isDefault = value;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
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

    public boolean isDefault() {
        return isDefault;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** One line for lists: province city district line1. */
    public String getSummary() {
        return String.join(" ", province, city, district == null ? "" : district, line1).replaceAll("\\s+", " ");
    }

    public AddressDetails details() {
        return new AddressDetails(recipient, phone, country, province, city, district, line1, postcode, isDefault);
    }
}
