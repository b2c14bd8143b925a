package org.emporium.payment.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.emporium.payment.JournalEntry;
import org.emporium.platform.Money;
import org.junit.jupiter.api.Test;

class JournalCsvTest {

    private static final String HEADER = "business_day,booked_at,kind,payment_no,refund_no,order_nos,method,amount,"
            + "currency,gateway_reference\r\n";

    /** A journal line as the database would give it (the entity's constructor belongs to the payment package). */
    private static JournalEntry entry(JournalEntry.Kind kind, String paymentNo, String refundNo, String orderNos,
                                      String amount, String reference) {
        return new JournalEntry() {
            @Override
            public LocalDate getBusinessDay() {
                return LocalDate.of(2026, 11, 29);
            }

            @Override
            public Instant getBookedAt() {
                return Instant.parse("2026-11-29T02:03:04Z");
            }

            @Override
            public Kind getKind() {
                return kind;
            }

            @Override
            public String getPaymentNo() {
                return paymentNo;
            }

            @Override
            public String getRefundNo() {
                return refundNo;
            }

            @Override
            public String getOrderNos() {
                return orderNos;
            }

            @Override
            public String getMethod() {
                return "sandbox-alipay";
            }

            @Override
            public Money getAmount() {
                return Money.cny(amount);
            }

            @Override
            public String getGatewayReference() {
                return reference;
            }
        };
    }

    @Test
    void startsWithAByteOrderMarkAndTheHeader() {
        assertThat(JournalCsv.of(List.of())).isEqualTo("\uFEFF" + HEADER);
    }

    @Test
    void writesPaymentsAndNegativeRefundsOneRowEach() {
        String csv = JournalCsv.of(List.of(
                entry(JournalEntry.Kind.PAYMENT, "P202611290000000001", null,
                        "202611290000000001,202611290000000002", "299.00", "T1"),
                entry(JournalEntry.Kind.REFUND, "P202611290000000001", "R202611290000000001",
                        "202611290000000002", "-50.00", "RF1")));
        assertThat(csv).isEqualTo("\uFEFF" + HEADER
                + "2026-11-29,2026-11-29T02:03:04Z,PAYMENT,\"P202611290000000001\",,"
                + "\"202611290000000001,202611290000000002\",\"sandbox-alipay\",299.00,CNY,\"T1\"\r\n"
                + "2026-11-29,2026-11-29T02:03:04Z,REFUND,\"P202611290000000001\",\"R202611290000000001\","
                + "\"202611290000000002\",\"sandbox-alipay\",-50.00,CNY,\"RF1\"\r\n");
    }

    @Test
    void neutralisesCellsASpreadsheetWouldRunAsFormulas() {
        String csv = JournalCsv.of(List.of(entry(JournalEntry.Kind.PAYMENT, "P1", null, "1", "1.00",
                "=HYPERLINK(\"http://evil\")")));
        assertThat(csv).endsWith(",\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n");
        assertThat(JournalCsv.cell("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(JournalCsv.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(JournalCsv.cell("-1")).isEqualTo("\"'-1\"");
        assertThat(JournalCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(JournalCsv.cell("支付宝")).isEqualTo("\"支付宝\"");
        assertThat(JournalCsv.cell(null)).isEmpty();
    }
}
