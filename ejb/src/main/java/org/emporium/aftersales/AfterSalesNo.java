package org.emporium.aftersales;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** An after-sales request's number (售后单号), "S" + the day + 12 random digits: readable, not guessable. */
public record AfterSalesNo(String value) {

    private static final Pattern FORMAT = Pattern.compile("S\\d{20}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final SecureRandom RANDOM = new SecureRandom();

    public AfterSalesNo {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not an after-sales number: " + value);
        }
    }

    public static AfterSalesNo next(LocalDate day) {
        return new AfterSalesNo("S" + day.format(DAY) + String.format("%06d%06d", RANDOM.nextInt(1_000_000),
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
