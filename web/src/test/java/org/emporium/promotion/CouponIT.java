package org.emporium.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Coupons over real HTTP: a shop's coupon claimed in the coupon centre within its quantity and per-member limit
 * by buyers racing for it, used at checkout after the 满减 (paid to the cent), refused for another's or for items
 * below its minimum, and given back when the order is cancelled; the template counts what was issued and used.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class CouponIT {

    /** Parcels arrive in seconds here, for the coupons given on completed orders. */
    @Deployment(testable = false)
    static WebArchive shop() {
        WebArchive war = ShopDeployment.warAtRoot();
        war.addAsResource(new StringAsset("config_ordinal=250\n"
                + "EMPORIUM_SANDBOX_CARRIER_STEP=PT1S\n"), "META-INF/microprofile-config.properties");
        return war;
    }

    @ArquillianResource
    URL base;

    Shop shop;
    TestProducts products;
    String merchant;

    @BeforeEach
    void connect() {
        shop = new Shop(base);
        products = new TestProducts(shop);
        merchant = shop.demoToken("merchant2");
    }

    @Test
    void buyersRacingForTheLastCouponsGetNoMoreThanThereAreAndOneEach() throws Exception {
        long template = create(Map.of("amountOff", "15.00", "minimum", "100.00", "quantity", 3, "perMember", 1));
        List<Shop.Shopper> buyers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            buyers.add(shop.shopperLivingIn("浙江省", "杭州市"));
        }
        List<Shop.Shopper> racers = new ArrayList<>(buyers);
        racers.add(buyers.get(0)); // one buyer twice at the same moment

        List<Integer> answers = race(racers, buyer -> shop.as(buyer.token())
                .post(shop.api("/coupons/centre/" + template + "/claim")));

        assertThat(answers.stream().filter(code -> code == 201).count()).isEqualTo(3);
        assertThat(answers).allMatch(code -> code == 201 || code == 409);
        long holders = buyers.stream().filter(b -> !shop.as(b.token()).get(shop.api("/me/coupons")).then()
                .statusCode(200).extract().jsonPath().getList("code").isEmpty()).count();
        assertThat(holders).isEqualTo(3);
        assertThat(buyers.stream().mapToInt(b -> shop.as(b.token()).get(shop.api("/me/coupons")).then()
                .extract().jsonPath().getList("code").size()).max().orElseThrow()).isEqualTo(1);
        shop.as(merchant).get(shop.api("/admin/coupon-templates/" + template)).then().statusCode(200)
                .body("issued", equalTo(3)).body("used", equalTo(0));
    }

    @Test
    void aCouponComesOffAfterThe满减AndComesBackWhenTheOrderIsCancelled() {
        TestProducts.Published vase = products.publish("merchant2", "120.00", 20, 300, 0);
        long reduction = shop.as(merchant).body(Map.of("kind", "THRESHOLD_REDUCTION", "name", "券测满减",
                        "productIds", List.of(vase.productId()),
                        "tiers", List.of(Map.of("threshold", "200.00", "reduction", "20.00")),
                        "startsAt", Instant.now().minus(1, ChronoUnit.MINUTES).toString(),
                        "endsAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .post(shop.api("/admin/promotions")).then().statusCode(201).extract().jsonPath().getLong("id");
        long template = create(Map.of("amountOff", "30.00", "minimum", "200.00", "perMember", 2));
        Shop.Shopper buyer = shop.shopperLivingIn("浙江省", "杭州市");
        String code = shop.as(buyer.token()).post(shop.api("/coupons/centre/" + template + "/claim")).then()
                .statusCode(201).body("status", equalTo("AVAILABLE")).extract().path("code");

        // 2 × 120 = 240 → 满 200 减 20 → 220 → 满 200 减 30 coupon → 190
        JsonPath quote = quote(buyer, Map.of(vase.sku(), 2), code).then().statusCode(200).extract().jsonPath();
        assertThat(quote.getString("discountTotal.amount")).isEqualTo("50.00");
        assertThat(quote.getList("lines[0].discounts.kind")).containsExactly("THRESHOLD_REDUCTION", "COUPON");
        // one vase: 120 is below both minimums
        quote(buyer, Map.of(vase.sku(), 1), code).then().statusCode(409)
                .body("error", equalTo("COUPON_NOT_APPLICABLE"));
        // another buyer cannot use this one's code
        Shop.Shopper other = shop.shopperLivingIn("浙江省", "杭州市");
        quote(other, Map.of(vase.sku(), 2), code).then().statusCode(409)
                .body("error", equalTo("COUPON_NOT_APPLICABLE"));

        Map<String, Object> order = checkout(buyer, Map.of(vase.sku(), 2), code);
        order.put("acceptTerms", true);
        String orderNo = shop.as(buyer.token()).body(order).post(shop.api("/orders")).then().statusCode(201)
                .extract().path("orders[0].orderNo");
        assertThat(shop.as(buyer.token()).get(shop.api("/orders/" + orderNo)).then().extract()
                .jsonPath().getString("total.amount")).isEqualTo(quote.getString("total.amount"));
        shop.as(buyer.token()).get(shop.api("/me/coupons")).then().body("[0].status", equalTo("USED"))
                .body("[0].discount", equalTo("30.00"));
        // used once only
        Map<String, Object> again = checkout(buyer, Map.of(vase.sku(), 2), code);
        again.put("acceptTerms", true);
        shop.as(buyer.token()).body(again).post(shop.api("/orders")).then().statusCode(409)
                .body("error", equalTo("COUPON_NOT_APPLICABLE"));
        shop.as(merchant).get(shop.api("/admin/coupon-templates/" + template)).then()
                .body("used", equalTo(1)).body("discountGiven", equalTo("30.00"))
                .body("ordersDriven", equalTo(1)).body("salesDriven", equalTo(quote.getString("total.amount")));

        shop.as(buyer.token()).post(shop.api("/orders/" + orderNo + "/cancel")).then().statusCode(200);
        shop.as(buyer.token()).get(shop.api("/me/coupons")).then().body("[0].status", equalTo("AVAILABLE"));
        shop.as(merchant).get(shop.api("/admin/coupon-templates/" + template)).then()
                .body("used", equalTo(0)).body("discountGiven", equalTo("0.00")).body("ordersDriven", equalTo(0));

        shop.as(merchant).post(shop.api("/admin/promotions/" + reduction + "/end")).then().statusCode(200);
    }

    @Test
    void newMembersAndBigSpendersAreGivenTheirCoupons() {
        Map<String, Object> welcome = draft(Map.of("amountOff", "5.00", "quantity", 1));
        welcome.put("issuance", "REGISTRATION");
        long welcomeId = shop.as(merchant).body(welcome).post(shop.api("/admin/coupon-templates")).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Shop.Shopper newcomer = shop.shopperLivingIn("浙江省", "杭州市");
        assertThat(shop.as(newcomer.token()).get(shop.api("/me/coupons")).then().statusCode(200).extract()
                .jsonPath().getList("templateId", Long.class)).containsExactly(welcomeId);
        // the only one there was is gone: the next newcomer is welcomed without it, and registers all the same
        Shop.Shopper next = shop.shopperLivingIn("浙江省", "杭州市");
        assertThat(shop.as(next.token()).get(shop.api("/me/coupons")).then().extract().jsonPath()
                .getList("templateId", Long.class)).doesNotContain(welcomeId);

        Map<String, Object> reward = draft(Map.of("amountOff", "20.00", "minimum", "100.00"));
        reward.put("issuance", "SPEND");
        reward.put("spendThreshold", "150.00");
        long rewardId = shop.as(merchant).body(reward).post(shop.api("/admin/coupon-templates")).then()
                .statusCode(201).body("spendThreshold", equalTo("150.00")).extract().jsonPath().getLong("id");
        TestProducts.Published cheap = products.publish("merchant2", "60.00", 10, 100, 0);
        TestProducts.Published dear = products.publish("merchant2", "200.00", 10, 100, 0);
        TestOrders orders = new TestOrders(shop);
        orders.completed("merchant2", next, cheap.sku(), 1);
        assertThat(shop.as(next.token()).get(shop.api("/me/coupons")).then().extract().jsonPath()
                .getList("templateId", Long.class)).as("¥60 is below the spend").doesNotContain(rewardId);
        orders.completed("merchant2", next, dear.sku(), 1);
        assertThat(shop.as(next.token()).get(shop.api("/me/coupons")).then().extract().jsonPath()
                .getList("templateId", Long.class)).containsExactly(rewardId);
        shop.as(merchant).get(shop.api("/admin/coupon-templates/" + rewardId)).then().statusCode(200)
                .body("issued", equalTo(1));
    }

    @Test
    void pointsBuyACouponAndTooFewBuyNothing() {
        Map<String, Object> forPoints = draft(Map.of("amountOff", "10.00", "pointsPrice", 300, "perMember", 3));
        forPoints.put("issuance", "POINTS");
        long template = shop.as(merchant).body(forPoints).post(shop.api("/admin/coupon-templates")).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        assertThat(shop.json().get(shop.api("/coupons/points-exchange")).then().statusCode(200).extract()
                .jsonPath().getList("id", Long.class)).contains(template);
        Shop.Shopper member = shop.shopperLivingIn("浙江省", "杭州市");
        new TestOrders(shop).completed("merchant2", member, products.publish("merchant2", "500.00", 10, 100, 0)
                .sku(), 1);
        shop.as(member.token()).get(shop.api("/me/points")).then().body("points", equalTo(500));

        shop.as(member.token()).post(shop.api("/coupons/points-exchange/" + template)).then().statusCode(201)
                .body("templateId", equalTo((int) template)).body("status", equalTo("AVAILABLE"));
        shop.as(member.token()).post(shop.api("/coupons/points-exchange/" + template)).then().statusCode(409)
                .body("error", equalTo("INSUFFICIENT_POINTS"));

        var ledger = shop.as(member.token()).get(shop.api("/me/points")).then().statusCode(200).extract().jsonPath();
        assertThat(ledger.getLong("points")).isEqualTo(200);
        assertThat(ledger.getList("entries.reason")).containsExactly("EXCHANGED", "ORDER");
        assertThat(shop.as(member.token()).get(shop.api("/me/coupons")).then().extract().jsonPath()
                .getList("templateId", Long.class)).as("the refused exchange left no coupon").hasSize(1);
        // a coupon that is claimed is not for points, and the reverse
        shop.as(member.token()).post(shop.api("/coupons/centre/" + template + "/claim")).then().statusCode(404);
    }

    @Test
    void aFreeShippingCouponWaivesItsShopsFreight() {
        Map<String, Object> terms = new HashMap<>(Map.of("freeShipping", true));
        long template = create(terms);
        Shop.Shopper buyer = shop.shopperLivingIn("新疆维吾尔自治区", "乌鲁木齐市");
        String code = shop.as(buyer.token()).post(shop.api("/coupons/centre/" + template + "/claim")).then()
                .statusCode(201).body("freeShipping", equalTo(true)).extract().path("code");
        TestProducts.Published rug = products.publish("merchant2", "80.00", 10, 3000, 0);

        var without = quote(buyer, Map.of(rug.sku(), 1), null).then().statusCode(200).extract().jsonPath();
        String freight = without.getString("shipping.amount");
        assertThat(new java.math.BigDecimal(freight)).isPositive();
        var with = quote(buyer, Map.of(rug.sku(), 1), code).then().statusCode(200).extract().jsonPath();
        assertThat(with.getString("shipping.amount")).isEqualTo("0.00");
        assertThat(with.getList("discounts.kind")).containsExactly("COUPON");
        assertThat(with.getString("discounts[0].amount.amount")).isEqualTo(freight);
        assertThat(new java.math.BigDecimal(without.getString("total.amount"))
                .subtract(new java.math.BigDecimal(with.getString("total.amount"))))
                .isEqualByComparingTo(freight);

        Map<String, Object> placing = checkout(buyer, Map.of(rug.sku(), 1), code);
        placing.put("acceptTerms", true);
        shop.as(buyer.token()).body(placing).post(shop.api("/orders")).then().statusCode(201)
                .body("orders[0].total.amount", equalTo(with.getString("total.amount")));
        shop.as(merchant).get(shop.api("/admin/coupon-templates/" + template)).then().statusCode(200)
                .body("used", equalTo(1)).body("discountGiven", equalTo(freight));

        // a free-shipping coupon takes no amount off as well
        shop.as(merchant).body(draft(Map.of("freeShipping", true, "amountOff", "5.00")))
                .post(shop.api("/admin/coupon-templates")).then().statusCode(400).body("error", equalTo("VALIDATION"));
    }

    @Test
    void checkoutOffersTheCouponThatSavesMost() {
        long small = create(Map.of("amountOff", "5.00"));
        long large = create(Map.of("amountOff", "20.00", "minimum", "100.00"));
        Shop.Shopper buyer = shop.shopperLivingIn("浙江省", "杭州市");
        TestProducts.Published cheap = products.publish("merchant2", "50.00", 10, 100, 0);
        TestProducts.Published dear = products.publish("merchant2", "150.00", 10, 100, 0);
        shop.as(buyer.token()).body(checkout(buyer, Map.of(cheap.sku(), 1), null))
                .post(shop.api("/checkout/best-coupon")).then().statusCode(204);
        shop.as(buyer.token()).post(shop.api("/coupons/centre/" + small + "/claim")).then().statusCode(201);
        shop.as(buyer.token()).post(shop.api("/coupons/centre/" + large + "/claim")).then().statusCode(201);

        var forDear = shop.as(buyer.token()).body(checkout(buyer, Map.of(dear.sku(), 1), null))
                .post(shop.api("/checkout/best-coupon")).then().statusCode(200).extract().jsonPath();
        assertThat(forDear.getString("saving.amount")).isEqualTo("20.00");
        // its code quoted saves what it promised
        var quoted = quote(buyer, Map.of(dear.sku(), 1), forDear.getString("code")).then().statusCode(200)
                .extract().jsonPath();
        assertThat(quoted.getString("discountTotal.amount")).isEqualTo("20.00");
        // below the large one's minimum, the small one is best
        shop.as(buyer.token()).body(checkout(buyer, Map.of(cheap.sku(), 1), null))
                .post(shop.api("/checkout/best-coupon")).then().statusCode(200).body("saving.amount", equalTo("5.00"));
    }

    @Test
    void badTermsAreRefused() {
        Map<String, Object> both = draft(Map.of("amountOff", "10.00", "rate", "0.90"));
        shop.as(merchant).body(both).post(shop.api("/admin/coupon-templates")).then().statusCode(400)
                .body("error", equalTo("VALIDATION"));
        Map<String, Object> none = draft(Map.of());
        shop.as(merchant).body(none).post(shop.api("/admin/coupon-templates")).then().statusCode(400);
        shop.as(shop.shopperLivingIn("浙江省", "杭州市").token()).body(draft(Map.of("amountOff", "10.00")))
                .post(shop.api("/admin/coupon-templates")).then().statusCode(403);
    }

    private long create(Map<String, Object> terms) {
        return shop.as(merchant).body(draft(terms)).post(shop.api("/admin/coupon-templates")).then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> draft(Map<String, Object> terms) {
        Map<String, Object> draft = new HashMap<>(terms);
        draft.put("name", "店铺券测试");
        draft.put("nameEn", "Shop coupon test");
        draft.put("issuance", "CLAIM");
        draft.put("validDays", 7);
        draft.put("issueFrom", Instant.now().minus(1, ChronoUnit.MINUTES).toString());
        draft.put("issueTo", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        return draft;
    }

    private Response quote(Shop.Shopper buyer, Map<Long, Integer> items, String code) {
        return shop.as(buyer.token()).body(checkout(buyer, items, code)).post(shop.api("/checkout/quote"));
    }

    private static Map<String, Object> checkout(Shop.Shopper buyer, Map<Long, Integer> items, String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("addressId", buyer.addressId());
        body.put("shippingMethod", "standard");
        body.put("couponCode", code);
        body.put("items", items.entrySet().stream().map(e -> Map.of("skuId", e.getKey(), "quantity", e.getValue()))
                .toList());
        return body;
    }

    private static <T> List<Integer> race(List<T> who, java.util.function.Function<T, Response> action)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(who.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (T one : who) {
            answers.add(pool.submit(() -> {
                start.await();
                return action.apply(one).statusCode();
            }));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            codes.add(answer.get());
        }
        pool.shutdown();
        return codes;
    }
}
