package org.emporium.account;

public enum Gender {
    FEMALE, MALE, UNDISCLOSED
}
