package org.emporium.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.emporium.testing.Mailbox;
import org.emporium.testing.Shop;
import org.emporium.testing.ShopDeployment;
import org.emporium.testing.TestOrders;
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
 * Fulfilment over real HTTP: a merchant ships a paid order, the sandbox carrier reports each step of the parcel's
 * journey by signed webhook (one step a second here), the order is DELIVERED on the delivery event and COMPLETED
 * when the buyer confirms; forged, stale and duplicated webhooks change nothing; cash on delivery is collected on
 * delivery.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class FulfilmentIT {

    static final String CARRIER_KEY = "fulfilment-it-carrier-key-0123456789";

    @RegisterExtension
    static Mailbox mail = Mailbox.onFreePort();

    @Deployment(testable = false)
    static WebArchive shop() {
        WebArchive war = ShopDeployment.warAtRoot();
        war.addAsResource(new StringAsset("config_ordinal=250\n"
                + "EMPORIUM_SANDBOX_CARRIER_KEY=" + CARRIER_KEY + "\n"
                + "EMPORIUM_SANDBOX_CARRIER_STEP=PT1S\n"
                + "EMPORIUM_TRACKING_QUERY_AFTER=PT3S\n"
                + mail.config()), "META-INF/microprofile-config.properties");
        return war;
    }

    @ArquillianResource
    URL base;

    Shop shop;
    TestProducts products;
    TestOrders orders;

    @BeforeEach
    void connect() {
        shop = new Shop(base);
        products = new TestProducts(shop);
        orders = new TestOrders(shop);
    }

    @Test
    void aPaidOrderIsShippedTrackedToItsDoorAndCompleted() {
        TestProducts.Published cup = products.publish("merchant", "32.00", 10, 300, 0);
        Shop.Shopper buyer = shop.shopperLivingIn("浙江省", "杭州市");
        String orderNo = orders.place(buyer, cup.sku(), 1);
        orders.pay(buyer, orderNo, "sandbox-alipay");

        String merchant = shop.demoToken("merchant");
        shop.as(shop.demoToken("merchant2")).body(Map.of("carrier", "sandbox-express"))
                .post(shop.api("/admin/orders/" + orderNo + "/ship")).then().statusCode(404);
        shop.as(merchant).body(Map.of("carrier", "sandbox-express"))
                .post(shop.api("/admin/orders/" + orderNo + "/ship")).then().statusCode(201)
                .body("status", equalTo("SHIPPED")).body("shipments[0].trackingNo", startsWith("SBE"))
                .body("shipments[0].carrier", equalTo("sandbox-express"));
        shop.as(merchant).body(Map.of("carrier", "sandbox-express"))
                .post(shop.api("/admin/orders/" + orderNo + "/ship")).then().statusCode(409)
                .body("error", equalTo("INVALID_STATE"));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(orders.order(buyer, orderNo).getString("status")).isEqualTo("DELIVERED"));
        JsonPath delivered = orders.order(buyer, orderNo);
        assertThat(delivered.getList("shipments[0].events.code"))
                .containsExactly("COLLECTED", "IN_TRANSIT", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED");
        assertThat(delivered.getString("shipments[0].status")).isEqualTo("DELIVERED");
        assertThat(delivered.getList("shipments[0].events.city")).contains("杭州市");
        shop.as(buyer.token()).get(shop.api("/me/messages")).then()
                .body("items.kind", hasItem("ORDER_SHIPPED")).body("items.kind", hasItem("PARCEL_TRACKED"));
        // 物流通知 by mail: the order confirmation, then shipped, out for delivery and delivered — once each
        List<String> subjects = mail.await(buyer.email(), 4).stream().map(Mailbox::subject).toList();
        assertThat(subjects).hasSize(4);
        assertThat(subjects).contains("您的订单 " + orderNo + "：已发货", "您的订单 " + orderNo + "：派送中",
                "您的订单 " + orderNo + "：已签收");
        assertThat(mail.to(buyer.email()).stream().filter(m -> Mailbox.subject(m).endsWith("已签收"))
                .map(Mailbox::plainText).findFirst().orElseThrow())
                .contains(delivered.getString("shipments[0].trackingNo"));

        shop.as(buyer.token()).post(shop.api("/orders/" + orderNo + "/confirm-receipt")).then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
        assertThat(orders.order(buyer, orderNo).getList("history.to"))
                .containsExactly("PENDING_PAYMENT", "PAID", "SHIPPED", "DELIVERED", "COMPLETED");
    }

    @Test
    void anOrderLeavesInTwoParcelsAndIsDeliveredWithTheLastOne() {
        TestProducts.Published cup = products.publish("merchant", "21.00", 10, 300, 0);
        TestProducts.Published pot = products.publish("merchant", "88.00", 10, 900, 0);
        Shop.Shopper buyer = shop.shopperLivingIn("浙江省", "杭州市");
        String orderNo = orders.place(buyer, Map.of(cup.sku(), 1, pot.sku(), 2));
        orders.pay(buyer, orderNo, "sandbox-alipay");
        String merchant = shop.demoToken("merchant");

        // 分批发货: line 1 leaves now, line 2 later; the order is partly shipped and still PAID
        shop.as(merchant).body(Map.of("carrier", "sandbox-express", "lineNos", List.of(1)))
                .post(shop.api("/admin/orders/" + orderNo + "/ship")).then().statusCode(201)
                .body("status", equalTo("PAID")).body("partlyShipped", equalTo(true))
                .body("shipments[0].lineNos", equalTo(List.of(1)));
        shop.as(merchant).body(Map.of("carrier", "sandbox-express", "lineNos", List.of(1)))
                .post(shop.api("/admin/orders/" + orderNo + "/ship")).then().statusCode(409)
                .body("error", equalTo("LINE_SHIPPED"));
        shop.as(merchant).body(Map.of("carrier", "sandbox-express", "lineNos", List.of(7)))
                .post(shop.api("/admin/orders/" + orderNo + "/ship")).then().statusCode(400)
                .body("error", equalTo("VALIDATION"));
        // what has left cannot be cancelled any more: it goes back through after-sales
        shop.as(buyer.token()).post(shop.api("/orders/" + orderNo + "/cancel")).then().statusCode(409)
                .body("error", equalTo("INVALID_STATE"));
        shop.as(merchant).body(Map.of("reason", "out of stock"))
                .post(shop.api("/admin/orders/" + orderNo + "/cancel")).then().statusCode(409);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(orders.order(buyer, orderNo).getString("shipments[0].status")).isEqualTo("DELIVERED"));
        assertThat(orders.order(buyer, orderNo).getString("status")).isEqualTo("PAID");

        shop.as(merchant).body(Map.of("carrier", "sandbox-express"))
                .post(shop.api("/admin/orders/" + orderNo + "/ship")).then().statusCode(201)
                .body("status", equalTo("SHIPPED")).body("partlyShipped", equalTo(false))
                .body("shipments[1].lineNos", equalTo(List.of(2)));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(orders.order(buyer, orderNo).getString("status")).isEqualTo("DELIVERED"));
        JsonPath delivered = orders.order(buyer, orderNo);
        assertThat(delivered.getList("shipments.status")).containsExactly("DELIVERED", "DELIVERED");
        assertThat(delivered.getList("history.to")).containsExactly("PENDING_PAYMENT", "PAID", "SHIPPED",
                "DELIVERED");
        assertThat(products.stock("merchant", pot.sku())).containsExactly(8, 0);
    }

    @Test
    void onlyPaidOrdersShipAndOnlyToKnownCarriers() {
        TestProducts.Published cup = products.publish("merchant", "18.00", 10, 300, 0);
        Shop.Shopper buyer = shop.shopperLivingIn("上海市", "上海市");
        String orderNo = orders.place(buyer, cup.sku(), 1);
        String merchant = shop.demoToken("merchant");
        shop.as(merchant).body(Map.of("carrier", "sandbox-express"))
                .post(shop.api("/admin/orders/" + orderNo + "/ship")).then().statusCode(409)
                .body("error", equalTo("INVALID_STATE"));
        orders.pay(buyer, orderNo, "sandbox-wechat");
        shop.as(merchant).body(Map.of("carrier", "pigeon-post"))
                .post(shop.api("/admin/orders/" + orderNo + "/ship")).then().statusCode(400);
        shop.as(merchant).body(Map.of("carrier", "sandbox-express", "trackingNo", "<bad>"))
                .post(shop.api("/admin/orders/" + orderNo + "/ship")).then().statusCode(400);
        shop.as(buyer.token()).body(Map.of("carrier", "sandbox-express"))
                .post(shop.api("/admin/orders/" + orderNo + "/ship")).then().statusCode(403);
        assertThat(orders.order(buyer, orderNo).getString("status")).isEqualTo("PAID");
    }

    @Test
    void forgedStaleAndRepeatedWebhooksChangeNothingTwice() throws Exception {
        TestProducts.Published cup = products.publish("merchant", "27.00", 10, 300, 0);
        Shop.Shopper buyer = shop.shopperLivingIn("浙江省", "杭州市");
        String orderNo = orders.place(buyer, cup.sku(), 1);
        orders.pay(buyer, orderNo, "sandbox-alipay");
        String tracking = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        shop.as(shop.demoToken("merchant")).body(Map.of("carrier", "sandbox-express", "trackingNo", tracking))
                .post(shop.api("/admin/orders/" + orderNo + "/ship")).then().statusCode(201)
                .body("shipments[0].trackingNo", equalTo(tracking));

        long now = Instant.now().getEpochSecond();
        String delivered = event("manual-" + tracking, tracking, "DELIVERED");
        webhook(delivered, now, "0".repeat(64)).then().statusCode(401);
        webhook(delivered, now - 900, sign(now - 900, delivered)).then().statusCode(400);
        String unknown = event("manual-x", "NO-SUCH-PARCEL", "DELIVERED");
        webhook(unknown, now, sign(now, unknown)).then().statusCode(404);
        assertThat(orders.order(buyer, orderNo).getString("status")).isEqualTo("SHIPPED");

        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                long at = Instant.now().getEpochSecond();
                return webhook(delivered, at, sign(at, delivered));
            }));
        }
        start.countDown();
        int applied = 0;
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
            applied += "APPLIED".equals(response.jsonPath().getString("result")) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(applied).isEqualTo(1);
        JsonPath order = orders.order(buyer, orderNo);
        assertThat(order.getString("status")).isEqualTo("DELIVERED");
        assertThat(order.getList("history.to")).containsOnlyOnce("DELIVERED");
        assertThat(order.getList("shipments[0].events.code").stream().filter("DELIVERED"::equals).count())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void cashOnDeliveryIsCollectedWhenTheParcelArrives() {
        TestProducts.Published cup = products.publish("merchant", "45.00", 10, 300, 0);
        Shop.Shopper buyer = shop.shopperLivingIn("浙江省", "杭州市");
        String orderNo = orders.place(buyer, cup.sku(), 1);
        String paymentNo = shop.as(buyer.token()).body(Map.of("orderNos", List.of(orderNo), "method", "cod"))
                .post(shop.api("/payments")).then().statusCode(201).body("status", equalTo("COLLECT_ON_DELIVERY"))
                .extract().path("paymentNo");
        shop.as(shop.demoToken("merchant")).body(Map.of("carrier", "sandbox-express"))
                .post(shop.api("/admin/orders/" + orderNo + "/ship")).then().statusCode(201);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(orders.order(buyer, orderNo).getString("status")).isEqualTo("DELIVERED"));
        shop.as(buyer.token()).get(shop.api("/payments/" + paymentNo)).then().body("status", equalTo("PAID"));
        JsonPath journal = shop.as(shop.demoToken("finance")).get(shop.api("/admin/journal")).then().statusCode(200)
                .extract().jsonPath();
        assertThat(journal.getList("items.kind")).contains("COD_COLLECTION");
        assertThat(journal.getList("items.paymentNo")).contains(paymentNo);

        // 线下退款: the cash is with the shop, so finance pays it back itself and then records the payout
        String finance = shop.demoToken("finance");
        String refundNo = shop.as(finance).body(Map.of("amount", "20.00", "reason", "goodwill"))
                .post(shop.api("/admin/orders/" + orderNo + "/refunds")).then().statusCode(201)
                .body("status", equalTo("REQUESTED")).body("offline", equalTo(true)).extract().path("refundNo");
        assertThat(refundJournal(finance, refundNo)).isEmpty();
        shop.as(finance).body(Map.of("reference", "")).post(shop.api("/admin/refunds/" + refundNo + "/paid-out"))
                .then().statusCode(400);
        shop.as(buyer.token()).body(Map.of("reference", "BANK-1"))
                .post(shop.api("/admin/refunds/" + refundNo + "/paid-out")).then().statusCode(403);
        shop.as(finance).body(Map.of("reference", "BANK-20261129-7"))
                .post(shop.api("/admin/refunds/" + refundNo + "/paid-out")).then().statusCode(200)
                .body("status", equalTo("SUCCEEDED")).body("gatewayRefundNo", equalTo("BANK-20261129-7"));
        shop.as(finance).body(Map.of("reference", "BANK-20261129-7"))
                .post(shop.api("/admin/refunds/" + refundNo + "/paid-out")).then().statusCode(409)
                .body("error", equalTo("INVALID_STATE"));
        assertThat(refundJournal(finance, refundNo)).containsExactly("-20.00");
        shop.as(finance).body(Map.of("amount", "1000.00", "reason", "too much"))
                .post(shop.api("/admin/orders/" + orderNo + "/refunds")).then().statusCode(409)
                .body("error", equalTo("REFUND_EXCEEDS_PAID"));
        shop.as(buyer.token()).get(shop.api("/me/messages")).then().body("items.kind", hasItem("REFUNDED"));
    }

    /** The journal's amounts booked for one refund today. */
    private List<String> refundJournal(String finance, String refundNo) {
        JsonPath journal = shop.as(finance).get(shop.api("/admin/journal")).then().statusCode(200).extract()
                .jsonPath();
        List<String> amounts = new ArrayList<>();
        List<String> refunds = journal.getList("items.refundNo");
        for (int i = 0; i < refunds.size(); i++) {
            if (refundNo.equals(refunds.get(i))) {
                amounts.add(journal.getString("items[" + i + "].amount.amount"));
            }
        }
        return amounts;
    }

    @Test
    void aPickupOrderIsCollectedAtTheCounterNotShippedAndCashIsTakenThere() {
        TestProducts.Published cup = products.publish("merchant", "38.00", 10, 300, 0);
        Shop.Shopper buyer = shop.shopperLivingIn("浙江省", "杭州市");
        Map<String, Object> body = new HashMap<>();
        body.put("addressId", buyer.addressId());
        body.put("shippingMethod", "pickup");
        body.put("acceptTerms", true);
        body.put("items", List.of(Map.of("skuId", cup.sku(), "quantity", 1)));
        String orderNo = shop.as(buyer.token()).body(body).post(shop.api("/orders")).then().statusCode(201)
                .extract().path("orders[0].orderNo");
        String paymentNo = shop.as(buyer.token()).body(Map.of("orderNos", List.of(orderNo), "method", "cod"))
                .post(shop.api("/payments")).then().statusCode(201).extract().path("paymentNo");
        // paid (on collection): the buyer cannot "receive" it before it is handed over
        shop.as(buyer.token()).post(shop.api("/orders/" + orderNo + "/confirm-receipt")).then().statusCode(409);

        String merchant = shop.demoToken("merchant");
        shop.as(merchant).body(Map.of("carrier", "sandbox-express"))
                .post(shop.api("/admin/orders/" + orderNo + "/ship")).then().statusCode(409);
        shop.as(shop.demoToken("merchant2")).post(shop.api("/admin/orders/" + orderNo + "/collected")).then()
                .statusCode(404);
        shop.as(merchant).post(shop.api("/admin/orders/" + orderNo + "/collected")).then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
        shop.as(merchant).post(shop.api("/admin/orders/" + orderNo + "/collected")).then().statusCode(409);
        JsonPath completed = orders.order(buyer, orderNo);
        assertThat(completed.getList("history.to")).containsExactly("PENDING_PAYMENT", "PAID", "COMPLETED");
        assertThat(completed.getString("history[-1].reason")).isEqualTo("collected");
        shop.as(buyer.token()).get(shop.api("/payments/" + paymentNo)).then().body("status", equalTo("PAID"));

        // a standard order does not go through the counter
        String standard = orders.place(buyer, cup.sku(), 1);
        orders.pay(buyer, standard, "sandbox-alipay");
        shop.as(merchant).post(shop.api("/admin/orders/" + standard + "/collected")).then().statusCode(409);
    }

    @Test
    void whenEveryWebhookIsLostTheShopAsksTheCarrierAndStillSeesTheParcelArrive() {
        TestProducts.Published cup = products.publish("merchant", "21.00", 10, 300, 0);
        Shop.Shopper buyer = shop.shopperLivingIn("浙江省", "杭州市");
        String orderNo = orders.place(buyer, cup.sku(), 1);
        orders.pay(buyer, orderNo, "sandbox-alipay");
        String silent = "SILENT-" + UUID.randomUUID().toString().substring(0, 12);
        shop.as(shop.demoToken("merchant")).body(Map.of("carrier", "sandbox-express", "trackingNo", silent))
                .post(shop.api("/admin/orders/" + orderNo + "/ship")).then().statusCode(201);

        // the sandbox carrier never calls for this parcel; the reconciler's queries bring every step, once
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(orders.order(buyer, orderNo).getString("status")).isEqualTo("DELIVERED"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(orders.order(buyer, orderNo).getList("shipments[0].events.code"))
                        .containsExactly("COLLECTED", "IN_TRANSIT", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED"));
        assertThat(orders.order(buyer, orderNo).getList("history.to"))
                .containsExactly("PENDING_PAYMENT", "PAID", "SHIPPED", "DELIVERED");
    }

    @Test
    void aFailedDeliveryAttemptIsShownAndTheNextAttemptDelivers() {
        TestProducts.Published cup = products.publish("merchant", "24.00", 10, 300, 0);
        Shop.Shopper buyer = shop.shopperLivingIn("浙江省", "杭州市");
        String orderNo = orders.place(buyer, cup.sku(), 1);
        orders.pay(buyer, orderNo, "sandbox-alipay");
        String failing = "FAIL-" + UUID.randomUUID().toString().substring(0, 12);
        shop.as(shop.demoToken("merchant")).body(Map.of("carrier", "sandbox-express", "trackingNo", failing))
                .post(shop.api("/admin/orders/" + orderNo + "/ship")).then().statusCode(201);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(orders.order(buyer, orderNo).getString("status")).isEqualTo("DELIVERED"));
        JsonPath delivered = orders.order(buyer, orderNo);
        assertThat(delivered.getList("shipments[0].events.code")).containsExactly("COLLECTED", "IN_TRANSIT",
                "IN_TRANSIT", "OUT_FOR_DELIVERY", "FAILED", "OUT_FOR_DELIVERY", "DELIVERED");
        assertThat(delivered.getString("shipments[0].status")).isEqualTo("DELIVERED");
        assertThat(shop.as(buyer.token()).get(shop.api("/me/messages")).then().extract().jsonPath()
                .getList("items.params.flatten()")).contains("FAILED");
    }

    @Test
    void aMerchantShipsManyOrdersFromACsvAndHearsWhichRowsCouldNot() {
        TestProducts.Published cup = products.publish("merchant", "11.00", 20, 300, 0);
        Shop.Shopper buyer = shop.shopperLivingIn("浙江省", "杭州市");
        String first = orders.place(buyer, cup.sku(), 1);
        String second = orders.place(buyer, cup.sku(), 1);
        String unpaid = orders.place(buyer, cup.sku(), 1);
        orders.pay(buyer, first, "sandbox-alipay");
        orders.pay(buyer, second, "sandbox-alipay");
        String tracking = "BULK" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        String csv = "orderNo,trackingNo,carrier\n"
                + first + "," + tracking + "\n"
                + second + ",,sandbox-express\n"
                + unpaid + ",X12345678\n"
                + "209901010000000000,Y12345678\n"
                + first + ",Z12345678\n";
        JsonPath result = shop.as(shop.demoToken("merchant")).contentType("text/csv").body(csv)
                .post(shop.api("/admin/orders/shipments?carrier=sandbox-express")).then().statusCode(200).extract()
                .jsonPath();
        assertThat(result.getList("shipped")).containsExactly(first, second);
        assertThat(result.getList("refused.line", Integer.class)).containsExactly(4, 5, 6);
        assertThat(result.getList("refused.error")).containsExactly("INVALID_STATE", "NOT_FOUND", "DUPLICATE_ROW");
        assertThat(orders.order(buyer, first).getString("shipments[0].trackingNo")).isEqualTo(tracking);
        assertThat(orders.order(buyer, second).getString("status")).isEqualTo("SHIPPED");
        assertThat(orders.order(buyer, unpaid).getString("status")).isEqualTo("PENDING_PAYMENT");
        // another merchant's file ships nothing of this shop
        String third = orders.place(buyer, cup.sku(), 1);
        orders.pay(buyer, third, "sandbox-alipay");
        shop.as(shop.demoToken("merchant2")).contentType("text/csv").body(third + ",\n")
                .post(shop.api("/admin/orders/shipments?carrier=sandbox-express")).then().statusCode(200)
                .body("refused[0].error", equalTo("NOT_FOUND"));
        assertThat(orders.order(buyer, third).getString("status")).isEqualTo("PAID");
    }

    // --- helpers ---

    private static String event(String eventId, String tracking, String code) {
        return "{\"eventId\":\"" + eventId + "\",\"trackingNo\":\"" + tracking + "\",\"code\":\"" + code
                + "\",\"city\":\"杭州市\",\"description\":\"已签收\",\"occurredAt\":\"" + Instant.now() + "\"}";
    }

    private Response webhook(String body, long timestamp, String signature) {
        return shop.json().header("X-Carrier-Timestamp", Long.toString(timestamp))
                .header("X-Carrier-Signature", signature).body(body.getBytes(StandardCharsets.UTF_8))
                .post(shop.api("/carriers/sandbox-express/events"));
    }

    private static String sign(long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(CARRIER_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
