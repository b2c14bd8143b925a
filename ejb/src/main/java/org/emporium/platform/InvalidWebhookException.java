package org.emporium.platform;

import jakarta.ejb.ApplicationException;

/**
 * A webhook (a payment gateway's notification, a carrier's tracking event) the shop must not believe: bad or missing signature (401), stale timestamp or malformed body (400).
 * Nothing changes when one arrives.
 */
@ApplicationException(rollback = true)
public class InvalidWebhookException extends RuntimeException {

    private final String code;
    private final int status;

    public InvalidWebhookException(String code, int status, String message) {
        super(message);
        this.code = code;
        this.status = status;
    }

    public static InvalidWebhookException badSignature(String message) {
        return new InvalidWebhookException("BAD_SIGNATURE", 401, message);
    }

    public static InvalidWebhookException stale(String message) {
        return new InvalidWebhookException("STALE_NOTIFICATION", 400, message);
    }

    public static InvalidWebhookException malformed(String message) {
        return new InvalidWebhookException("MALFORMED_NOTIFICATION", 400, message);
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }
}
