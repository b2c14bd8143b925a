package org.emporium.payment;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A payment number (支付单号) or refund number (退款单号): a letter for the kind (P, R), the day and twelve random
 * digits, e.g. {@code P20261129048213907744}. Gateways receive it as the shop's reference.
 */
public record PaymentNo(String value) {

    private static final Pattern FORMAT = Pattern.compile("[PR]\\d{20}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final SecureRandom RANDOM = new SecureRandom();

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
        return new PaymentNo(kind + day.format(DAY) + String.format("%06d%06d", RANDOM.nextInt(1_000_000),
                RANDOM.nextInt(1_000_000)));
    }

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
