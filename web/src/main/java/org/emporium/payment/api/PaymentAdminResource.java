package org.emporium.payment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.emporium.payment.JournalEntry;
import org.emporium.payment.PaymentSearch;
import org.emporium.payment.PaymentStatus;
import org.emporium.payment.Payments;
import org.emporium.platform.Money;
import org.emporium.platform.api.MoneyView;
import org.emporium.platform.api.RequestBodies;
import org.emporium.platform.api.QueryParams;

/**
 * Finance's view of the money (FINANCE, ADMIN): payments and refunds with filters, and the transaction journal
 * (交易流水) per business day as JSON or CSV. Refunding an order is {@code POST /admin/orders/{orderNo}/refunds}.
 */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"FINANCE", "ADMIN"})
public class PaymentAdminResource {

    @Inject
    Payments payments;

    @Inject
    RequestBodies bodies;


    @GET
    @Path("payments")
    public PaymentBody.Page<PaymentBody.Detail> payments(@QueryParam("status") String status,
                                                        @QueryParam("method") String method,
                                                        @QueryParam("q") String number,
                                                        @QueryParam("from") String from,
                                                        @QueryParam("to") String to,
                                                        @QueryParam("page") @DefaultValue("0") int page,
                                                        @QueryParam("size") @DefaultValue("20") int size) {
        PaymentSearch search = new PaymentSearch(QueryParams.status(PaymentStatus.class, status), method, number,
                QueryParams.instant(from), QueryParams.instant(to));
        int rows = Math.max(1, Math.min(size, 200));
        return new PaymentBody.Page<>(payments.search(search, Math.max(0, page) * rows, rows).stream()
                .map(PaymentBody.Detail::of).toList(), payments.count(search), Math.max(0, page), rows);
    }

    @GET
    @Path("payments/{paymentNo}")
    public PaymentBody.Detail payment(@PathParam("paymentNo") String paymentNo) {
        return PaymentBody.Detail.of(payments.payment(paymentNo));
    }

    @GET
    @Path("refunds")
    public PaymentBody.Page<PaymentBody.RefundView> refunds(@QueryParam("q") String number,
                                                           @QueryParam("from") String from,
                                                           @QueryParam("to") String to,
                                                           @QueryParam("page") @DefaultValue("0") int page,
                                                           @QueryParam("size") @DefaultValue("20") int size) {
        int rows = Math.max(1, Math.min(size, 200));
        Instant since = QueryParams.instant(from);
        Instant until = QueryParams.instant(to);
        return new PaymentBody.Page<>(payments.refunds(number, since, until, Math.max(0, page) * rows,
                rows).stream().map(PaymentBody.RefundView::of).toList(),
                payments.countRefunds(number, since, until), Math.max(0, page), rows);
    }

    /** The reference of the bank transfer (or receipt) that paid a cash-on-delivery refund back. */
    public static class Payout {
        @NotBlank
        @Size(max = 64)
        public String reference;
    }

    /**
     * 线下退款: finance paid a cash-on-delivery refund back outside any gateway; the refund succeeds and is booked.
     * 409 INVALID_STATE for any other refund, or one recorded already.
     */
    @POST
    @Path("refunds/{refundNo}/paid-out")
    @Consumes(MediaType.APPLICATION_JSON)
    public PaymentBody.RefundView paidOut(@PathParam("refundNo") String refundNo, Payout body) {
        bodies.valid(body);
        return PaymentBody.RefundView.of(payments.paidOut(refundNo, body.reference));
    }

    /** The journal of {@code from} to {@code to} (business days, default today), with money in, out and net. */
    @GET
    @Path("journal")
    public PaymentBody.Journal journal(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate first = QueryParams.day(from, payments.today());
        LocalDate last = QueryParams.day(to, first);
        List<JournalEntry> entries = payments.journal(first, last);
        Money in = Money.zero(Money.BASE_CURRENCY);
        Money out = Money.zero(Money.BASE_CURRENCY);
        for (JournalEntry entry : entries) {
            if (entry.getAmount().isNegative()) {
                out = out.minus(entry.getAmount());
            } else {
                in = in.plus(entry.getAmount());
            }
        }
        return new PaymentBody.Journal(first, last, entries.stream().map(PaymentBody.Entry::of).toList(),
                MoneyView.of(in), MoneyView.of(out), MoneyView.of(in.minus(out)));
    }

    /** The same journal as CSV, for spreadsheets and the accountants' import. */
    @GET
    @Path("journal.csv")
    @Produces("text/csv")
    public Response journalCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate first = QueryParams.day(from, payments.today());
        LocalDate last = QueryParams.day(to, first);
        String csv = JournalCsv.of(payments.journal(first, last));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"journal-" + first + "-" + last + ".csv\"")
                .build();
    }


}
