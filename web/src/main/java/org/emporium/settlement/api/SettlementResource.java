package org.emporium.settlement.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.emporium.order.web.StaffScope;
import org.emporium.platform.api.QueryParams;
import org.emporium.platform.api.RequestBodies;
import org.emporium.settlement.SettlementStatus;
import org.emporium.settlement.Settlements;

/**
 * Settlement statements (结算单) as the {@code merchant-settlement} job wrote them: finance (FINANCE, ADMIN) sees
 * every merchant's and records payouts; a merchant sees only its own. Commission rates are finance's.
 */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"FINANCE", "ADMIN", "MERCHANT"})
public class SettlementResource {

    @Inject
    Settlements settlements;

    @Inject
    StaffScope scope;

    @Inject
    RequestBodies bodies;

    @Context
    SecurityContext security;

    /**
     * Statements with their lines, newest period first. {@code period} is a day (2026-11-28) or a month (2026-11):
     * the statements overlapping it.
     */
    @GET
    @Path("settlements")
    public SettlementBody.Page search(@QueryParam("merchantId") Long merchantId,
                                      @QueryParam("period") String period,
                                      @QueryParam("status") String status,
                                      @QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("size") @DefaultValue("20") int size) {
        LocalDate[] days = days(period);
        SettlementStatus wanted = QueryParams.status(SettlementStatus.class, status);
        int rows = Math.max(1, Math.min(size, 100));
        Long merchantScope = scope.orders();
        return new SettlementBody.Page(settlements.search(merchantScope, merchantId, days[0], days[1], wanted,
                Math.max(0, page) * rows, rows).stream().map(SettlementBody.Statement::of).toList(),
                settlements.count(merchantScope, merchantId, days[0], days[1], wanted), Math.max(0, page), rows);
    }

    @GET
    @Path("settlements/{statementNo}")
    public SettlementBody.Statement statement(@PathParam("statementNo") String statementNo) {
        return SettlementBody.Statement.of(settlements.statement(scope.orders(), statementNo));
    }

    /** One statement as CSV: its lines, then the totals — for the merchant's and finance's spreadsheets. */
    @GET
    @Path("settlements/{statementNo}.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("statementNo") String statementNo) {
        SettlementBody.Statement s = statement(statementNo);
        StringBuilder csv = new StringBuilder("\uFEFFstatement,kind,order,line,refund,description,amount,rate,"
                + "commission,net\n");
        for (SettlementBody.Line l : s.lines()) {
            csv.append(String.join(",", s.statementNo(), l.kind(), l.orderNo(),
                    l.lineNo() == null ? "" : l.lineNo().toString(), l.refundNo() == null ? "" : l.refundNo(),
                    quoted(l.description()), l.amount(), l.rate(), l.commission(), l.net())).append('\n');
        }
        BigDecimal gross = new BigDecimal(s.sales().amount()).add(new BigDecimal(s.freight().amount()))
                .add(new BigDecimal(s.refunds().amount()));
        csv.append(String.join(",", s.statementNo(), "TOTAL", "", "", "", quoted(s.periodFrom() + " – "
                + s.periodTo()), gross.toPlainString(), "", s.commission().amount(), s.net().amount()))
                .append('\n');
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"settlement-" + s.statementNo() + ".csv\"").build();
    }

    /** The reference of the bank transfer that paid a statement's net. */
    public static class Payout {
        @NotBlank
        @Size(max = 64)
        public String reference;
    }

    /** Finance paid the merchant: the statement is PAID_OUT; a second recording is 409 INVALID_STATE. */
    @POST
    @Path("settlements/{statementNo}/paid-out")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"FINANCE", "ADMIN"})
    public SettlementBody.Statement paidOut(@PathParam("statementNo") String statementNo, Payout body) {
        bodies.valid(body);
        return SettlementBody.Statement.of(settlements.paidOut(statementNo, body.reference.trim(),
                Long.parseLong(security.getUserPrincipal().getName())));
    }

    @GET
    @Path("commission-rates")
    @RolesAllowed({"FINANCE", "ADMIN"})
    public List<SettlementBody.Rate> rates() {
        return settlements.rates().stream().map(SettlementBody.Rate::of).toList();
    }

    /** A commission rate from a day on: for a category (and below), a merchant, both, or neither (standard). */
    public static class NewRate {
        public Long merchantId;
        public Long categoryId;

        @NotNull
        @DecimalMin("0")
        @DecimalMax(value = "1", inclusive = false)
        public BigDecimal rate;

        @NotNull
        public LocalDate effectiveFrom;
    }

    @POST
    @Path("commission-rates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"FINANCE", "ADMIN"})
    public Response addRate(NewRate body) {
        bodies.valid(body);
        return Response.status(Response.Status.CREATED).entity(SettlementBody.Rate.of(settlements.addRate(
                body.merchantId, body.categoryId, body.rate, body.effectiveFrom))).build();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /** A day, or a month's first and last day; none: no bounds. */
    private static LocalDate[] days(String period) {
        if (period == null || period.isBlank()) {
            return new LocalDate[] {null, null};
        }
        try {
            if (period.trim().length() == 7) {
                YearMonth month = YearMonth.parse(period.trim());
                return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
            }
            LocalDate day = LocalDate.parse(period.trim());
            return new LocalDate[] {day, day};
        } catch (DateTimeParseException e) {
            throw new BadRequestException("A period is a day (2026-11-28) or a month (2026-11)");
        }
    }
}
