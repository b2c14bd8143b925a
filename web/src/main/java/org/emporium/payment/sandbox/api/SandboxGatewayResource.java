package org.emporium.payment.sandbox.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.emporium.payment.sandbox.SandboxAcquirer;
import org.emporium.payment.sandbox.SandboxGateway;
import org.emporium.payment.sandbox.SandboxTrade;

/**
 * The sandbox gateway's own API, for scripts and tests: what the payer's page does, without a browser. It is the
 * third party speaking, not the shop: anyone may call it, and it changes the shop's payments only through the
 * signed notification it then sends. {@code ?notify=false} pays without ever notifying (a lost callback, for the
 * shop's reconciliation to find).
 */
@Path("sandbox-gateway/payments/{paymentNo}")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SandboxGatewayResource {

    /** A card the sandbox accepts, for scripts that pay by card without saying which. */
    static final String TEST_CARD = "4242424242424242";

    private static final jakarta.json.bind.Jsonb JSONB = jakarta.json.bind.JsonbBuilder.create();

    @Inject
    SandboxAcquirer acquirer;

    @Inject
    SandboxGateway gateway;

    /** Card details, as the payer would type them on the gateway's page (only for sandbox-card). */
    public static class Card {
        public String number;
        public String expiry;
        public String cvv;
    }

    public record TradeView(String tradeNo, String paymentNo, String method, String status, String amount,
                            String currency, int installments, String cardLast4, int notificationsOwed) {
        static TradeView of(SandboxTrade t) {
            return new TradeView(t.getTradeNo(), t.getMerchantRef(), t.getMethod(), t.getStatus().name(),
                    t.getAmount().amountText(), t.getAmount().currency().getCurrencyCode(), t.getInstallments(),
                    t.getCardLast4(), t.getNotifyDueAt() == null ? 0 : t.getNotifyCopies());
        }
    }

    @GET
    public TradeView trade(@PathParam("paymentNo") String paymentNo) {
        return TradeView.of(open(paymentNo));
    }

    @POST
    @Path("pay")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public TradeView pay(@PathParam("paymentNo") String paymentNo,
                         @QueryParam("notify") @DefaultValue("true") boolean notify, String body) {
        SandboxTrade trade = open(paymentNo);
        Card card = body == null || body.isBlank() ? null : JSONB.fromJson(body, Card.class);
        Card given = card != null && card.number != null ? card : defaultCard();
        return TradeView.of(acquirer.pay(trade.getTradeNo(), given.number, given.expiry, given.cvv, notify));
    }

    @POST
    @Path("decline")
    public TradeView decline(@PathParam("paymentNo") String paymentNo) {
        return TradeView.of(acquirer.decline(open(paymentNo).getTradeNo()));
    }

    /** Sends the trade's notification again (a payer's "notify the merchant" button). */
    @POST
    @Path("notify")
    public TradeView notifyAgain(@PathParam("paymentNo") String paymentNo) {
        SandboxTrade trade = open(paymentNo);
        acquirer.renotify(trade.getTradeNo());
        return TradeView.of(acquirer.tradeOf(paymentNo));
    }

    /** The trade, if the sandbox is switched on at all (a shop taking real money has none). */
    private SandboxTrade open(String paymentNo) {
        if (!gateway.isEnabled()) {
            throw new org.emporium.platform.NotFoundException("Trade");
        }
        return acquirer.tradeOf(paymentNo);
    }

    private static Card defaultCard() {
        Card card = new Card();
        card.number = TEST_CARD;
        card.expiry = "12/" + String.format("%02d", (java.time.Year.now().getValue() + 3) % 100);
        card.cvv = "123";
        return card;
    }
}
