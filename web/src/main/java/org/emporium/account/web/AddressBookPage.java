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
    private final AddressForm address = new AddressForm();

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
        address.clear(currentUser.getName(), currentUser.getAccount().getPhone(), addresses.isEmpty());
        editing = true;
    }

    public void edit(long id) {
        address.fill(book.get(owner, id).details());
        editingId = id;
        editing = true;
    }

    public void save() {
        AddressDetails details = address.details();
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

    public AddressForm getAddress() {
        return address;
    }
}
