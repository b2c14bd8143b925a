package org.emporium.payment.api;

import java.util.List;
import org.emporium.payment.JournalEntry;

/**
 * The transaction journal as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Chinese correctly).
 * Every text cell is quoted, and one that a spreadsheet would run as a formula is neutralised.
 */
public final class JournalCsv {

    private JournalCsv() {
    }

    public static String of(List<JournalEntry> entries) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("business_day,booked_at,kind,payment_no,refund_no,order_nos,method,amount,currency,"
                + "gateway_reference\r\n");
        for (JournalEntry e : entries) {
            csv.append(e.getBusinessDay()).append(',')
                    .append(e.getBookedAt()).append(',')
                    .append(e.getKind().name()).append(',')
                    .append(cell(e.getPaymentNo())).append(',')
                    .append(cell(e.getRefundNo())).append(',')
                    .append(cell(e.getOrderNos())).append(',')
                    .append(cell(e.getMethod())).append(',')
                    .append(e.getAmount().amountText()).append(',')
                    .append(e.getAmount().currency().getCurrencyCode()).append(',')
                    .append(cell(e.getGatewayReference())).append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String text) {
        if (text == null) {
            return "";
        }
        String value = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
