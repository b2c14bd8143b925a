package org.emporium.account.web;

import java.io.Serializable;
import org.emporium.account.AddressDetails;

/**
 * The fields of an address form (收货地址) as a page edits them: the address book's form and the checkout's
 * "new address" dialog bind to one of these ({@code #{page.address.city}}) and validate what {@link #details()}
 * gives.
 */
public class AddressForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String CHINA = "CN";

    private String recipient;
    private String phone;
    private String country = CHINA;
    private String province;
    private String city;
    private String district;
    private String line1;
    private String postcode;
    private boolean isDefault;

    /** An empty form in China, prefilled with who receives (usually the account holder). */
    public void clear(String recipient, String phone, boolean isDefault) {
        this.recipient = recipient;
        this.phone = phone;
        this.country = CHINA;
        this.province = null;
        this.city = null;
        this.district = null;
        this.line1 = null;
        this.postcode = null;
        this.isDefault = isDefault;
    }

    /** The form showing a saved address, for editing it. */
    public void fill(AddressDetails d) {
        recipient = d.recipient();
        phone = d.phone();
        country = d.country();
        province = d.province();
        city = d.city();
        district = d.district();
        line1 = d.line1();
        postcode = d.postcode();
        isDefault = d.isDefault();
    }

    /** What was entered, to validate and save. */
    public AddressDetails details() {
        return new AddressDetails(recipient, phone, country, province, city, district, line1, postcode, isDefault);
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getLine1() {
        return line1;
    }

    public void setLine1(String line1) {
        this.line1 = line1;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public boolean isIsDefault() {
        return isDefault;
    }

    public void setIsDefault(boolean isDefault) {
        this.isDefault = isDefault;
    }
}
