package org.emporium.account;

/** What a person may do in the shop. Staff roles open the back office at /admin. */
public enum Role {
    CUSTOMER, MERCHANT, ADMIN, FINANCE, SERVICE;

    public static final String[] STAFF = {"MERCHANT", "ADMIN", "FINANCE", "SERVICE"};

    public boolean isStaff() {
        return this != CUSTOMER;
    }
}
