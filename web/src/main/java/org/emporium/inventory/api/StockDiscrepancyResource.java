package org.emporium.inventory.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.emporium.inventory.StockDiscrepancy;
import org.emporium.inventory.StockReconciliation;
import org.emporium.platform.batch.BatchJobs;

/** What a stock reconciliation run found (库存差异报告): ADMIN and FINANCE. */
@Path("admin/stock-discrepancies")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "FINANCE"})
public class StockDiscrepancyResource {

    @Inject
    StockReconciliation reconciliation;

    @Inject
    BatchJobs jobs;

    public record Line(long id, long skuId, String kind, int expected, int actual, int difference,
                       String likelyCause, boolean corrected, Long movementId) {
        static Line of(StockDiscrepancy d) {
            return new Line(d.getId(), d.getSkuId(), d.getKind().name(), d.getExpected(), d.getActual(),
                    d.getDifference(), d.getLikelyCause(), d.isCorrected(), d.getMovementId());
        }
    }

    public record Report(long runId, List<Line> items, long total, int page, int size) {
    }

    /**
     * The report of the run an execution belongs to (a restart continues its run); without {@code executionId},
     * the latest run that found anything.
     */
    @GET
    public Report report(@QueryParam("executionId") Long executionId,
                         @QueryParam("page") @DefaultValue("0") int page,
                         @QueryParam("size") @DefaultValue("100") int size) {
        long run = executionId == null ? reconciliation.latestRun() : jobs.instanceOf(executionId);
        int rows = Math.max(1, Math.min(size, 500));
        return new Report(run, reconciliation.discrepancies(run, Math.max(0, page) * rows, rows).stream()
                .map(Line::of).toList(), reconciliation.countDiscrepancies(run), Math.max(0, page), rows);
    }
}
