package org.emporium.platform.api;

import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The API's query-parameter filters read one way everywhere: empty means "any"; anything unreadable is a 400 with
 * a sentence saying what was expected, never a silent "no filter".
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** A status filter, case-insensitive: {@code ?status=paid}. */
    public static <E extends Enum<E>> E status(Class<E> statuses, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(statuses, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unknown status '" + text + "'");
        }
    }

    /** An ISO-8601 instant: {@code ?from=2026-11-25T00:00:00Z}. */
    public static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("Times are ISO-8601 instants, e.g. 2026-11-25T00:00:00Z");
        }
    }

    /** A business day: {@code ?from=2026-11-29}; {@code otherwise} when empty. */
    public static LocalDate day(String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("Days are written 2026-11-29");
        }
    }
}
