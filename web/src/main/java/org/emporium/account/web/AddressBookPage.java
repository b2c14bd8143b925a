package org.emporium.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.List;
import org.emporium.account.Address;
import org.emporium.account.AddressBook;
import org.emporium.account.AddressDetails;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;

/** 收货地址: the signed-in shopper's address book, with one default address. */
@Named
@ViewScoped
public class AddressBookPage implements Serializable {

    @Inject
    transient AddressBook book;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Validator validator;

    private long owner;
    private List<Address> addresses;
    /** The address being edited; null id means a new one. */
    private Long editingId;
    private boolean editing;
    private String recipient;
    private String phone;
    private String country = "CN";
    private String province;
    private String city;
    private String district;
    private String line1;
    private String postcode;
    private boolean isDefault;

    @PostConstruct
    void load() {
        owner = currentUser.getId();
        reload();
    }

    private void reload() {
        addresses = book.list(owner);
    }

    public void startNew() {
        editingId = null;
        recipient = currentUser.getName();
        phone = currentUser.getAccount().getPhone();
        country = "CN";
        province = city = district = line1 = postcode = null;
        isDefault = addresses.isEmpty();
        editing = true;
    }

    public void edit(long id) {
        AddressDetails d = book.get(owner, id).details();
        editingId = id;
        recipient = d.recipient();
        phone = d.phone();
        country = d.country();
        province = d.province();
        city = d.city();
        district = d.district();
        line1 = d.line1();
        postcode = d.postcode();
        isDefault = d.isDefault();
        editing = true;
    }

    public void save() {
        AddressDetails details = new AddressDetails(recipient, phone, country, province, city, district, line1,
                postcode, isDefault);
        if (!Feedback.noViolations(validator.validate(details), "address.")) {
            return;
        }
        try {
            if (editingId == null) {
                book.add(owner, details);
            } else {
                book.update(owner, editingId, details);
            }
            editing = false;
            Feedback.info("address.saved");
        } catch (BusinessRuleException e) {
            Feedback.error(e);
        }
        reload();
    }

    public void cancel() {
        editing = false;
    }

    public void makeDefault(long id) {
        book.setDefault(owner, id);
        reload();
    }

    public void remove(long id) {
        try {
            book.remove(owner, id);
            Feedback.info("address.deleted");
        } catch (NotFoundException e) {
            // already gone (another tab): the list below shows the truth
        }
        reload();
    }

    public List<Address> getAddresses() {
        return addresses;
    }

    public boolean isEditing() {
        return editing;
    }

    public Long getEditingId() {
        return editingId;
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
