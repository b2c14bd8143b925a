package org.emporium.payment;

import java.time.Instant;

/** The back office's payment and refund filters; null means "any". {@code number} matches payment or order no. */
public record PaymentSearch(PaymentStatus status, String method, String number, Instant from, Instant to) {

    public static PaymentSearch any() {
        return new PaymentSearch(null, null, null, null, null);
    }
}
