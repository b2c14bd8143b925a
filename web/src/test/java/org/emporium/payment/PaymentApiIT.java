package org.emporium.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.emporium.testing.Mailbox;
import org.emporium.testing.Shop;
import org.emporium.testing.ShopDeployment;
import org.emporium.testing.TestProducts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Payments end to end over real HTTP: the sandbox gateway's own signed callbacks, forged and repeated ones sent by
 * the test, the reconciler finding a lost callback, refunds, and the confirmation email arriving at a real SMTP
 * server (GreenMail) — on the embedded database in {@code mvn verify}, on MySQL/MariaDB in {@code -Pmysql}.
 * The gateway delivers every notification twice here, as real gateways sometimes do.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class PaymentApiIT {

    static final String SIGNING_KEY = "payment-it-signing-key-0123456789";

    @RegisterExtension
    static Mailbox mail = Mailbox.onFreePort();

    @Deployment(testable = false)
    static WebArchive shop() {
        WebArchive war = ShopDeployment.warAtRoot();
        war.addAsResource(new StringAsset("config_ordinal=250\n"
                + "EMPORIUM_SANDBOX_SIGNING_KEY=" + SIGNING_KEY + "\n"
                + "EMPORIUM_SANDBOX_NOTIFY_COPIES=2\n"
                + "EMPORIUM_PAYMENT_QUERY_AFTER=PT3S\n"
                + "EMPORIUM_COD_LIMIT=500.00\n"
                + "EMPORIUM_INSTALLMENTS_FROM=600.00\n"
                + mail.config()), "META-INF/microprofile-config.properties");
        return war;
    }

    @ArquillianResource
    URL base;

    Shop shop;
    TestProducts products;

    @BeforeEach
    void connect() {
        shop = new Shop(base);
        products = new TestProducts(shop);
    }

    // --- the happy path ---

    @Test
    void payingOnTheSandboxPaysBothMerchantsOrdersTakesTheStockAndMailsOnce() throws Exception {
        TestProducts.Published cup = products.publish("merchant", "30.00", 20, 300, 0);
        TestProducts.Published pot = products.publish("merchant2", "88.50", 20, 900, 0);
        Buyer buyer = buyer();
        List<String> orders = place(buyer, Map.of(cup.sku(), 2, pot.sku(), 1));
        assertThat(orders).hasSize(2);
        BigDecimal expected = total(buyer, orders);

        String key = UUID.randomUUID().toString();
        JsonPath created = createPayment(buyer, orders, "sandbox-alipay", key).then().statusCode(201)
                .body("status", equalTo("PENDING")).body("payUrl", startsWith(shop.url("/sandbox-gateway/")))
                .extract().jsonPath();
        String paymentNo = created.getString("paymentNo");
        assertThat(new BigDecimal(created.getString("amount.amount"))).isEqualByComparingTo(expected);
        // a repeat with the key, and a second click without one, both give the same payment
        createPayment(buyer, orders, "sandbox-alipay", key).then().statusCode(201)
                .body("paymentNo", equalTo(paymentNo));
        createPayment(buyer, orders, "sandbox-alipay", null).then().statusCode(201)
                .body("paymentNo", equalTo(paymentNo));

        shop.json().post(shop.api("/sandbox-gateway/payments/" + paymentNo + "/pay")).then().statusCode(200)
                .body("status", equalTo("PAID"));
        awaitPayment(buyer, paymentNo, "PAID");
        for (String orderNo : orders) {
            shop.as(buyer.token).get(shop.api("/orders/" + orderNo)).then().body("status", equalTo("PAID"));
        }
        assertThat(products.stock("merchant", cup.sku())).containsExactly(18, 0);
        assertThat(products.stock("merchant2", pot.sku())).containsExactly(19, 0);

        MimeMessage confirmation = mail.await(buyer.email, 1).get(0);
        assertThat(confirmation.getSubject()).containsAnyOf(orders.get(0), orders.get(1)).contains("2");
        String text = Mailbox.plainText(confirmation);
        assertThat(text).contains(orders.get(0)).contains(orders.get(1)).contains(paymentNo);
        shop.as(buyer.token).get(shop.api("/me/messages")).then().body("items.kind", hasItem("ORDER_PAID"));

        // the gateway sends every notification twice: give the copies time, then nothing may have moved twice
        await().atMost(Duration.ofSeconds(60)).until(() -> trade(paymentNo).getInt("notificationsOwed") == 0);
        assertThat(deducts("merchant", cup.sku())).isEqualTo(1);
        assertThat(deducts("merchant2", pot.sku())).isEqualTo(1);
        assertThat(mail.to(buyer.email)).hasSize(1);
    }

    @Test
    void forgedStaleUnknownAndMismatchedCallbacksChangeNothing() {
        TestProducts.Published cup = products.publish("merchant", "25.00", 10, 300, 0);
        Buyer buyer = buyer();
        List<String> orders = place(buyer, Map.of(cup.sku(), 1));
        JsonPath payment = createPayment(buyer, orders, "sandbox-wechat", null).then().statusCode(201).extract()
                .jsonPath();
        String paymentNo = payment.getString("paymentNo");
        String tradeNo = payment.getString("gatewayTradeNo");
        String amount = payment.getString("amount.amount");
        long now = Instant.now().getEpochSecond();

        String genuine = notice(paymentNo, tradeNo, "PAID", amount);
        callback(genuine, now, "0".repeat(64)).then().statusCode(401).body("error", equalTo("BAD_SIGNATURE"));
        shop.json().body(genuine).post(shop.api("/payments/callback/sandbox")).then().statusCode(401);
        // signed, then changed on the way: the raw body is what counts
        String signature = sign(now, genuine);
        callback(genuine.replace(amount, "0.01"), now, signature).then().statusCode(401);
        callback(genuine, now - 600, sign(now - 600, genuine)).then().statusCode(400)
                .body("error", equalTo("STALE_NOTIFICATION"));
        String wrongAmount = notice(paymentNo, tradeNo, "PAID", "0.01");
        callback(wrongAmount, now, sign(now, wrongAmount)).then().statusCode(400)
                .body("error", equalTo("AMOUNT_MISMATCH"));
        String unknown = notice("P20260101000000000000", tradeNo, "PAID", amount);
        callback(unknown, now, sign(now, unknown)).then().statusCode(404);
        callback("{not json", now, sign(now, "{not json")).then().statusCode(400);

        shop.as(buyer.token).get(shop.api("/payments/" + paymentNo)).then().body("status", equalTo("PENDING"));
        shop.as(buyer.token).get(shop.api("/orders/" + orders.get(0))).then()
                .body("status", equalTo("PENDING_PAYMENT"));
        assertThat(products.stock("merchant", cup.sku())).containsExactly(10, 1);
    }

    @Test
    void aHundredConcurrentCopiesOfOneCallbackPayOnce() throws Exception {
        TestProducts.Published cup = products.publish("merchant", "19.90", 10, 300, 0);
        TestProducts.Published lid = products.publish("merchant", "5.00", 10, 100, 0);
        Buyer buyer = buyer();
        List<String> orders = place(buyer, Map.of(cup.sku(), 3, lid.sku(), 2));
        JsonPath payment = createPayment(buyer, orders, "sandbox-card", null).then().statusCode(201).extract()
                .jsonPath();
        String paymentNo = payment.getString("paymentNo");
        // the payer pays, but the gateway's own notification is lost: the test delivers it, 100 times at once
        shop.json().body(Map.of("number", "4242 4242 4242 4242", "expiry", "12/39", "cvv", "123"))
                .post(shop.api("/sandbox-gateway/payments/" + paymentNo + "/pay?notify=false")).then()
                .statusCode(200).body("status", equalTo("PAID")).body("cardLast4", equalTo("4242"));
        String body = notice(paymentNo, payment.getString("gatewayTradeNo"), "PAID",
                payment.getString("amount.amount"));

        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Callable<Response> copy = () -> {
                start.await();
                long now = Instant.now().getEpochSecond();
                return callback(body, now, sign(now, body));
            };
            answers.add(pool.submit(copy));
        }
        start.countDown();
        int applied = 0;
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
            applied += "APPLIED".equals(response.jsonPath().getString("result")) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(applied).as("copies that changed anything").isLessThanOrEqualTo(1);

        awaitPayment(buyer, paymentNo, "PAID");
        JsonPath order = shop.as(buyer.token).get(shop.api("/orders/" + orders.get(0))).then().extract().jsonPath();
        assertThat(order.getList("history.to")).containsOnlyOnce("PAID");
        assertThat(deducts("merchant", cup.sku())).isEqualTo(1);
        assertThat(deducts("merchant", lid.sku())).isEqualTo(1);
        assertThat(products.stock("merchant", cup.sku())).containsExactly(7, 0);
        assertThat(mail.await(buyer.email, 1)).hasSize(1);
    }

    @Test
    void aLostCallbackStillEndsInPaidThroughReconciliation() {
        TestProducts.Published cup = products.publish("merchant", "12.00", 10, 300, 0);
        Buyer buyer = buyer();
        List<String> orders = place(buyer, Map.of(cup.sku(), 1));
        String paymentNo = createPayment(buyer, orders, "sandbox-alipay", null).then().statusCode(201).extract()
                .path("paymentNo");
        shop.json().post(shop.api("/sandbox-gateway/payments/" + paymentNo + "/pay?notify=false")).then()
                .statusCode(200);
        awaitPayment(buyer, paymentNo, "PAID");
        shop.as(buyer.token).get(shop.api("/orders/" + orders.get(0))).then().body("status", equalTo("PAID"));
        assertThat(products.stock("merchant", cup.sku())).containsExactly(9, 0);
    }

    @Test
    void aDeclinedPaymentLeavesTheOrderPayableByAnotherMethod() {
        TestProducts.Published cup = products.publish("merchant", "40.00", 10, 300, 0);
        Buyer buyer = buyer();
        List<String> orders = place(buyer, Map.of(cup.sku(), 1));
        String first = createPayment(buyer, orders, "sandbox-alipay", null).then().statusCode(201).extract()
                .path("paymentNo");
        shop.json().post(shop.api("/sandbox-gateway/payments/" + first + "/decline")).then().statusCode(200)
                .body("status", equalTo("DECLINED"));
        awaitPayment(buyer, first, "FAILED");
        shop.as(buyer.token).get(shop.api("/orders/" + orders.get(0))).then()
                .body("status", equalTo("PENDING_PAYMENT"));

        // by card, the issuer declines its test card 4000 0000 0000 0002 too
        String second = createPayment(buyer, orders, "sandbox-card", null).then().statusCode(201).extract()
                .path("paymentNo");
        assertThat(second).isNotEqualTo(first);
        shop.json().body(Map.of("number", "4000000000000002", "expiry", "12/39", "cvv", "123"))
                .post(shop.api("/sandbox-gateway/payments/" + second + "/pay")).then().statusCode(200)
                .body("status", equalTo("DECLINED"));
        awaitPayment(buyer, second, "FAILED");

        // switching method while one is pending closes the pending one at the gateway first
        String third = createPayment(buyer, orders, "sandbox-alipay", null).then().statusCode(201).extract()
                .path("paymentNo");
        String fourth = createPayment(buyer, orders, "sandbox-wechat", null).then().statusCode(201).extract()
                .path("paymentNo");
        shop.as(buyer.token).get(shop.api("/payments/" + third)).then().body("status", equalTo("CLOSED"));
        shop.json().post(shop.api("/sandbox-gateway/payments/" + third + "/pay")).then().statusCode(409);
        shop.json().post(shop.api("/sandbox-gateway/payments/" + fourth + "/pay")).then().statusCode(200);
        awaitPayment(buyer, fourth, "PAID");
    }

    @Test
    void paymentsOnlyForOnesOwnPayableOrders() {
        TestProducts.Published cup = products.publish("merchant", "15.00", 10, 300, 0);
        Buyer buyer = buyer();
        Buyer other = buyer();
        List<String> orders = place(buyer, Map.of(cup.sku(), 1));
        createPayment(other, orders, "sandbox-alipay", null).then().statusCode(404);
        shop.as(other.token).get(shop.api("/payments/" + createPayment(buyer, orders, "sandbox-alipay", null)
                .then().statusCode(201).extract().path("paymentNo"))).then().statusCode(404);

        String key = UUID.randomUUID().toString();
        createPayment(buyer, orders, "sandbox-wechat", key).then().statusCode(201);
        createPayment(buyer, orders, "sandbox-card", key).then().statusCode(409)
                .body("error", equalTo("IDEMPOTENCY_KEY_REUSED"));
        createPayment(buyer, orders, "bitcoin", null).then().statusCode(400).body("error", equalTo("VALIDATION"));
        Map<String, Object> installments = new HashMap<>(Map.of("orderNos", orders, "method", "sandbox-card",
                "installments", 6));
        shop.as(buyer.token).body(installments).post(shop.api("/payments")).then().statusCode(409)
                .body("error", equalTo("INSTALLMENTS_NOT_AVAILABLE"));

        shop.as(buyer.token).post(shop.api("/orders/" + orders.get(0) + "/cancel")).then().statusCode(200);
        createPayment(buyer, orders, "sandbox-alipay", null).then().statusCode(409)
                .body("error", equalTo("INVALID_STATE"));
        shop.as(buyer.token).get(shop.api("/admin/payments")).then().statusCode(403);
    }

    @Test
    void cashOnDeliveryConfirmsSmallOrdersForShippingAndRefusesLargeOnes() throws Exception {
        TestProducts.Published cheap = products.publish("merchant", "45.00", 10, 300, 0);
        TestProducts.Published dear = products.publish("merchant", "800.00", 10, 300, 0);
        Buyer buyer = buyer();
        List<String> large = place(buyer, Map.of(dear.sku(), 1));
        createPayment(buyer, large, "cod", null).then().statusCode(409).body("error", equalTo("COD_NOT_AVAILABLE"));
        // a card payment above the threshold may be split into installments
        Map<String, Object> installments = new HashMap<>(Map.of("orderNos", large, "method", "sandbox-card",
                "installments", 6));
        shop.as(buyer.token).body(installments).post(shop.api("/payments")).then().statusCode(201)
                .body("installments", equalTo(6));

        List<String> small = place(buyer, Map.of(cheap.sku(), 2));
        createPayment(buyer, small, "cod", null).then().statusCode(201)
                .body("status", equalTo("COLLECT_ON_DELIVERY"));
        shop.as(buyer.token).get(shop.api("/orders/" + small.get(0))).then().body("status", equalTo("PAID"));
        assertThat(products.stock("merchant", cheap.sku())).containsExactly(8, 0);
        assertThat(Mailbox.plainText(mail.await(buyer.email, 1).get(0))).contains("货到付款").contains("90.00");
    }

    @Test
    void cancellingAPaidOrderRefundsItInFullAndPutsTheStockBack() {
        TestProducts.Published cup = products.publish("merchant", "60.00", 10, 300, 0);
        Buyer buyer = buyer();
        List<String> orders = place(buyer, Map.of(cup.sku(), 2));
        String paymentNo = payNow(buyer, orders);
        assertThat(products.stock("merchant", cup.sku())).containsExactly(8, 0);

        shop.as(buyer.token).post(shop.api("/orders/" + orders.get(0) + "/cancel")).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        JsonPath payment = shop.as(buyer.token).get(shop.api("/payments/" + paymentNo)).then().extract().jsonPath();
        assertThat(payment.getString("refunded.amount")).isEqualTo(payment.getString("amount.amount"));
        assertThat(products.stock("merchant", cup.sku())).containsExactly(10, 0);
        assertThat(ledger("merchant", cup.sku()).getList("ledger.type")).contains("RETURN");
        shop.as(buyer.token).get(shop.api("/me/messages")).then().body("items.kind", hasItem("REFUNDED"));

        String finance = shop.demoToken("finance");
        shop.as(finance).get(shop.api("/admin/refunds?q=" + orders.get(0))).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].status", equalTo("SUCCEEDED"));
        JsonPath journal = shop.as(finance).get(shop.api("/admin/journal")).then().statusCode(200).extract()
                .jsonPath();
        assertThat(journal.getList("items.paymentNo")).contains(paymentNo);
        assertThat(journal.getList("items.kind")).contains("PAYMENT", "REFUND");
        String csv = shop.as(finance).accept("text/csv").get(shop.api("/admin/journal.csv")).then().statusCode(200)
                .extract().asString();
        assertThat(csv).contains(paymentNo).contains("REFUND");
    }

    @Test
    void concurrentPartialRefundsNeverExceedWhatTheOrderPaid() throws Exception {
        TestProducts.Published cup = products.publish("merchant", "100.00", 10, 300, 0);
        Buyer buyer = buyer();
        List<String> orders = place(buyer, Map.of(cup.sku(), 1));
        payNow(buyer, orders);
        BigDecimal paid = total(buyer, orders);
        String finance = shop.demoToken("finance");
        String orderNo = orders.get(0);

        shop.as(finance).body(Map.of("amount", "0.00", "reason", "goodwill")).post(shop.api("/admin/orders/"
                + orderNo + "/refunds")).then().statusCode(400);
        shop.as(finance).body(Map.of("amount", paid.add(new BigDecimal("0.01")).toPlainString(), "reason",
                "too much")).post(shop.api("/admin/orders/" + orderNo + "/refunds")).then().statusCode(409)
                .body("error", equalTo("REFUND_EXCEEDS_PAID"));

        // ten staff refund a third each at the same moment: three can, the rest must be refused
        String third = paid.divide(new BigDecimal("3"), 2, java.math.RoundingMode.DOWN).toPlainString();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return shop.as(finance).body(Map.of("amount", third, "reason", "goodwill"))
                        .post(shop.api("/admin/orders/" + orderNo + "/refunds")).statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(3);
        JsonPath refunds = shop.as(finance).get(shop.api("/admin/refunds?q=" + orderNo)).then().extract().jsonPath();
        BigDecimal refunded = refunds.getList("items.amount.amount", String.class).stream().map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(refunded).isLessThanOrEqualTo(paid).isEqualByComparingTo(new BigDecimal(third).multiply(
                new BigDecimal("3")));
    }

    // --- helpers ---

    record Buyer(String email, String token, long addressId) {
    }

    private Buyer buyer() {
        String email = shop.registerShopper("secret-pass-1");
        String token = shop.tokenFor(email, "secret-pass-1");
        Number address = shop.as(token).body(Map.of("recipient", "李雷", "phone", "13700137000", "country", "CN",
                        "province", "浙江省", "city", "杭州市", "line1", "文三路 90 号", "isDefault", true))
                .post(shop.api("/me/addresses")).then().statusCode(201).extract().path("id");
        return new Buyer(email, token, address.longValue());
    }

    private List<String> place(Buyer buyer, Map<Long, Integer> items) {
        Map<String, Object> body = new HashMap<>();
        body.put("addressId", buyer.addressId);
        body.put("shippingMethod", "standard");
        body.put("acceptTerms", true);
        body.put("items", items.entrySet().stream().map(e -> Map.of("skuId", e.getKey(), "quantity", e.getValue()))
                .toList());
        return shop.as(buyer.token).body(body).post(shop.api("/orders")).then().statusCode(201).extract()
                .path("orders.orderNo");
    }

    private BigDecimal total(Buyer buyer, List<String> orders) {
        return orders.stream().map(no -> new BigDecimal(shop.as(buyer.token).get(shop.api("/orders/" + no)).then()
                .extract().<String>path("total.amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Response createPayment(Buyer buyer, List<String> orders, String method, String key) {
        var request = shop.as(buyer.token).body(Map.of("orderNos", orders, "method", method));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post(shop.api("/payments"));
    }

    private String payNow(Buyer buyer, List<String> orders) {
        String paymentNo = createPayment(buyer, orders, "sandbox-alipay", null).then().statusCode(201).extract()
                .path("paymentNo");
        shop.json().post(shop.api("/sandbox-gateway/payments/" + paymentNo + "/pay")).then().statusCode(200);
        awaitPayment(buyer, paymentNo, "PAID");
        return paymentNo;
    }

    private void awaitPayment(Buyer buyer, String paymentNo, String status) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(shop.as(buyer.token).get(shop.api("/payments/" + paymentNo)).then().extract()
                        .<String>path("status")).isEqualTo(status));
    }

    private JsonPath trade(String paymentNo) {
        return shop.json().get(shop.api("/sandbox-gateway/payments/" + paymentNo)).then().statusCode(200).extract()
                .jsonPath();
    }

    private JsonPath ledger(String merchant, long skuId) {
        return shop.as(shop.demoToken(merchant)).get(shop.api("/admin/skus/" + skuId + "/stock")).then()
                .statusCode(200).extract().jsonPath();
    }

    private long deducts(String merchant, long skuId) {
        return ledger(merchant, skuId).getList("ledger.type").stream().filter("DEDUCT"::equals).count();
    }

    private static String notice(String paymentNo, String tradeNo, String status, String amount) {
        return "{\"eventId\":\"" + tradeNo + "-" + status + "\",\"tradeNo\":\"" + tradeNo + "\",\"paymentNo\":\""
                + paymentNo + "\",\"status\":\"" + status + "\",\"amount\":\"" + amount
                + "\",\"currency\":\"CNY\",\"method\":\"sandbox-card\",\"installments\":1,\"finishedAt\":\""
                + Instant.now() + "\"}";
    }

    private Response callback(String body, long timestamp, String signature) {
        return shop.json().header("X-Sandbox-Timestamp", Long.toString(timestamp))
                .header("X-Sandbox-Signature", signature).body(body.getBytes(StandardCharsets.UTF_8))
                .post(shop.api("/payments/callback/sandbox"));
    }

    static String sign(long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SIGNING_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
