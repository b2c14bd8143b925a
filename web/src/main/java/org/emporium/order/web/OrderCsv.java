package org.emporium.order.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Orders as CSV for spreadsheets: UTF-8 with a byte order mark, CRLF line ends, RFC 4180 quoting; a cell a
 * spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe (buyers type names and notes).
 */
final class OrderCsv {

    private final StringBuilder text = new StringBuilder("\uFEFF");

    OrderCsv row(List<String> cells) {
        text.append(cells.stream().map(OrderCsv::cell).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.matches("(?s).*[\",\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
