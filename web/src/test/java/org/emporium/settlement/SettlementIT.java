package org.emporium.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/**
 * The {@code merchant-settlement} job over real HTTP on orders really paid, delivered and completed (the return
 * window is two seconds here, so they are settleable at once): the statement's figures against the orders, a rerun
 * that pays nothing twice, a claw-back, payouts, merchants' privacy, and a run made to fail mid-way that ends,
 * once restarted, with every order settled exactly once.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class SettlementIT {

    @Deployment(testable = false)
    static WebArchive shop() {
        WebArchive war = ShopDeployment.warAtRoot();
        war.addAsResource(new StringAsset("config_ordinal=250\n"
                + "EMPORIUM_SANDBOX_CARRIER_STEP=PT1S\n"
                + "EMPORIUM_RETURN_WINDOW=PT2S\n"
                + "EMPORIUM_BATCH_SCHEDULE=false\n"), "META-INF/microprofile-config.properties");
        return war;
    }

    @ArquillianResource
    URL base;

    Shop shop;
    TestProducts products;
    TestOrders orders;
    String finance;

    @BeforeEach
    void connect() {
        shop = new Shop(base);
        products = new TestProducts(shop);
        orders = new TestOrders(shop);
        finance = shop.demoToken("finance");
    }

    @Test
    void aStatementSettlesSalesFreightAndRefundsLessCommissionOnceAndClawsBackLaterRefunds() {
        TestProducts.Published cup = products.publish("merchant", "100.00", 20, 300, 0);
        long merchantId = merchantOf(cup);
        String today = today();
        // the merchant's own rate from today beats the standard 5 %; one from tomorrow does not count yet
        shop.as(finance).body(Map.of("merchantId", merchantId, "rate", "0.0800", "effectiveFrom", today))
                .post(shop.api("/admin/commission-rates")).then().statusCode(201);
        shop.as(finance).body(Map.of("merchantId", merchantId, "rate", "0.2000", "effectiveFrom",
                LocalDate.parse(today).plusDays(1).toString())).post(shop.api("/admin/commission-rates")).then()
                .statusCode(201);
        shop.as(finance).body(Map.of("rate", "1.5", "effectiveFrom", today))
                .post(shop.api("/admin/commission-rates")).then().statusCode(400);
        shop.as(shop.demoToken("merchant")).get(shop.api("/admin/commission-rates")).then().statusCode(403);

        Shop.Shopper buyer = shop.shopperLivingIn("浙江省", "杭州市");
        String one = orders.completed(buyer, cup.sku(), 1);
        String two = orders.completed(buyer, cup.sku(), 2);
        shop.as(finance).body(Map.of("amount", "30.00", "reason", "goodwill"))
                .post(shop.api("/admin/orders/" + two + "/refunds")).then().statusCode(201);

        assertThat(run(Map.of("period", today))).isEqualTo("COMPLETED");
        JsonPath statement = statementOf(merchantId, today);
        String statementNo = statement.getString("statementNo");
        assertThat(statement.getString("status")).isEqualTo("OPEN");
        for (String orderNo : List.of(one, two)) {
            JsonPath order = orders.order(buyer, orderNo);
            BigDecimal paid = money(order, "itemsTotal").subtract(money(order, "discountTotal"))
                    .add(money(order, "tax"));
            List<Map<String, Object>> lines = linesOf(statement, orderNo);
            Map<String, Object> sale = lines.stream().filter(l -> "SALE".equals(l.get("kind"))).findFirst()
                    .orElseThrow();
            assertThat(new BigDecimal((String) sale.get("amount"))).isEqualByComparingTo(paid);
            assertThat(new BigDecimal((String) sale.get("rate"))).isEqualByComparingTo("0.08");
            assertThat(new BigDecimal((String) sale.get("commission")))
                    .isEqualByComparingTo(paid.multiply(new BigDecimal("0.08")).setScale(2, RoundingMode.HALF_UP));
            Map<String, Object> freight = lines.stream().filter(l -> "FREIGHT".equals(l.get("kind"))).findFirst()
                    .orElseThrow();
            assertThat(new BigDecimal((String) freight.get("amount"))).isEqualByComparingTo(money(order, "shipping"));
            assertThat(new BigDecimal((String) freight.get("commission"))).isZero();
        }
        Map<String, Object> refund = linesOf(statement, two).stream().filter(l -> "REFUND".equals(l.get("kind")))
                .findFirst().orElseThrow();
        assertThat(new BigDecimal((String) refund.get("amount"))).isEqualByComparingTo("-30.00");
        assertThat(new BigDecimal((String) refund.get("commission"))).isEqualByComparingTo("-2.40");
        assertTotalsAddUp(statement);

        // a rerun of the period pays nothing twice
        int lineCount = statement.getInt("lineCount");
        String net = statement.getString("net.amount");
        assertThat(run(Map.of("period", today))).isEqualTo("COMPLETED");
        JsonPath again = statementOf(merchantId, today);
        assertThat(again.getString("statementNo")).isEqualTo(statementNo);
        assertThat(again.getInt("lineCount")).isEqualTo(lineCount);
        assertThat(again.getString("net.amount")).isEqualTo(net);

        // a refund after the order was settled is clawed back by the next run
        shop.as(finance).body(Map.of("amount", "10.00", "reason", "late goodwill"))
                .post(shop.api("/admin/orders/" + one + "/refunds")).then().statusCode(201);
        assertThat(run(Map.of("period", today))).isEqualTo("COMPLETED");
        JsonPath clawed = statementOf(merchantId, today);
        Map<String, Object> clawback = linesOf(clawed, one).stream()
                .filter(l -> "CLAWBACK".equals(l.get("kind"))).findFirst().orElseThrow();
        assertThat(new BigDecimal((String) clawback.get("amount"))).isEqualByComparingTo("-10.00");
        assertThat(new BigDecimal((String) clawback.get("commission"))).isEqualByComparingTo("-0.80");
        assertThat(clawed.getInt("lineCount")).isEqualTo(lineCount + 1);
        assertTotalsAddUp(clawed);

        // a merchant sees its own statements only; finance records the payout once
        shop.as(shop.demoToken("merchant")).get(shop.api("/admin/settlements/" + statementNo)).then()
                .statusCode(200);
        shop.as(shop.demoToken("merchant2")).get(shop.api("/admin/settlements/" + statementNo)).then()
                .statusCode(404);
        shop.as(shop.demoToken("merchant2")).get(shop.api("/admin/settlements?merchantId=" + merchantId)).then()
                .statusCode(200).body("items.merchantId", not(hasItem((int) merchantId)));
        shop.as(shop.demoToken("merchant")).body(Map.of("reference", "X"))
                .post(shop.api("/admin/settlements/" + statementNo + "/paid-out")).then().statusCode(403);
        shop.as(finance).body(Map.of("reference", "BANK-2026-001"))
                .post(shop.api("/admin/settlements/" + statementNo + "/paid-out")).then().statusCode(200)
                .body("status", equalTo("PAID_OUT"));
        shop.as(finance).body(Map.of("reference", "BANK-2026-001"))
                .post(shop.api("/admin/settlements/" + statementNo + "/paid-out")).then().statusCode(409)
                .body("error", equalTo("INVALID_STATE"));
        String csv = shop.as(finance).accept("text/csv").get(shop.api("/admin/settlements/" + statementNo + ".csv"))
                .then().statusCode(200).extract().asString();
        assertThat(csv).contains(one).contains(two).contains("CLAWBACK").contains("TOTAL");

        // a period with nothing completed in it settles nobody
        assertThat(run(Map.of("period", "2001-01-01"))).isEqualTo("COMPLETED");
        shop.as(finance).get(shop.api("/admin/settlements?period=2001-01-01")).then().body("total", equalTo(0));
    }

    @Test
    void thePlatformPaysTheShopItsOwnDiscountsAndTakesItsShareBackOnARefund() {
        TestProducts.Published tea = products.publish("merchant2", "200.00", 20, 300, 0);
        String today = today();
        // the platform's 8折 on this tea (no shop named: the platform pays it) and the shop's own 满 100 减 10
        Map<String, Object> platformSale = promotion("TIMED_DISCOUNT", "平台八折", tea);
        platformSale.put("rate", "0.80");
        shop.as(shop.demoToken("admin")).body(platformSale).post(shop.api("/admin/promotions")).then()
                .statusCode(201).body("merchantId", org.hamcrest.Matchers.nullValue());
        Map<String, Object> shopReduction = promotion("THRESHOLD_REDUCTION", "店铺满减", tea);
        shopReduction.put("tiers", List.of(Map.of("threshold", "100.00", "reduction", "10.00")));
        shop.as(shop.demoToken("merchant2")).body(shopReduction).post(shop.api("/admin/promotions")).then()
                .statusCode(201);

        Shop.Shopper buyer = shop.shopperLivingIn("浙江省", "杭州市");
        String orderNo = orders.completed("merchant2", buyer, tea.sku(), 1);
        JsonPath order = orders.order(buyer, orderNo);
        assertThat(order.getString("discountTotal.amount")).isEqualTo("50.00"); // 40 of the platform's, 10 the shop's
        BigDecimal paid = money(order, "itemsTotal").subtract(money(order, "discountTotal")).add(money(order, "tax"));
        shop.as(finance).body(Map.of("amount", "75.00", "reason", "half back"))
                .post(shop.api("/admin/orders/" + orderNo + "/refunds")).then().statusCode(201);

        assertThat(run(Map.of("period", today))).isEqualTo("COMPLETED");
        JsonPath statement = statementOf(merchantOf(tea), today);
        List<Map<String, Object>> lines = linesOf(statement, orderNo);
        Map<String, Object> sale = lines.stream().filter(l -> "SALE".equals(l.get("kind"))).findFirst().orElseThrow();
        assertThat(new BigDecimal((String) sale.get("amount"))).isEqualByComparingTo(paid);
        BigDecimal rate = new BigDecimal((String) sale.get("rate"));
        List<BigDecimal> subsidies = lines.stream().filter(l -> "SUBSIDY".equals(l.get("kind")))
                .map(l -> new BigDecimal((String) l.get("amount"))).toList();
        BigDecimal back = new BigDecimal("40.00").multiply(new BigDecimal("75.00"))
                .divide(paid, 2, RoundingMode.HALF_UP);
        assertThat(subsidies).as("the platform's 40.00 paid to the shop; the refund's share of it taken back")
                .containsExactlyInAnyOrder(new BigDecimal("40.00"), back.negate());
        Map<String, Object> subsidy = lines.stream().filter(l -> "SUBSIDY".equals(l.get("kind"))
                && new BigDecimal((String) l.get("amount")).signum() > 0).findFirst().orElseThrow();
        assertThat(new BigDecimal((String) subsidy.get("commission")))
                .isEqualByComparingTo(new BigDecimal("40.00").multiply(rate).setScale(2, RoundingMode.HALF_UP));
        assertTotalsAddUp(statement);
    }

    @Test
    void thePlatformPaysTheFreightOfItsFreeShippingAndAShopBearsItsOwn() {
        TestProducts.Published rug = products.publish("merchant2", "80.00", 20, 3000, 0);
        String today = today();
        long platformCoupon = freeShippingCoupon(shop.demoToken("admin"), "平台包邮券");
        long shopCoupon = freeShippingCoupon(shop.demoToken("merchant2"), "店铺包邮券");
        Shop.Shopper buyer = shop.shopperLivingIn("新疆维吾尔自治区", "乌鲁木齐市");
        Map<String, Object> request = new HashMap<>(Map.of("addressId", buyer.addressId(), "shippingMethod",
                "standard", "items", List.of(Map.of("skuId", rug.sku(), "quantity", 1))));
        BigDecimal freight = new BigDecimal(shop.as(buyer.token()).body(request).post(shop.api("/checkout/quote"))
                .then().statusCode(200).extract().<String>path("shipping.amount"));
        assertThat(freight).isPositive();

        String byPlatform = orders.complete("merchant2", buyer, orders.place(buyer, Map.of(rug.sku(), 1),
                Map.of("couponCode", claim(buyer, platformCoupon))));
        String byShop = orders.complete("merchant2", buyer, orders.place(buyer, Map.of(rug.sku(), 1),
                Map.of("couponCode", claim(buyer, shopCoupon))));
        assertThat(orders.order(buyer, byPlatform).getString("shipping.amount")).isEqualTo("0.00");
        assertThat(orders.order(buyer, byShop).getString("shipping.amount")).isEqualTo("0.00");

        assertThat(run(Map.of("period", today))).isEqualTo("COMPLETED");
        JsonPath statement = statementOf(merchantOf(rug), today);
        assertThat(freightOf(statement, byPlatform)).as("the buyer paid none; the platform pays the shop's fee")
                .containsExactlyInAnyOrder(new BigDecimal("0.00"), freight);
        assertThat(freightOf(statement, byShop)).as("the shop's own free shipping is the shop's")
                .containsExactly(new BigDecimal("0.00"));
        assertTotalsAddUp(statement);
    }

    /** A free-shipping coupon anyone may claim now: the platform's for an admin, the shop's for a merchant. */
    private long freeShippingCoupon(String staff, String name) {
        Map<String, Object> draft = new HashMap<>(Map.of("freeShipping", true, "name", name, "nameEn", name,
                "issuance", "CLAIM", "validDays", 7));
        draft.put("issueFrom", java.time.Instant.now().minusSeconds(60).toString());
        draft.put("issueTo", java.time.Instant.now().plusSeconds(86_400).toString());
        return shop.as(staff).body(draft).post(shop.api("/admin/coupon-templates")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private String claim(Shop.Shopper buyer, long template) {
        return shop.as(buyer.token()).post(shop.api("/coupons/centre/" + template + "/claim")).then()
                .statusCode(201).extract().path("code");
    }

    private static List<BigDecimal> freightOf(JsonPath statement, String orderNo) {
        return linesOf(statement, orderNo).stream().filter(l -> "FREIGHT".equals(l.get("kind")))
                .map(l -> new BigDecimal((String) l.get("amount"))).toList();
    }

    private static Map<String, Object> promotion(String kind, String name, TestProducts.Published product) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("kind", kind);
        draft.put("name", name);
        draft.put("productIds", List.of(product.productId()));
        draft.put("startsAt", java.time.Instant.now().minusSeconds(60).toString());
        draft.put("endsAt", java.time.Instant.now().plusSeconds(86_400).toString());
        return draft;
    }

    @Test
    void aRunThatFailsMidwayFinishesExactlyOnceWhenRestarted() {
        TestProducts.Published pot = products.publish("merchant2", "58.00", 20, 800, 0);
        Shop.Shopper buyer = shop.shopperLivingIn("上海市", "上海市");
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(orders.completed("merchant2", buyer, pot.sku(), 1));
        }
        String today = today();
        long failed = start(Map.of("period", today, "chunk", "1", "failAfter", "1", "threads", "1"));
        assertThat(awaitEnd(failed)).isEqualTo("FAILED");

        long restarted = shop.as(finance).body("{}").post(shop.api("/admin/batch/executions/" + failed + "/restart"))
                .then().statusCode(202).extract().jsonPath().getLong("executionId");
        assertThat(awaitEnd(restarted)).isEqualTo("COMPLETED");
        JsonPath statement = statementOf(merchantOf(pot), today);
        for (String orderNo : mine) {
            List<Map<String, Object>> lines = linesOf(statement, orderNo);
            assertThat(lines).extracting(l -> l.get("kind")).containsExactlyInAnyOrder("SALE", "FREIGHT");
            assertThat(new BigDecimal((String) lines.stream().filter(l -> "SALE".equals(l.get("kind")))
                    .findFirst().orElseThrow().get("commission"))).isEqualByComparingTo("2.90"); // 5 % of 58.00
        }
        assertTotalsAddUp(statement);
    }

    private String run(Map<String, String> parameters) {
        return awaitEnd(start(parameters));
    }

    private long start(Map<String, String> parameters) {
        return shop.as(finance).body(Map.of("parameters", parameters))
                .post(shop.api("/admin/batch/merchant-settlement")).then().statusCode(202).extract().jsonPath()
                .getLong("executionId");
    }

    private String awaitEnd(long execution) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> List.of(
                        "COMPLETED", "FAILED", "STOPPED", "ABANDONED")
                .contains(shop.as(finance).get(shop.api("/admin/batch/executions/" + execution)).then()
                        .statusCode(200).extract().path("status")));
        return shop.as(finance).get(shop.api("/admin/batch/executions/" + execution)).then().extract()
                .path("status");
    }

    private JsonPath statementOf(long merchantId, String day) {
        JsonPath page = shop.as(finance).get(shop.api("/admin/settlements?merchantId=" + merchantId + "&period="
                + day)).then().statusCode(200).extract().jsonPath();
        assertThat(page.getInt("total")).isEqualTo(1);
        return shop.as(finance).get(shop.api("/admin/settlements/" + page.getString("items[0].statementNo")))
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> linesOf(JsonPath statement, String orderNo) {
        List<Map<String, Object>> lines = statement.getList("lines");
        return lines.stream().filter(l -> orderNo.equals(l.get("orderNo"))).toList();
    }

    /** The statement's totals are the sums of its lines. */
    private static void assertTotalsAddUp(JsonPath statement) {
        List<Map<String, Object>> lines = statement.getList("lines");
        BigDecimal sales = sum(lines, "amount", "SALE").add(sum(lines, "amount", "SUBSIDY"));
        BigDecimal refunds = sum(lines, "amount", "REFUND").add(sum(lines, "amount", "CLAWBACK"));
        BigDecimal commission = lines.stream().map(l -> new BigDecimal((String) l.get("commission")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal net = lines.stream().map(l -> new BigDecimal((String) l.get("net")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(new BigDecimal(statement.getString("sales.amount"))).isEqualByComparingTo(sales);
        assertThat(new BigDecimal(statement.getString("freight.amount"))).isEqualByComparingTo(
                sum(lines, "amount", "FREIGHT"));
        assertThat(new BigDecimal(statement.getString("refunds.amount"))).isEqualByComparingTo(refunds);
        assertThat(new BigDecimal(statement.getString("commission.amount"))).isEqualByComparingTo(commission);
        assertThat(new BigDecimal(statement.getString("net.amount"))).isEqualByComparingTo(net);
        assertThat(statement.getInt("lineCount")).isEqualTo(lines.size());
    }

    private static BigDecimal sum(List<Map<String, Object>> lines, String field, String kind) {
        return lines.stream().filter(l -> kind.equals(l.get("kind"))).map(l -> new BigDecimal((String) l.get(field)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal money(JsonPath order, String field) {
        return new BigDecimal(order.getString(field + ".amount"));
    }

    private long merchantOf(TestProducts.Published product) {
        return shop.json().get(shop.api("/products/" + product.productId())).then().statusCode(200).extract()
                .jsonPath().getLong("merchantId");
    }

    /** The business day now in the shop's time zone (the default, Asia/Shanghai). */
    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }
}
