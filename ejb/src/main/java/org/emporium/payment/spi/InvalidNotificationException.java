package org.emporium.payment.spi;

import jakarta.ejb.ApplicationException;

/**
 * A notification the shop must not believe: bad or missing signature (401), stale timestamp or malformed body (400).
 * Nothing changes when one arrives.
 */
@ApplicationException(rollback = true)
public class InvalidNotificationException extends RuntimeException {

    private final String code;
    private final int status;

    public InvalidNotificationException(String code, int status, String message) {
        super(message);
        this.code = code;
        this.status = status;
    }

    public static InvalidNotificationException badSignature(String message) {
        return new InvalidNotificationException("BAD_SIGNATURE", 401, message);
    }

    public static InvalidNotificationException stale(String message) {
        return new InvalidNotificationException("STALE_NOTIFICATION", 400, message);
    }

    public static InvalidNotificationException malformed(String message) {
        return new InvalidNotificationException("MALFORMED_NOTIFICATION", 400, message);
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }
}
