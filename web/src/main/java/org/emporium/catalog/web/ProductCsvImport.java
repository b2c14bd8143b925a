package org.emporium.catalog.web;

import static org.emporium.platform.web.CsvReading.clean;
import static org.emporium.platform.web.CsvReading.decode;
import static org.emporium.platform.web.CsvReading.records;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.emporium.catalog.SkuUpdate;
import org.emporium.platform.web.CsvReading.Record;

/**
 * Reads a product CSV in the export's format ({@link ProductCsv}: a row per SKU; product id, name, English name,
 * status, SKU code, specifications, price, available, original price) back into {@link SkuUpdate}s. Only the
 * product id, SKU code, price, available and original price are read; names, status and specifications are there
 * for people and are ignored. An empty figure leaves it as it is. A row that cannot be read becomes a
 * {@link Problem} with its line number and a bundle key for the reason; such a row is never applied.
 */
final class ProductCsvImport {

    /** Columns, as the export writes them. */
    static final int PRODUCT_ID = 0;
    static final int SKU_CODE = 4;
    static final int PRICE = 6;
    static final int AVAILABLE = 7;
    static final int ORIGINAL_PRICE = 8;

    static final int MAX_ROWS = 5000;

    /** A row that is not applied: its line, the reason's bundle key (admin.products.import.problem.*), a detail. */
    record Problem(int line, String reason, String detail) {
    }

    record Result(List<SkuUpdate> rows, List<Problem> problems) {
    }

    private ProductCsvImport() {
    }

    static Result read(byte[] bytes) {
        List<SkuUpdate> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Record> records = records(decode(bytes));
        boolean first = true;
        for (Record record : records) {
            if (record.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            if (first) {
                first = false;
                if (!isNumber(clean(record.cells().get(0)))) {
                    continue; // the header
                }
            }
            if (rows.size() + problems.size() >= MAX_ROWS) {
                problems.add(new Problem(record.line(), "tooMany", String.valueOf(MAX_ROWS)));
                break;
            }
            try {
                SkuUpdate row = row(record);
                if (!seen.add(row.skuCode())) {
                    throw new Refusal("duplicate", row.skuCode());
                }
                rows.add(row);
            } catch (Refusal r) {
                problems.add(new Problem(record.line(), r.reason, r.detail));
            }
        }
        return new Result(rows, problems);
    }

    private static SkuUpdate row(Record record) {
        List<String> cells = record.cells();
        if (cells.size() <= AVAILABLE) {
            throw new Refusal("columns", String.valueOf(cells.size()));
        }
        String productId = clean(cells.get(PRODUCT_ID));
        if (!productId.matches("[0-9]{1,18}")) {
            throw new Refusal("productId", productId);
        }
        String code = clean(cells.get(SKU_CODE));
        if (code.isEmpty()) {
            throw new Refusal("skuMissing", "");
        }
        BigDecimal price = money(cells.get(PRICE), "price");
        BigDecimal original = cells.size() > ORIGINAL_PRICE ? money(cells.get(ORIGINAL_PRICE), "originalPrice") : null;
        Integer available = null;
        String stock = clean(cells.get(AVAILABLE));
        if (!stock.isEmpty()) {
            if (!stock.matches("-?[0-9]{1,9}")) {
                throw new Refusal("stockNotNumber", stock);
            }
            available = Integer.parseInt(stock);
            if (available < 0) {
                throw new Refusal("stockNegative", stock);
            }
        }
        if (price != null && original != null && original.compareTo(price) < 0) {
            throw new Refusal("originalBelowPrice", original.toPlainString());
        }
        return new SkuUpdate(record.line(), Long.parseLong(productId), code, price, original, available);
    }

    /** A price cell: empty (unchanged), or an amount of at least 0.01 with at most two decimals. */
    private static BigDecimal money(String cell, String what) {
        String text = clean(cell);
        if (text.isEmpty()) {
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new Refusal(what + "NotNumber", text);
        }
        if (amount.signum() < 0) {
            throw new Refusal(what + "Negative", text);
        }
        if (amount.compareTo(new BigDecimal("0.01")) < 0) {
            throw new Refusal(what + "TooLow", text);
        }
        if (amount.stripTrailingZeros().scale() > 2 || amount.precision() - amount.scale() > 15) {
            throw new Refusal(what + "Decimals", text);
        }
        return amount.setScale(2);
    }

    private static boolean isNumber(String text) {
        return text.matches("[0-9]{1,18}");
    }

    /** A row refused while reading it. */
    private static final class Refusal extends RuntimeException {
        final String reason;
        final String detail;

        Refusal(String reason, String detail) {
            super(reason, null, false, false);
            this.reason = reason;
            this.detail = detail;
        }
    }
}
