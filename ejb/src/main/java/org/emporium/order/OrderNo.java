package org.emporium.order;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An order number (订单号) people can read out on the phone: the date it was placed, nine random digits and a Luhn
 * check digit that catches a mistyped digit or two swapped ones, e.g. {@code 20261125 482913077 4} → 18 digits.
 * Uniqueness is the database's unique key; randomness keeps numbers from telling how many orders the shop takes.
 */
public record OrderNo(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{18}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final SecureRandom RANDOM = new SecureRandom();

    public OrderNo {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not an order number: " + value);
        }
    }

    public static OrderNo next(LocalDate day) {
        String body = day.format(DAY) + String.format("%09d", RANDOM.nextInt(1_000_000_000));
        return new OrderNo(body + checkDigit(body));
    }

    /** True for 18 digits whose last is the Luhn check digit of the others. */
    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text).matches()
                && checkDigit(text.substring(0, 17)) == text.charAt(17) - '0';
    }

    static int checkDigit(String digits) {
        int sum = 0;
        boolean twice = true; // the digit next to the check digit is doubled
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
