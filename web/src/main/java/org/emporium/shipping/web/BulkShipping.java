package org.emporium.shipping.web;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.CsvReading;
import org.emporium.shipping.Shipments;

/**
 * 批量发货: ships the orders of a CSV — one row per order: order number, tracking number (empty: the carrier assigns
 * one), and optionally the carrier (else the one chosen for the whole file). Each row ships in its own transaction:
 * good rows are applied, bad rows are reported with their line and why, and nothing else changes.
 */
@ApplicationScoped
public class BulkShipping {

    /** At most this many rows in one file. */
    public static final int MAX_ROWS = 2000;

    @Inject
    Shipments shipments;

    public record Refused(int line, String orderNo, String error, String message) {
    }

    public record Result(List<String> shipped, List<Refused> refused) {
    }

    /**
     * @param merchantScope the caller's shop (null: staff, any shop)
     * @param carrier       the carrier of rows that name none
     */
    public Result ship(Long merchantScope, String carrier, byte[] csv, long actorId, String shopUrl) {
        List<String> shipped = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<CsvReading.Record> records = CsvReading.records(CsvReading.decode(csv));
        if (records.size() > MAX_ROWS + 1) {
            refused.add(new Refused(MAX_ROWS + 2, "", "TOO_MANY_ROWS", "At most " + MAX_ROWS + " rows in one file"));
            return new Result(shipped, refused);
        }
        for (CsvReading.Record record : records) {
            List<String> cells = record.cells();
            String orderNo = cells.isEmpty() ? "" : CsvReading.clean(cells.get(0)).replace("'", "");
            if (orderNo.isEmpty() || (record.line() == 1 && !orderNo.matches("\\d+"))) {
                continue; // blank line, or the header
            }
            String tracking = cells.size() > 1 ? CsvReading.clean(cells.get(1)) : "";
            String rowCarrier = cells.size() > 2 && !CsvReading.clean(cells.get(2)).isEmpty()
                    ? CsvReading.clean(cells.get(2)) : carrier;
            if (!seen.add(orderNo)) {
                refused.add(new Refused(record.line(), orderNo, "DUPLICATE_ROW", "The order is listed twice"));
                continue;
            }
            if (rowCarrier == null || rowCarrier.isBlank()) {
                refused.add(new Refused(record.line(), orderNo, "VALIDATION", "No carrier for this row"));
                continue;
            }
            try {
                shipments.ship(merchantScope, orderNo, rowCarrier, tracking.isEmpty() ? null : tracking, null, actorId,
                        shopUrl);
                shipped.add(orderNo);
            } catch (NotFoundException e) {
                refused.add(new Refused(record.line(), orderNo, "NOT_FOUND", "No such order"));
            } catch (BusinessRuleException e) {
                refused.add(new Refused(record.line(), orderNo, e.code(), e.getMessage()));
            } catch (EJBException e) {
                refused.add(new Refused(record.line(), orderNo, "CONFLICT",
                        "Changed meanwhile, or the tracking number is taken"));
            }
        }
        return new Result(shipped, refused);
    }
}
