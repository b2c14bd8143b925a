package org.emporium.aftersales;

import java.time.LocalDate;
import org.emporium.platform.DocumentNo;

/** An after-sales request's number (售后单号), "S" + the day + 12 random digits: readable, not guessable. */
public record AfterSalesNo(String value) {

    public AfterSalesNo {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not an after-sales number: " + value);
        }
    }

    public static AfterSalesNo next(LocalDate day) {
        return new AfterSalesNo(DocumentNo.next('S', day));
    }

    public static boolean isValid(String text) {
        return DocumentNo.isValid(text, "S");
    }

    @Override
    public String toString() {
        return value;
    }
}
