package org.emporium.catalog.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.emporium.catalog.Product;
import org.emporium.catalog.ProductStatus;
import org.emporium.catalog.Sku;

/**
 * A product list as CSV, one row per SKU, for spreadsheets: UTF-8 with a byte order mark (else Excel garbles the
 * Chinese), CRLF line ends, RFC 4180 quoting. Merchants type the names, so a cell that a spreadsheet would run as a
 * formula (=, +, -, @) is written with a leading apostrophe.
 */
final class ProductCsv {

    private final StringBuilder text = new StringBuilder("\uFEFF");
    private final Function<ProductStatus, String> statusText;

    /**
     * Headers: product id, name, English name, status, SKU code, specifications, price, available, original price.
     * {@link ProductCsvImport} reads the same columns back.
     */
    ProductCsv(List<String> headers, Function<ProductStatus, String> statusText) {
        this.statusText = statusText;
        row(headers);
    }

    ProductCsv add(Sku sku) {
        Product product = sku.getProduct();
        row(List.of(String.valueOf(product.getId()), product.getName(), product.getNameEn(),
                statusText.apply(product.getStatus()), sku.getCode(), sku.getSpecKey(),
                sku.getPrice().amountText(), String.valueOf(sku.getAvailable()),
                sku.getOriginalPrice() == null ? "" : sku.getOriginalPrice().amountText()));
        return this;
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void row(List<String> cells) {
        text.append(cells.stream().map(ProductCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.matches("(?s).*[\",\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
