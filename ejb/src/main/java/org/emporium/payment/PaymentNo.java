package org.emporium.payment;

import java.time.LocalDate;
import java.util.Objects;
import org.emporium.platform.DocumentNo;

/**
 * A payment number (支付单号) or refund number (退款单号): a letter for the kind (P, R), the day and twelve random
 * digits, e.g. {@code P20261129048213907744}. Gateways receive it as the shop's reference.
 */
public record PaymentNo(String value) {

    public PaymentNo {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a payment or refund number: " + value);
        }
    }

    public static PaymentNo nextPayment(LocalDate day) {
        return next('P', day);
    }

    public static PaymentNo nextRefund(LocalDate day) {
        return next('R', day);
    }

    private static PaymentNo next(char kind, LocalDate day) {
        return new PaymentNo(DocumentNo.next(kind, day));
    }

    public static boolean isValid(String text) {
        return DocumentNo.isValid(text, "PR");
    }

    @Override
    public String toString() {
        return value;
    }
}
