package org.emporium.platform;

import jakarta.ejb.ApplicationException;

/**
 * A request that breaks a rule of the shop (an email already taken, an order in the wrong state). The API answers
 * it with 409 and its {@link #code()}; pages show the message. Rolls the transaction back: nothing is changed.
 */
@ApplicationException(rollback = true)
public class BusinessRuleException extends RuntimeException {

    private final String code;

    public BusinessRuleException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** Stable machine-readable code, e.g. {@code EMAIL_TAKEN}; also the key of the message in the bundles. */
    public String code() {
        return code;
    }
}
