package org.emporium.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.emporium.testing.Shop;
import org.emporium.testing.TestPictures;
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

/**
 * After-sales over real HTTP, on orders really paid through the sandbox gateway and delivered by the sandbox
 * carrier (one step a second here): return and refund with the stock back in the ledger, refund only, exchange,
 * rejection, escalation to customer service (a merchant has 8 s to answer here), automatic completion (3 s after
 * delivery here), and concurrent approvals that refund once.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class AfterSalesIT {

    @Deployment(testable = false)
    static WebArchive shop() {
        WebArchive war = ShopDeployment.warAtRoot();
        war.addAsResource(new StringAsset("config_ordinal=250\n"
                + "EMPORIUM_SANDBOX_CARRIER_STEP=PT1S\n"
                + "EMPORIUM_AUTO_COMPLETE_AFTER=PT3S\n"
                + "EMPORIUM_AFTER_SALES_RESPOND_WITHIN=PT8S\n"), "META-INF/microprofile-config.properties");
        return war;
    }

    @ArquillianResource
    URL base;

    Shop shop;
    TestProducts products;
    TestOrders orders;
    String merchant;

    @BeforeEach
    void connect() {
        shop = new Shop(base);
        products = new TestProducts(shop);
        orders = new TestOrders(shop);
        merchant = shop.demoToken("merchant");
    }

    @Test
    void aReturnedItemComesBackOnTheShelfAndItsShareIsRefundedThenTheRestOnlyOnce() throws Exception {
        TestProducts.Published cup = products.publish("merchant", "30.00", 10, 300, 0);
        Shop.Shopper buyer = shop.shopperLivingIn("浙江省", "杭州市");
        String orderNo = orders.delivered(buyer, cup.sku(), 2);
        int onHandBefore = products.stock("merchant", cup.sku())[0];

        String photo = shop.as(buyer.token()).contentType("application/octet-stream")
                .body(TestPictures.png(640, 480)).post(shop.api("/media/photos")).then().statusCode(201).extract()
                .path("url");
        JsonPath opened = open(buyer, orderNo, 1, "RETURN_REFUND", 1, "QUALITY", List.of(photo)).then()
                .statusCode(201).body("status", equalTo("REQUESTED")).body("refundAmount.amount", equalTo("30.00"))
                .body("photos[0]", equalTo(photo)).extract().jsonPath();
        String requestNo = opened.getString("requestNo");
        assertThat(requestNo).matches("S\\d{20}");

        // nobody else sees it; the line takes no second open request
        Shop.Shopper stranger = shop.shopperLivingIn("上海市", "上海市");
        shop.as(stranger.token()).get(shop.api("/after-sales/" + requestNo)).then().statusCode(404);
        shop.as(shop.demoToken("merchant2")).get(shop.api("/admin/after-sales/" + requestNo)).then().statusCode(404);
        shop.as(shop.demoToken("merchant2")).post(shop.api("/admin/after-sales/" + requestNo + "/approve"))
                .then().statusCode(404);
        open(buyer, orderNo, 1, "REFUND_ONLY", 1, "QUALITY", List.of()).then().statusCode(409)
                .body("error", equalTo("AFTER_SALES_OPEN"));

        // approved with a return address, sent back, received: RETURN in the ledger, 30.00 refunded
        shop.as(merchant).body(Map.of()).post(shop.api("/admin/after-sales/" + requestNo + "/approve")).then()
                .statusCode(400);
        shop.as(merchant).body(Map.of("returnAddress", "杭州市西湖区文三路 90 号 退货组"))
                .post(shop.api("/admin/after-sales/" + requestNo + "/approve")).then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        shop.as(merchant).body(Map.of()).post(shop.api("/admin/after-sales/" + requestNo + "/receive")).then()
                .statusCode(409).body("error", equalTo("INVALID_STATE"));
        shop.as(buyer.token()).body(Map.of("carrier", "SF Express", "trackingNo", "SF1234567890"))
                .post(shop.api("/after-sales/" + requestNo + "/return-parcel")).then().statusCode(200)
                .body("status", equalTo("RETURNING"));
        JsonPath refunded = shop.as(merchant).body(Map.of("restock", true))
                .post(shop.api("/admin/after-sales/" + requestNo + "/receive")).then().statusCode(200)
                .body("status", equalTo("REFUNDED")).body("restocked", equalTo(true)).extract().jsonPath();
        assertThat(refunded.getString("refundNo")).matches("R\\d{20}");
        assertThat(refunded.getList("steps.action"))
                .containsExactly("OPENED", "APPROVED", "SHIPPED_BACK", "RECEIVED", "REFUNDED");
        assertThat(products.stock("merchant", cup.sku())[0]).isEqualTo(onHandBefore + 1);
        JsonPath ledger = shop.as(merchant).get(shop.api("/admin/skus/" + cup.sku() + "/stock")).then()
                .extract().jsonPath();
        assertThat(ledger.getString("ledger[0].type")).isEqualTo("RETURN");
        assertThat(ledger.getString("ledger[0].reference")).isEqualTo(requestNo);
        assertThat(refunds(orderNo)).containsExactly("30.00");

        // the other unit, refund only: the rest of what the line paid, and then nothing is left to ask for
        String second = open(buyer, orderNo, 1, "REFUND_ONLY", 1, "DAMAGED", List.of()).then().statusCode(201)
                .extract().path("requestNo");
        shop.as(merchant).post(shop.api("/admin/after-sales/" + second + "/approve")).then().statusCode(200)
                .body("status", equalTo("REFUNDED")).body("refundAmount.amount", equalTo("30.00"));
        assertThat(refunds(orderNo)).containsExactlyInAnyOrder("30.00", "30.00");
        open(buyer, orderNo, 1, "REFUND_ONLY", 1, "DAMAGED", List.of()).then().statusCode(400);
        assertThat(products.stock("merchant", cup.sku())[0]).isEqualTo(onHandBefore + 1);

        shop.as(buyer.token()).get(shop.api("/me/messages")).then().body("items.kind", hasItem("AFTER_SALES"));
        shop.as(buyer.token()).get(shop.api("/after-sales")).then().statusCode(200)
                .body("items.requestNo", hasItem(requestNo)).body("items.requestNo", hasItem(second));
    }

    @Test
    void anExchangeTakesTheItemBackAndSendsTheSameOneAgain() {
        TestProducts.Published cup = products.publish("merchant", "25.00", 10, 300, 0);
        Shop.Shopper buyer = shop.shopperLivingIn("江苏省", "南京市");
        String orderNo = orders.delivered(buyer, cup.sku(), 1);
        int[] before = products.stock("merchant", cup.sku());

        String requestNo = open(buyer, orderNo, 1, "EXCHANGE", 1, "SIZE", List.of()).then().statusCode(201)
                .body("refundAmount.amount", equalTo("0.00")).extract().path("requestNo");
        shop.as(merchant).body(Map.of("returnAddress", "南京市玄武区 退换货组"))
                .post(shop.api("/admin/after-sales/" + requestNo + "/approve")).then().statusCode(200);
        shop.as(buyer.token()).body(Map.of("carrier", "YTO", "trackingNo", "YT9988776655"))
                .post(shop.api("/after-sales/" + requestNo + "/return-parcel")).then().statusCode(200);
        // the replacement needs its own parcel
        shop.as(merchant).body(Map.of("restock", true))
                .post(shop.api("/admin/after-sales/" + requestNo + "/receive")).then().statusCode(400);
        shop.as(merchant).body(Map.of("restock", true, "carrier", "SF Express", "trackingNo", "SF5550001112"))
                .post(shop.api("/admin/after-sales/" + requestNo + "/receive")).then().statusCode(200)
                .body("status", equalTo("EXCHANGED")).body("exchangeTrackingNo", equalTo("SF5550001112"));

        // one unit came back and one went out again: the figures are as before, the ledger tells both
        assertThat(products.stock("merchant", cup.sku())).containsExactly(before[0], before[1]);
        List<String> types = shop.as(merchant).get(shop.api("/admin/skus/" + cup.sku() + "/stock")).then()
                .extract().path("ledger.type");
        assertThat(types.subList(0, 3)).containsExactly("DEDUCT", "RESERVE", "RETURN");
        assertThat(refunds(orderNo)).isEmpty();
    }

    @Test
    void anUnansweredRequestGoesToCustomerServiceWhoRejectsItAndTheBuyerMayAskAgain() {
        TestProducts.Published cup = products.publish("merchant", "19.90", 10, 300, 0);
        Shop.Shopper buyer = shop.shopperLivingIn("广东省", "广州市");
        String orderNo = orders.delivered(buyer, cup.sku(), 1);
        String requestNo = open(buyer, orderNo, 1, "REFUND_ONLY", 1, "NOT_AS_DESCRIBED", List.of()).then()
                .statusCode(201).extract().path("requestNo");

        String service = shop.demoToken("service");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                shop.as(service).get(shop.api("/admin/after-sales?escalated=true&number=" + requestNo)).then()
                        .statusCode(200).body("items.requestNo", hasItem(requestNo)));
        shop.as(service).get(shop.api("/me/messages")).then().body("items.kind", hasItem("AFTER_SALES"));
        shop.as(service).body(Map.of()).post(shop.api("/admin/after-sales/" + requestNo + "/reject")).then()
                .statusCode(400).body("error", equalTo("VALIDATION"));
        shop.as(service).body(Map.of("reason", "描述与商品一致，照片显示无问题"))
                .post(shop.api("/admin/after-sales/" + requestNo + "/reject")).then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        JsonPath seen = shop.as(buyer.token()).get(shop.api("/after-sales/" + requestNo)).then().statusCode(200)
                .extract().jsonPath();
        assertThat(seen.getString("rejectReason")).isEqualTo("描述与商品一致，照片显示无问题");
        assertThat(seen.getBoolean("escalated")).isTrue();
        assertThat(seen.getList("steps.action")).containsExactly("OPENED", "ESCALATED", "REJECTED");
        assertThat(seen.getList("steps.actor")).containsExactly("BUYER", "SYSTEM", "STAFF");
        assertThat(refunds(orderNo)).isEmpty();

        // a closed request frees the line: the buyer asks again, then thinks better of it
        String again = open(buyer, orderNo, 1, "RETURN_REFUND", 1, "QUALITY", List.of()).then().statusCode(201)
                .extract().path("requestNo");
        shop.as(buyer.token()).post(shop.api("/after-sales/" + again + "/withdraw")).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        shop.as(merchant).post(shop.api("/admin/after-sales/" + again + "/approve")).then().statusCode(409);
    }

    @Test
    void concurrentApprovalsRefundOnce() throws Exception {
        TestProducts.Published cup = products.publish("merchant", "48.00", 10, 300, 0);
        Shop.Shopper buyer = shop.shopperLivingIn("北京市", "北京市");
        String orderNo = orders.delivered(buyer, cup.sku(), 1);
        String requestNo = open(buyer, orderNo, 1, "REFUND_ONLY", 1, "MISSING_PARTS", List.of()).then()
                .statusCode(201).extract().path("requestNo");
        String admin = shop.demoToken("admin");

        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String token = i % 2 == 0 ? merchant : admin;
            answers.add(pool.submit(() -> {
                start.await();
                return shop.as(token).post(shop.api("/admin/after-sales/" + requestNo + "/approve")).then()
                        .extract().statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
        assertThat(refunds(orderNo)).containsExactly("48.00");
    }

    @Test
    void onlyTheBuyerOfADeliveredOrderAsksAndOnlyWithAProperRequest() throws Exception {
        TestProducts.Published cup = products.publish("merchant", "12.00", 10, 300, 0);
        Shop.Shopper buyer = shop.shopperLivingIn("浙江省", "宁波市");
        String unpaid = orders.place(buyer, cup.sku(), 1);
        open(buyer, unpaid, 1, "REFUND_ONLY", 1, "QUALITY", List.of()).then().statusCode(409)
                .body("error", equalTo("INVALID_STATE"));

        String orderNo = orders.delivered(buyer, cup.sku(), 1);
        Shop.Shopper stranger = shop.shopperLivingIn("上海市", "上海市");
        open(stranger, orderNo, 1, "REFUND_ONLY", 1, "QUALITY", List.of()).then().statusCode(404);
        open(buyer, orderNo, 9, "REFUND_ONLY", 1, "QUALITY", List.of()).then().statusCode(404);
        open(buyer, orderNo, 1, "REFUND_ONLY", 2, "QUALITY", List.of()).then().statusCode(400);
        Map<String, Object> nonsense = new HashMap<>(Map.of("orderNo", orderNo, "lineNo", 1, "type", "STEAL",
                "quantity", 1, "reason", "QUALITY"));
        shop.as(buyer.token()).body(nonsense).post(shop.api("/after-sales")).then().statusCode(400);
        open(buyer, orderNo, 1, "REFUND_ONLY", 1, "QUALITY", List.of("/media/AAAAAAAAAAAAAAAAAAAAAA")).then()
                .statusCode(400);
        // another shopper's photo is not evidence for this buyer
        String theirs = shop.as(stranger.token()).contentType("application/octet-stream")
                .body(TestPictures.png(100, 100)).post(shop.api("/media/photos")).then().statusCode(201).extract()
                .path("url");
        open(buyer, orderNo, 1, "REFUND_ONLY", 1, "QUALITY", List.of(theirs)).then().statusCode(400);
        shop.as(buyer.token()).get(shop.api("/after-sales")).then().statusCode(200).body("total", equalTo(0));

        // the contract is in /openapi
        shop.json().get(shop.url("/openapi")).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/api/v1/after-sales/{requestNo}/return-parcel"))
                .body(org.hamcrest.Matchers.containsString("/api/v1/admin/after-sales/{requestNo}/receive"))
                .body(org.hamcrest.Matchers.containsString("/api/v1/complaints/{complaintNo}/close"))
                .body(org.hamcrest.Matchers.containsString("/api/v1/products/{productId}/reviews"))
                .body(org.hamcrest.Matchers.containsString("/api/v1/media/photos"));
    }

    @Test
    void aDeliveredOrderCompletesItselfWhenTheBuyerDoesNotConfirm() {
        TestProducts.Published cup = products.publish("merchant", "9.90", 10, 300, 0);
        Shop.Shopper buyer = shop.shopperLivingIn("四川省", "成都市");
        String orderNo = orders.place(buyer, cup.sku(), 1);
        orders.pay(buyer, orderNo, "sandbox-alipay");
        orders.ship("merchant", orderNo);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(orders.order(buyer, orderNo).getString("status")).isEqualTo("COMPLETED"));
        JsonPath completed = orders.order(buyer, orderNo);
        assertThat(completed.getList("history.to"))
                .containsExactly("PENDING_PAYMENT", "PAID", "SHIPPED", "DELIVERED", "COMPLETED");
        assertThat(completed.getString("history[-1].actor")).isEqualTo("SYSTEM");
        assertThat(completed.getString("history[-1].reason")).isEqualTo("auto-completed");
        // still within the return window: after-sales stays open to the buyer
        open(buyer, orderNo, 1, "REFUND_ONLY", 1, "QUALITY", List.of()).then().statusCode(201);
    }

    @Test
    void aMemberWithPriorityServiceIsServedFirst() {
        Shop.Shopper regular = shop.shopperLivingIn("湖北省", "武汉市");
        Map<String, Object> filing = Map.of("kind", "SERVICE", "subject", "咨询", "description", "发票怎么开？");
        String regularNo = shop.as(regular.token()).body(filing).post(shop.api("/complaints")).then()
                .statusCode(201).extract().path("complaintNo");
        // ¥50,000 of completed orders: 钻石会员, whose level has priority service
        TestProducts.Published watch = products.publish("merchant", "50000.00", 1, 300, 0);
        Shop.Shopper diamond = shop.shopperLivingIn("上海市", "上海市");
        orders.completed(diamond, watch.sku(), 1);
        shop.as(diamond.token()).get(shop.api("/me")).then().statusCode(200).body("level", equalTo("DIAMOND"));
        String diamondNo = shop.as(diamond.token()).body(filing).post(shop.api("/complaints")).then()
                .statusCode(201).body("priority", equalTo(true)).extract().path("complaintNo");

        JsonPath queue = shop.as(shop.demoToken("service")).get(shop.api("/admin/complaints?status=OPEN&size=200"))
                .then().statusCode(200).extract().jsonPath();
        List<String> numbers = queue.getList("items.complaintNo");
        assertThat(numbers.indexOf(diamondNo)).as("filed later, served first").isGreaterThanOrEqualTo(0)
                .isLessThan(numbers.indexOf(regularNo));
        assertThat(queue.getBoolean("items.find { it.complaintNo == '" + regularNo + "' }.priority")).isFalse();
    }

    @Test
    void aComplaintIsWorkedByCustomerServiceUntilTheBuyerClosesIt() {
        TestProducts.Published cup = products.publish("merchant", "66.00", 10, 300, 0);
        Shop.Shopper buyer = shop.shopperLivingIn("湖北省", "武汉市");
        String orderNo = orders.place(buyer, cup.sku(), 1);
        Shop.Shopper stranger = shop.shopperLivingIn("上海市", "上海市");
        Map<String, Object> filing = Map.of("kind", "SERVICE", "orderNo", orderNo, "subject", "客服态度差",
                "description", "咨询发货时间，客服一直不回复");
        shop.as(stranger.token()).body(filing).post(shop.api("/complaints")).then().statusCode(404);
        shop.as(buyer.token()).body(Map.of("kind", "QUALITY", "subject", "")).post(shop.api("/complaints")).then()
                .statusCode(400);
        String complaintNo = shop.as(buyer.token()).body(filing).post(shop.api("/complaints")).then().statusCode(201)
                .body("status", equalTo("OPEN")).body("notes[0].author", equalTo("BUYER")).extract()
                .path("complaintNo");
        shop.as(stranger.token()).get(shop.api("/complaints/" + complaintNo)).then().statusCode(404);
        shop.as(merchant).get(shop.api("/admin/complaints")).then().statusCode(403);

        String service = shop.demoToken("service");
        shop.as(service).get(shop.api("/admin/complaints?status=OPEN&size=200")).then().statusCode(200)
                .body("items.complaintNo", hasItem(complaintNo));
        shop.as(service).post(shop.api("/admin/complaints/" + complaintNo + "/take")).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("assigned", equalTo(true));
        shop.as(service).body(Map.of("text", "已督促商家客服，并补偿 10 元优惠券"))
                .post(shop.api("/admin/complaints/" + complaintNo + "/resolve")).then().statusCode(200)
                .body("status", equalTo("RESOLVED"));
        shop.as(buyer.token()).get(shop.api("/me/messages")).then().body("items.kind", hasItem("COMPLAINT_ANSWERED"));

        // the buyer is not satisfied yet: writing again reopens it; then they close it
        shop.as(buyer.token()).body(Map.of("text", "优惠券还没到账"))
                .post(shop.api("/complaints/" + complaintNo + "/notes")).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        shop.as(service).body(Map.of("text", "已补发，请查收")).post(shop.api("/admin/complaints/" + complaintNo
                + "/resolve")).then().statusCode(200);
        shop.as(buyer.token()).post(shop.api("/complaints/" + complaintNo + "/close")).then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        shop.as(buyer.token()).body(Map.of("text", "again")).post(shop.api("/complaints/" + complaintNo + "/notes"))
                .then().statusCode(409);
        JsonPath closed = shop.as(buyer.token()).get(shop.api("/complaints/" + complaintNo)).then().statusCode(200)
                .extract().jsonPath();
        assertThat(closed.getList("notes.author")).containsExactly("BUYER", "STAFF", "BUYER", "STAFF");
        shop.as(service).get(shop.api("/admin/complaints?size=200")).then()
                .body("items.complaintNo", org.hamcrest.Matchers.not(hasItem(complaintNo)));
    }

    // --- helpers ---

    private io.restassured.response.Response open(Shop.Shopper buyer, String orderNo, int lineNo, String type,
                                                  int quantity, String reason, List<String> photos) {
        Map<String, Object> body = new HashMap<>();
        body.put("orderNo", orderNo);
        body.put("lineNo", lineNo);
        body.put("type", type);
        body.put("quantity", quantity);
        body.put("reason", reason);
        body.put("description", "杯口有裂纹 / the rim is cracked");
        body.put("photos", photos);
        return shop.as(buyer.token()).body(body).post(shop.api("/after-sales"));
    }

    /** The amounts refunded for an order, as finance sees them. */
    private List<String> refunds(String orderNo) {
        return shop.as(shop.demoToken("finance")).get(shop.api("/admin/refunds?q=" + orderNo)).then()
                .statusCode(200).extract().path("items.amount.amount");
    }
}
