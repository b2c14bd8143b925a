package org.emporium.payment.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.emporium.payment.JournalEntry;
import org.emporium.payment.PaidOrder;
import org.emporium.payment.Payment;
import org.emporium.payment.Refund;
import org.emporium.platform.api.MoneyView;

/** Payments, refunds and the journal as the API writes them. */
public final class PaymentBody {

    private PaymentBody() {
    }

    public record Part(String orderNo, MoneyView amount, MoneyView refunded) {
        static Part of(PaidOrder o) {
            return new Part(o.getOrderNo(), MoneyView.of(o.getAmount()), MoneyView.of(o.getRefunded()));
        }
    }

    public record Detail(String paymentNo, String status, String method, int installments, MoneyView amount,
                         MoneyView refunded, String payUrl, List<String> orderNos, List<Part> orders,
                         String gatewayTradeNo, Instant createdAt, Instant expiresAt, Instant paidAt,
                         Instant closedAt, String closeReason) {
        public static Detail of(Payment p) {
            return new Detail(p.getPaymentNo(), p.getStatus().name(), p.getMethod(), p.getInstallments(),
                    MoneyView.of(p.getAmount()), MoneyView.of(p.getRefunded()), p.getPayUrl(), p.getOrderNos(),
                    p.getOrders().stream().map(Part::of).toList(), p.getGatewayTradeNo(), p.getCreatedAt(),
                    p.getExpiresAt(), p.getPaidAt(), p.getClosedAt(), p.getCloseReason());
        }
    }

    /** A refund; {@code offline} for cash on delivery, which finance pays back itself (then REQUESTED until). */
    public record RefundView(String refundNo, String paymentNo, String orderNo, MoneyView amount, String status,
                             boolean offline, String reason, String gatewayRefundNo, Instant createdAt,
                             Instant completedAt) {
        public static RefundView of(Refund r) {
            return new RefundView(r.getRefundNo(), r.getPayment().getPaymentNo(), r.getOrderNo(),
                    MoneyView.of(r.getAmount()), r.getStatus().name(), r.isOffline(), r.getReason(),
                    r.getGatewayRefundNo(), r.getCreatedAt(), r.getCompletedAt());
        }
    }

    public record Entry(long id, LocalDate day, String kind, String paymentNo, String refundNo, String orderNos,
                        String method, MoneyView amount, String gatewayReference, Instant bookedAt) {
        public static Entry of(JournalEntry j) {
            return new Entry(j.getId(), j.getBusinessDay(), j.getKind().name(), j.getPaymentNo(), j.getRefundNo(),
                    j.getOrderNos(), j.getMethod(), MoneyView.of(j.getAmount()), j.getGatewayReference(),
                    j.getBookedAt());
        }
    }

    /** A day's journal: its entries, money in, money out and the net. */
    public record Journal(LocalDate from, LocalDate to, List<Entry> items, MoneyView in, MoneyView out,
                          MoneyView net) {
    }

    public record Page<T>(List<T> items, long total, int page, int size) {
    }
}
