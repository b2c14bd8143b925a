package org.emporium.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
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
import org.emporium.testing.ShopDeployment;
import org.emporium.testing.TestOrders;
import org.emporium.testing.TestProducts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Points and levels over real HTTP against the real database: earned on a completed order, paid with at checkout
 * up to their share, never spent twice by racing checkouts, given back on cancellation, once-a-day sign-in, expiry
 * (points last 90 seconds on this test's server), and the level that growth buys with its member price and loses
 * with a refund.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PointsIT {

    /** Points last 90 seconds here (a year by default), parcels arrive in seconds. */
    @Deployment(testable = false)
    static WebArchive shop() {
        WebArchive war = ShopDeployment.warAtRoot();
        war.addAsResource(new StringAsset("config_ordinal=250\n"
                + "EMPORIUM_SANDBOX_CARRIER_STEP=PT1S\n"
                + "EMPORIUM_POINTS_VALID_FOR=PT90S\n"), "META-INF/microprofile-config.properties");
        return war;
    }

    /** Signed in first, checked for expiry last: the other tests pass meanwhile. */
    private static Shop.Shopper early;

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

    private JsonPath points(Shop.Shopper member) {
        return shop.as(member.token()).get(shop.api("/me/points")).then().statusCode(200).extract().jsonPath();
    }

    private Map<String, Object> checkout(Shop.Shopper buyer, long sku, int quantity, Integer pointsToUse) {
        Map<String, Object> body = new HashMap<>();
        body.put("addressId", buyer.addressId());
        body.put("shippingMethod", "standard");
        body.put("acceptTerms", true);
        body.put("items", List.of(Map.of("skuId", sku, "quantity", quantity)));
        if (pointsToUse != null) {
            body.put("pointsToUse", pointsToUse);
        }
        return body;
    }

    private JsonPath quote(Shop.Shopper buyer, long sku, int quantity, Integer pointsToUse) {
        return shop.as(buyer.token()).body(checkout(buyer, sku, quantity, pointsToUse))
                .post(shop.api("/checkout/quote")).then().statusCode(200).extract().jsonPath();
    }

    private static BigDecimal amount(JsonPath json, String path) {
        return new BigDecimal(json.getString(path));
    }

    @Test
    @Order(1)
    void signingInGivesTheDaysPointsOnce() {
        early = shop.shopperLivingIn("浙江省", "杭州市");
        shop.as(early.token()).post(shop.api("/me/points/sign-in")).then().statusCode(200)
                .body("awarded", equalTo(5)).body("points", equalTo(5));
        shop.as(early.token()).post(shop.api("/me/points/sign-in")).then().statusCode(200)
                .body("awarded", equalTo(0)).body("points", equalTo(5));

        JsonPath ledger = points(early);
        assertThat(ledger.getList("entries.reason")).containsExactly("SIGN_IN");
        assertThat(ledger.getLong("entries[0].remaining")).isEqualTo(5);
        assertThat(ledger.getString("level")).isEqualTo("NORMAL");
    }

    @Test
    @Order(2)
    void aCompletedOrderEarnsPointsThatPayPartOfTheNextAndComeBackWhenItIsCancelled() {
        TestProducts.Published vase = products.publish("merchant", "500.00", 20, 500, 0);
        Shop.Shopper member = shop.shopperLivingIn("浙江省", "杭州市");
        orders.completed(member, vase.sku(), 1);

        // ¥500 paid for goods at 1 point per yuan
        JsonPath earned = points(member);
        assertThat(earned.getLong("points")).isEqualTo(500);
        assertThat(earned.getList("entries.reason")).containsExactly("ORDER");
        shop.as(member.token()).get(shop.api("/me")).then().statusCode(200).body("points", equalTo(500))
                .body("growth", equalTo(500)).body("level", equalTo("NORMAL"));

        // 300 points pay ¥3.00, explained as a discount of their own
        JsonPath without = quote(member, vase.sku(), 1, null);
        JsonPath with = quote(member, vase.sku(), 1, 300);
        assertThat(with.getLong("pointsUsed")).isEqualTo(300);
        assertThat(with.getList("discounts.kind")).containsExactly("POINTS");
        assertThat(with.getString("discounts[0].amount.amount")).isEqualTo("3.00");
        assertThat(with.getList("lines[0].discounts.kind")).containsExactly("POINTS");
        assertThat(amount(without, "total.amount").subtract(amount(with, "total.amount")))
                .isEqualByComparingTo(new BigDecimal("3.00")
                        .add(amount(without, "tax.amount").subtract(amount(with, "tax.amount"))));

        // more points than held: refused, nothing changes
        shop.as(member.token()).body(checkout(member, vase.sku(), 1, 501)).post(shop.api("/orders")).then()
                .statusCode(409).body("error", equalTo("INSUFFICIENT_POINTS"));
        assertThat(points(member).getLong("points")).isEqualTo(500);

        String orderNo = shop.as(member.token()).body(checkout(member, vase.sku(), 1, 300))
                .post(shop.api("/orders")).then().statusCode(201).extract().path("orders[0].orderNo");
        JsonPath spent = points(member);
        assertThat(spent.getLong("points")).isEqualTo(200);
        assertThat(spent.getString("entries[0].reason")).isEqualTo("SPENT");
        assertThat(spent.getString("entries[0].reference")).isEqualTo(orderNo);
        assertThat(spent.getLong("entries[0].points")).isEqualTo(-300);
        assertThat(orders.order(member, orderNo).getString("discountTotal.amount")).isEqualTo("3.00");

        shop.as(member.token()).post(shop.api("/orders/" + orderNo + "/cancel")).then().statusCode(200);
        JsonPath returned = points(member);
        assertThat(returned.getLong("points")).isEqualTo(500);
        assertThat(returned.getString("entries[0].reason")).isEqualTo("RETURNED");
        assertThat(returned.getLong("entries[0].points")).isEqualTo(300);

        // points pay at most half of a cheap order: ¥8.01 → ¥4.00, 400 of the 500 offered
        TestProducts.Published pin = products.publish("merchant", "8.01", 20, 20, 0);
        JsonPath capped = quote(member, pin.sku(), 1, 500);
        assertThat(capped.getString("discounts[0].amount.amount")).isEqualTo("4.00");
        assertThat(capped.getLong("pointsUsed")).isEqualTo(400);
    }

    @Test
    @Order(3)
    void checkoutsRacingForTheSamePointsSpendThemOnce() throws Exception {
        TestProducts.Published vase = products.publish("merchant", "500.00", 40, 500, 0);
        Shop.Shopper member = shop.shopperLivingIn("浙江省", "杭州市");
        orders.completed(member, vase.sku(), 1);
        assertThat(points(member).getLong("points")).isEqualTo(500);

        int tries = 6;
        ExecutorService pool = Executors.newFixedThreadPool(tries);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < tries; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return shop.as(member.token()).body(checkout(member, vase.sku(), 1, 300)).post(shop.api("/orders"));
            }));
        }
        start.countDown();
        int placed = 0;
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            if (response.statusCode() == 201) {
                placed++;
            } else {
                assertThat(response.statusCode()).as(response.asString()).isEqualTo(409);
                assertThat(response.jsonPath().getString("error")).isEqualTo("INSUFFICIENT_POINTS");
            }
        }
        pool.shutdown();

        assertThat(placed).isEqualTo(1);
        JsonPath ledger = points(member);
        assertThat(ledger.getLong("points")).isEqualTo(200);
        assertThat(ledger.getList("entries.reason")).containsExactly("SPENT", "ORDER");
    }

    @Test
    @Order(4)
    void growthReachesTheNextLevelWhosePriceAppliesAutomatically() {
        TestProducts.Published piano = products.publish("merchant", "2100.00", 5, 5000, 0);
        Shop.Shopper member = shop.shopperLivingIn("浙江省", "杭州市");
        String orderNo = orders.completed(member, piano.sku(), 1);

        // earned at the level the order was completed in (普通, × 1.0); the growth then makes a 银卡 member
        shop.as(member.token()).get(shop.api("/me")).then().statusCode(200).body("level", equalTo("SILVER"))
                .body("levelName", equalTo("银卡会员")).body("growth", equalTo(2100)).body("points", equalTo(2100));

        // 银卡 pays 98% of the list price, before other promotions, explained on the line
        TestProducts.Published cup = products.publish("merchant", "100.00", 5, 300, 0);
        JsonPath quote = quote(member, cup.sku(), 1, null);
        assertThat(quote.getList("lines[0].discounts.kind")).containsExactly("MEMBER_PRICE");
        assertThat(quote.getString("lines[0].discounts[0].name")).isEqualTo("银卡会员价");
        assertThat(quote.getString("discountTotal.amount")).isEqualTo("2.00");
        Shop.Shopper newcomer = shop.shopperLivingIn("浙江省", "杭州市");
        assertThat(quote(newcomer, cup.sku(), 1, null).getString("discountTotal.amount")).isEqualTo("0.00");

        // the piano refunded: its points are taken back, the growth with them, and the level falls
        Map<String, Object> refund = new HashMap<>();
        refund.put("orderNo", orderNo);
        refund.put("lineNo", 1);
        refund.put("type", "REFUND_ONLY");
        refund.put("quantity", 1);
        refund.put("reason", "QUALITY");
        refund.put("description", "走音 / out of tune");
        refund.put("photos", List.of());
        String requestNo = shop.as(member.token()).body(refund).post(shop.api("/after-sales")).then()
                .statusCode(201).extract().path("requestNo");
        shop.as(shop.demoToken("merchant")).post(shop.api("/admin/after-sales/" + requestNo + "/approve")).then()
                .statusCode(200).body("status", equalTo("REFUNDED"));
        shop.as(member.token()).get(shop.api("/me")).then().statusCode(200).body("level", equalTo("NORMAL"))
                .body("growth", equalTo(0)).body("points", equalTo(0));
        assertThat(points(member).getList("entries.reason")).containsExactly("CLAWBACK", "ORDER");
        assertThat(quote(member, cup.sku(), 1, null).getString("discountTotal.amount")).isEqualTo("0.00");
    }

    @Test
    @Order(5)
    void staffSetALevelsThresholdAndBenefitsAndMembersAreRegradedAtOnce() {
        String admin = shop.demoToken("admin");
        TestProducts.Published lamp = products.publish("merchant", "150.00", 5, 800, 0);
        Shop.Shopper member = shop.shopperLivingIn("浙江省", "杭州市");
        orders.completed(member, lamp.sku(), 1);
        shop.as(member.token()).get(shop.api("/me")).then().body("level", equalTo("NORMAL")).body("growth",
                equalTo(150));
        Map<String, Object> silver = level("白银会员", "Silver", 100, "0.9700", "1.50");
        try {
            shop.as(admin).body(silver).put(shop.api("/admin/membership/levels/SILVER")).then().statusCode(200)
                    .body("minGrowth", equalTo(100)).body("name", equalTo("白银会员"));
            shop.as(member.token()).get(shop.api("/me")).then().body("level", equalTo("SILVER"))
                    .body("levelName", equalTo("白银会员"));
            TestProducts.Published cup = products.publish("merchant", "100.00", 5, 300, 0);
            assertThat(quote(member, cup.sku(), 1, null).getString("discountTotal.amount")).isEqualTo("3.00");

            // thresholds rise with the level, the first starts at 0; finance reads, only an admin changes
            shop.as(admin).body(level("银卡会员", "Silver member", 20_000, "0.9800", "1.20"))
                    .put(shop.api("/admin/membership/levels/SILVER")).then().statusCode(400)
                    .body("error", equalTo("VALIDATION"));
            shop.as(admin).body(level("普通会员", "Member", 10, "1.0000", "1.00"))
                    .put(shop.api("/admin/membership/levels/NORMAL")).then().statusCode(400);
            shop.as(admin).body(level("", "Silver", 100, "1.5", "1.20"))
                    .put(shop.api("/admin/membership/levels/SILVER")).then().statusCode(400);
            shop.as(admin).body(silver).put(shop.api("/admin/membership/levels/PLATINUM")).then().statusCode(404);
            shop.as(shop.demoToken("finance")).body(silver).put(shop.api("/admin/membership/levels/SILVER")).then()
                    .statusCode(403);
            shop.as(shop.demoToken("finance")).get(shop.api("/admin/membership/levels")).then().statusCode(200)
                    .body("find { it.code == 'SILVER' }.minGrowth", equalTo(100));
        } finally {
            shop.as(admin).body(level("银卡会员", "Silver member", 2000, "0.9800", "1.20"))
                    .put(shop.api("/admin/membership/levels/SILVER")).then().statusCode(200);
        }
        // back to 2,000: the member is 普通 again
        shop.as(member.token()).get(shop.api("/me")).then().body("level", equalTo("NORMAL"));
    }

    private static Map<String, Object> level(String name, String nameEn, long minGrowth, String rate,
                                             String multiplier) {
        Map<String, Object> terms = new HashMap<>();
        terms.put("name", name);
        terms.put("nameEn", nameEn);
        terms.put("minGrowth", minGrowth);
        terms.put("discountRate", rate);
        terms.put("pointsMultiplier", multiplier);
        terms.put("freeShipping", false);
        terms.put("priorityService", false);
        return terms;
    }

    @Test
    @Order(99)
    void pointsNotUsedInTimeExpire() {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(5)).untilAsserted(() -> {
            shop.as(shop.demoToken("admin")).post(shop.api("/admin/membership/points/expire")).then()
                    .statusCode(200);
            assertThat(points(early).getLong("points")).isZero();
        });
        JsonPath ledger = points(early);
        assertThat(ledger.getList("entries.reason")).containsExactly("EXPIRED", "SIGN_IN");
        assertThat(ledger.getLong("entries[0].points")).isEqualTo(-5);
        assertThat(ledger.getLong("entries[1].remaining")).isZero();
    }
}
