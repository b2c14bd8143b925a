package org.emporium.payment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.emporium.payment.JournalEntry;
import org.emporium.payment.Payments;
import org.emporium.payment.api.JournalCsv;
import org.emporium.platform.Money;
import org.emporium.platform.web.Feedback;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * 交易流水 (FINANCE, ADMIN): the journal of a range of business days (default today) — every payment, cash
 * collected on delivery and refund as booked — with money in, money out and the net, and the same range as CSV.
 */
@Named
@ViewScoped
public class JournalPage implements Serializable {

    /** At most this many days in one view (a quarter), so a mistyped year cannot load the whole history. */
    static final int MAX_DAYS = 92;

    @Inject
    transient Payments payments;

    /** The days typed into the form. */
    private LocalDate from;
    private LocalDate to;
    /** The days the table and the totals show (today until another valid range is chosen). */
    private LocalDate shownFrom;
    private LocalDate shownTo;
    private transient List<JournalEntry> entries;
    private transient Totals totals;

    /** Money in (payments, cash collected), money out (refunds, as a positive amount) and in minus out. */
    public record Totals(Money in, Money out, Money net) {

        static Totals of(List<JournalEntry> entries) {
            Money in = Money.zero(Money.BASE_CURRENCY);
            Money out = Money.zero(Money.BASE_CURRENCY);
            for (JournalEntry entry : entries) {
                if (entry.getAmount().isNegative()) {
                    out = out.minus(entry.getAmount());
                } else {
                    in = in.plus(entry.getAmount());
                }
            }
            return new Totals(in, out, in.minus(out));
        }
    }

    /** Shows the days chosen in the form, if they make a valid range. */
    public void search() {
        if (choose()) {
            entries = null;
            totals = null;
        }
    }

    /** Takes the form's days as the shown range; false (with a message) if they make no valid range. */
    private boolean choose() {
        if (from == null || to == null) {
            Feedback.error("journal.range.required");
            return false;
        }
        if (to.isBefore(from)) {
            Feedback.error("journal.range.reversed");
            return false;
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            Feedback.error("journal.range.tooLong", MAX_DAYS);
            return false;
        }
        shownFrom = from;
        shownTo = to;
        return true;
    }

    /** Today in the shop's time zone, the first time the page needs a day. */
    private void defaults() {
        if (shownFrom == null || shownTo == null) {
            LocalDate today = payments.today();
            shownFrom = today;
            shownTo = today;
            if (from == null && to == null) {
                from = today;
                to = today;
            }
        }
    }

    public List<JournalEntry> getEntries() {
        if (entries == null) {
            defaults();
            entries = payments.journal(shownFrom, shownTo);
        }
        return entries;
    }

    public Totals getTotals() {
        if (totals == null) {
            totals = Totals.of(getEntries());
        }
        return totals;
    }

    /**
     * The journal of the days in the form (or, if they make no valid range, of the days shown) as CSV, in
     * JournalCsv's format (the accountants' import), named journal-FROM-TO.csv.
     */
    public StreamedContent getCsv() {
        defaults();
        if (choose()) {
            entries = null;
            totals = null;
        }
        byte[] bytes = JournalCsv.of(payments.journal(shownFrom, shownTo)).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("journal-" + shownFrom + "-" + shownTo + ".csv")
                .contentType("text/csv; charset=UTF-8").contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public LocalDate getShownFrom() {
        defaults();
        return shownFrom;
    }

    public LocalDate getShownTo() {
        defaults();
        return shownTo;
    }

    /** An amount with its sign in front: "¥199.00", a refund "-¥50.00". */
    public String signed(Money amount) {
        return amount.isNegative() ? "-¥" + amount.amount().negate().toPlainString() : "¥" + amount.amountText();
    }

    /** A payment method's name (payment.method.CODE), else its code. */
    public String methodText(String code) {
        if (code == null) {
            return "";
        }
        String key = "payment.method." + code;
        String text = Feedback.text(key);
        return key.equals(text) ? code : text;
    }

    public LocalDate getFrom() {
        defaults();
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        defaults();
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
