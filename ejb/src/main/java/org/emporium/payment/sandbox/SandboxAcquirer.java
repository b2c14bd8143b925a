package org.emporium.payment.sandbox;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.payment.spi.PaymentGateway;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.Money;
import org.emporium.platform.NotFoundException;

/**
 * The sandbox gateway itself — a stand-in for Alipay, WeChat Pay or a card acquirer, kept apart from the shop's
 * domain like Cargo Tracker's "pathfinder": it keeps its own books ({@link SandboxTrade}), shows the payer its own
 * page, and tells the shop what happened only by signed HTTP notifications ({@link SandboxNotifier}) and by
 * answering queries. The shop talks to it only through {@link SandboxGateway}.
 *
 * <p>Card test numbers, as acquirers' sandboxes have them: any number passing the Luhn check pays, except
 * 4000 0000 0000 0002, which the "issuer" declines.
 */
@Stateless
public class SandboxAcquirer {

    static final String DECLINED_CARD = "4000000000000002";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** How long after the payer acts the first notification goes out (a real gateway is seldom instant). */
    @Inject
    @ConfigProperty(name = "EMPORIUM_SANDBOX_NOTIFY_DELAY", defaultValue = "PT0S")
    String notifyDelay;

    /** How many times each notification is delivered: more than 1 exercises the shop's duplicate handling. */
    @Inject
    @ConfigProperty(name = "EMPORIUM_SANDBOX_NOTIFY_COPIES", defaultValue = "1")
    int notifyCopies;

    public SandboxTrade open(PaymentGateway.TradeRequest request) {
        SandboxTrade existing = byRef(request.paymentNo());
        if (existing != null) {
            if (!existing.getAmount().equals(request.amount())) {
                throw new IllegalStateException("Trade " + request.paymentNo() + " exists with another amount");
            }
            return existing;
        }
        SandboxTrade trade = new SandboxTrade(nextTradeNo(), request.paymentNo(), request.method(),
                request.subject(), request.amount(), request.installments(), request.notifyUrl(),
                request.returnUrl(), clock.instant(), request.expiresAt());
        em.persist(trade);
        return trade;
    }

    /** The payer's page: where the sandbox lives is where the shop's notifications go (one server in the demo). */
    public static String payUrl(String notifyUrl, String tradeNo) {
        URI notify = URI.create(notifyUrl);
        return notify.getScheme() + "://" + notify.getRawAuthority() + "/sandbox-gateway/pay.xhtml?trade=" + tradeNo;
    }

    public SandboxTrade trade(String tradeNo) {
        SandboxTrade trade = em.createNamedQuery("SandboxTrade.byNo", SandboxTrade.class).setParameter("no", tradeNo)
                .getResultStream().findFirst().orElse(null);
        if (trade == null) {
            throw new NotFoundException("Trade");
        }
        return trade;
    }

    /** The trade the shop knows by its payment number. */
    public SandboxTrade tradeOf(String paymentNo) {
        SandboxTrade trade = byRef(paymentNo);
        if (trade == null) {
            throw new NotFoundException("Trade");
        }
        return trade;
    }

    /**
     * The payer pays. By card, the card is checked here (and only here: the shop never sees it); only its last
     * four digits are kept. A card the issuer declines ends the trade as DECLINED.
     */
    public SandboxTrade pay(String tradeNo, String cardNumber, String expiry, String cvv) {
        return pay(tradeNo, cardNumber, expiry, cvv, true);
    }

    /** As {@link #pay(String, String, String, String)}; {@code notify} false loses the notification on purpose. */
    public SandboxTrade pay(String tradeNo, String cardNumber, String expiry, String cvv, boolean notify) {
        SandboxTrade trade = lockedOpen(tradeNo);
        String last4 = null;
        if ("sandbox-card".equals(trade.getMethod())) {
            String digits = cardNumber == null ? "" : cardNumber.replaceAll("[\\s-]", "");
            if (!digits.matches("\\d{12,19}") || !luhn(digits)) {
                throw new BusinessRuleException("CARD_INVALID", "The card number is not valid");
            }
            if (!validExpiry(expiry)) {
                throw new BusinessRuleException("CARD_EXPIRED", "The card has expired or the date is not MM/YY");
            }
            if (cvv == null || !cvv.matches("\\d{3,4}")) {
                throw new BusinessRuleException("CARD_INVALID", "The security code has 3 or 4 digits");
            }
            last4 = digits.substring(digits.length() - 4);
            if (DECLINED_CARD.equals(digits)) {
                return finish(trade, SandboxTrade.Status.DECLINED, last4, notify);
            }
        }
        return finish(trade, SandboxTrade.Status.PAID, last4, notify);
    }

    /** The payer declines (or the wallet has no money): the trade ends DECLINED and the shop is told. */
    public SandboxTrade decline(String tradeNo) {
        return finish(lockedOpen(tradeNo), SandboxTrade.Status.DECLINED, null, true);
    }

    /** The shop is owed the notification again (a lost callback, re-sent on request). */
    public void renotify(String tradeNo) {
        SandboxTrade trade = trade(tradeNo);
        if (trade.getStatus() == SandboxTrade.Status.PAID || trade.getStatus() == SandboxTrade.Status.DECLINED) {
            trade.renotify(clock.instant());
        }
    }

    /** The shop's query: what became of its payment. */
    public PaymentGateway.Status status(String paymentNo) {
        SandboxTrade trade = byRef(paymentNo);
        if (trade == null) {
            return new PaymentGateway.Status(PaymentGateway.Outcome.UNKNOWN, null, null, null);
        }
        return statusOf(trade);
    }

    /** The shop closes an unpaid trade: it can no longer be paid. A trade already paid stays paid. */
    public PaymentGateway.Status close(String paymentNo) {
        SandboxTrade trade = byRef(paymentNo);
        if (trade == null) {
            return new PaymentGateway.Status(PaymentGateway.Outcome.CLOSED, null, null, clock.instant());
        }
        em.refresh(trade, LockModeType.PESSIMISTIC_WRITE);
        if (trade.getStatus() == SandboxTrade.Status.WAIT_PAY) {
            trade.close(clock.instant());
        }
        return statusOf(trade);
    }

    /** Refunds part of a paid trade; the shop's refund number makes a repeat return the first result. */
    public PaymentGateway.RefundResult refund(PaymentGateway.RefundRequest request) {
        List<SandboxRefund> earlier = em.createNamedQuery("SandboxRefund.byMerchantNo", SandboxRefund.class)
                .setParameter("no", request.refundNo()).getResultList();
        if (!earlier.isEmpty()) {
            return new PaymentGateway.RefundResult(true, earlier.get(0).getGatewayRefundNo(), null);
        }
        SandboxTrade trade = byRef(request.paymentNo());
        if (trade == null) {
            return new PaymentGateway.RefundResult(false, null, "TRADE_NOT_EXIST");
        }
        em.refresh(trade, LockModeType.PESSIMISTIC_WRITE);
        if (trade.getStatus() != SandboxTrade.Status.PAID) {
            return new PaymentGateway.RefundResult(false, null, "TRADE_NOT_PAID");
        }
        if (trade.getRefunded().plus(request.amount()).compareTo(trade.getAmount()) > 0) {
            return new PaymentGateway.RefundResult(false, null, "REFUND_AMOUNT_EXCEEDS_PAID");
        }
        trade.refunded(request.amount());
        SandboxRefund refund = new SandboxRefund(trade, request.refundNo(), "SBR" + nextDigits(), request.amount(),
                clock.instant());
        em.persist(refund);
        return new PaymentGateway.RefundResult(true, refund.getGatewayRefundNo(), null);
    }

    // --- notifications (the sandbox's side of the callback) ---

    /** A notification to send: where, the exact bytes, and their signature headers. */
    public record Delivery(long tradeId, String url, byte[] body, String timestamp) {
    }

    public List<Long> notificationsDue(int max) {
        return em.createNamedQuery("SandboxTrade.notifyDue", Long.class).setParameter("now", clock.instant())
                .setMaxResults(max).getResultList();
    }

    /**
     * Takes one due notification for sending: its due time moves a minute on first, so another node (or the next
     * round) does not send it at the same time; the outcome is recorded by {@link #delivered}.
     */
    public Delivery claim(long tradeId) {
        SandboxTrade trade = em.find(SandboxTrade.class, tradeId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (trade == null || trade.getNotifyDueAt() == null || trade.getNotifyDueAt().isAfter(now)) {
            return null;
        }
        trade.leaseUntil(now.plusSeconds(60));
        String body = Json.createObjectBuilder()
                .add("eventId", trade.getTradeNo() + "-" + trade.getStatus().name())
                .add("tradeNo", trade.getTradeNo())
                .add("paymentNo", trade.getMerchantRef())
                .add("status", trade.getStatus().name())
                .add("amount", trade.getAmount().amountText())
                .add("currency", trade.getAmount().currency().getCurrencyCode())
                .add("method", trade.getMethod())
                .add("installments", trade.getInstallments())
                .add("finishedAt", trade.getFinishedAt().toString())
                .build().toString();
        return new Delivery(tradeId, trade.getNotifyUrl(), body.getBytes(StandardCharsets.UTF_8),
                Long.toString(now.getEpochSecond()));
    }

    /** The shop answered 2xx (one copy delivered) or did not (retry later with growing pauses, at most 10). */
    public void delivered(long tradeId, boolean ok, String error) {
        SandboxTrade trade = em.find(SandboxTrade.class, tradeId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (ok) {
            trade.delivered(now);
        } else {
            long pause = Math.min(300, 1L << Math.min(trade.getNotifyAttempts() + 1, 8));
            trade.failedDelivery(error, now.plusSeconds(pause), 10);
        }
    }

    // --- helpers ---

    private SandboxTrade finish(SandboxTrade trade, SandboxTrade.Status outcome, String last4, boolean notify) {
        Instant now = clock.instant();
        trade.finish(outcome, last4, now, notify ? now.plus(Duration.parse(notifyDelay)) : null, notifyCopies);
        return trade;
    }

    private SandboxTrade lockedOpen(String tradeNo) {
        SandboxTrade trade = trade(tradeNo);
        em.refresh(trade, LockModeType.PESSIMISTIC_WRITE);
        if (trade.getStatus() != SandboxTrade.Status.WAIT_PAY) {
            throw new BusinessRuleException("TRADE_FINISHED", "This payment is already " + trade.getStatus());
        }
        if (!trade.isOpen(clock.instant())) {
            trade.close(clock.instant());
            throw new BusinessRuleException("TRADE_EXPIRED", "The time to pay is over");
        }
        return trade;
    }

    private PaymentGateway.Status statusOf(SandboxTrade trade) {
        PaymentGateway.Outcome outcome = switch (trade.getStatus()) {
            case WAIT_PAY -> PaymentGateway.Outcome.WAITING;
            case PAID -> PaymentGateway.Outcome.PAID;
            case DECLINED -> PaymentGateway.Outcome.DECLINED;
            case CLOSED -> PaymentGateway.Outcome.CLOSED;
        };
        return new PaymentGateway.Status(outcome, trade.getTradeNo(), trade.getAmount(), trade.getFinishedAt());
    }

    private SandboxTrade byRef(String paymentNo) {
        return em.createNamedQuery("SandboxTrade.byRef", SandboxTrade.class).setParameter("ref", paymentNo)
                .getResultStream().findFirst().orElse(null);
    }

    private static String nextTradeNo() {
        return "SBX" + nextDigits();
    }

    private static String nextDigits() {
        return String.format("%014d%08d", Math.abs(RANDOM.nextLong() % 100_000_000_000_000L),
                RANDOM.nextInt(100_000_000));
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    private boolean validExpiry(String expiry) {
        if (expiry == null || !expiry.trim().matches("(0[1-9]|1[0-2])/\\d{2}")) {
            return false;
        }
        String[] parts = expiry.trim().split("/");
        YearMonth card = YearMonth.of(2000 + Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
        return !card.isBefore(YearMonth.from(clock.instant().atZone(ZoneOffset.UTC)));
    }
}
