package org.emporium.platform;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The shop's document numbers (单号) for payments, refunds, after-sales requests and complaints: a letter for the
 * kind, the business day and twelve random digits, e.g. {@code P20261129048213907744} — readable on the phone,
 * sortable by day, not guessable.
 */
public final class DocumentNo {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final SecureRandom RANDOM = new SecureRandom();

    private DocumentNo() {
    }

    public static String next(char kind, LocalDate day) {
        return kind + day.format(DAY) + String.format("%06d%06d", RANDOM.nextInt(1_000_000),
                RANDOM.nextInt(1_000_000));
    }

    /** True if {@code text} is a number of one of the {@code kinds}. */
    public static boolean isValid(String text, String kinds) {
        return text != null && text.length() == 21 && kinds.indexOf(text.charAt(0)) >= 0
                && text.substring(1).chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
