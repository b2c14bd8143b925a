package org.emporium.settlement.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.emporium.platform.api.MoneyView;
import org.emporium.settlement.CommissionRate;
import org.emporium.settlement.Settlement;
import org.emporium.settlement.SettlementLine;

/** What the settlement API answers. Amounts are strings with two decimals, in the statement's currency. */
public final class SettlementBody {

    private SettlementBody() {
    }

    public record Line(String kind, String orderNo, Integer lineNo, String refundNo, String description,
                       String amount, String rate, String commission, String net, Instant occurredAt) {
        static Line of(SettlementLine l) {
            return new Line(l.getKind().name(), l.getOrderNo(), l.getLineNo(), l.getRefundNo(), l.getDescription(),
                    l.getAmount().toPlainString(), l.getRate().toPlainString(), l.getCommission().toPlainString(),
                    l.getNet().toPlainString(), l.getOccurredAt());
        }
    }

    public record Statement(String statementNo, long merchantId, LocalDate periodFrom, LocalDate periodTo,
                            String status, MoneyView sales, MoneyView freight, MoneyView refunds,
                            MoneyView commission, MoneyView net, int lineCount, Instant createdAt,
                            Long jobExecutionId, Instant paidOutAt, String payoutReference, List<Line> lines) {
        public static Statement of(Settlement s) {
            return new Statement(s.getStatementNo(), s.getMerchantId(), s.getPeriodFrom(), s.getPeriodTo(),
                    s.getStatus().name(), MoneyView.of(s.getSales()), MoneyView.of(s.getFreight()),
                    MoneyView.of(s.getRefunds()), MoneyView.of(s.getCommission()), MoneyView.of(s.getNet()),
                    s.getLineCount(), s.getCreatedAt(), s.getJobExecutionId(), s.getPaidOutAt(),
                    s.getPayoutReference(), s.getLines().stream().map(Line::of).toList());
        }
    }

    public record Page(List<Statement> items, long total, int page, int size) {
    }

    public record Rate(long id, Long merchantId, Long categoryId, BigDecimal rate, LocalDate effectiveFrom) {
        static Rate of(CommissionRate r) {
            return new Rate(r.getId(), r.getMerchantId(), r.getCategoryId(), r.getRate(), r.getEffectiveFrom());
        }
    }
}
