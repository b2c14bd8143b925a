package org.emporium.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emporium.testing.Shop;
import org.emporium.testing.ShopDeployment;
import org.emporium.testing.TestProducts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Promotions over real HTTP: a merchant's 满减 and 限时折扣 priced by the one engine in the quote and in the placed
 * order, each line's discount explained and summing to the promotion, the next tier hinted; pausing, resuming and
 * ending; and who may do what. Every promotion here is scoped to this test's own products, so that tests sharing
 * the database never see them.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class PromotionIT {

    @Deployment(testable = false)
    static WebArchive shop() {
        return ShopDeployment.warAtRoot();
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
        merchant = shop.demoToken("merchant");
    }

    @Test
    void tieredReductionIsPricedExplainedAndPaidToTheCent() {
        TestProducts.Published pot = products.publish("merchant", "120.00", 50, 300, 0);
        TestProducts.Published cup = products.publish("merchant", "60.00", 50, 300, 0);
        TestProducts.Published spoon = products.publish("merchant", "0.01", 50, 10, 0);
        long promotion = create(merchant, thresholdReduction(List.of(pot, cup, spoon),
                "200.00", "20.00", "300.00", "50.00")).then().statusCode(201)
                .body("status", equalTo("ACTIVE")).body("phase", equalTo("RUNNING"))
                .extract().jsonPath().getLong("id");
        Shop.Shopper shopper = shop.shopperLivingIn("浙江省", "杭州市");

        // 120 + 60 = 180: short of 200 by 20, and told so
        JsonPath below = quote(shopper, Map.of(pot.sku(), 1, cup.sku(), 1));
        assertThat(below.getString("discountTotal.amount")).isEqualTo("0.00");
        assertThat(below.getList("hints.promotionId", Integer.class)).containsExactly((int) promotion);
        assertThat(below.getString("hints[0].missing.amount")).isEqualTo("20.00");
        assertThat(below.getString("hints[0].reduction.amount")).isEqualTo("20.00");

        // 120 + 3 × 60 + 0.01 = 300.01: the top tier, 50 split by what each line costs
        Map<Long, Integer> items = Map.of(pot.sku(), 1, cup.sku(), 3, spoon.sku(), 1);
        JsonPath quote = quote(shopper, items);
        assertThat(quote.getString("discountTotal.amount")).isEqualTo("50.00");
        assertThat(quote.getString("discounts[0].name")).isEqualTo("满减测试");
        assertThat(quote.getString("lines.find { it.skuId == " + pot.sku() + " }.discount.amount"))
                .isEqualTo("20.00");
        assertThat(quote.getString("lines.find { it.skuId == " + cup.sku() + " }.discount.amount"))
                .isEqualTo("30.00");
        assertThat(quote.getString("lines.find { it.skuId == " + spoon.sku() + " }.discount.amount"))
                .isEqualTo("0.00");
        assertThat(quote.getList("lines.find { it.skuId == " + cup.sku() + " }.discounts.name"))
                .containsExactly("满减测试");
        assertThat(quote.getList("hints")).isEmpty();
        assertThat(money(quote, "total")).isEqualByComparingTo(money(quote, "itemsTotal")
                .subtract(money(quote, "discountTotal")).add(money(quote, "shipping")).add(money(quote, "tax")));

        JsonPath placed = shop.as(shopper.token()).body(checkout(shopper, items, true)).post(shop.api("/orders"))
                .then().statusCode(201).extract().jsonPath();
        String orderNo = placed.getString("orders[0].orderNo");
        assertThat(placed.getString("orders[0].total.amount")).isEqualTo(quote.getString("total.amount"));
        JsonPath order = shop.as(shopper.token()).get(shop.api("/orders/" + orderNo)).then().statusCode(200)
                .extract().jsonPath();
        assertThat(order.getString("lines.find { it.skuId == " + cup.sku() + " }.discounts[0].amount.amount"))
                .isEqualTo("30.00");
        assertThat(order.getString("lines.find { it.skuId == " + cup.sku() + " }.discounts[0].kind"))
                .isEqualTo("THRESHOLD_REDUCTION");
        // the shopper pays exactly what was quoted
        String paymentAmount = shop.as(shopper.token()).body(Map.of("orderNos", List.of(orderNo), "method",
                        "sandbox-alipay")).post(shop.api("/payments")).then().statusCode(201).extract()
                .path("amount.amount");
        assertThat(paymentAmount).isEqualTo(quote.getString("total.amount"));

        end(merchant, promotion);
    }

    @Test
    void aTimedDiscountComesFirstAndTheReductionCountsTheDiscountedPrices() {
        TestProducts.Published tea = products.publish("merchant", "110.00", 50, 300, 0);
        Map<String, Object> discount = draft("TIMED_DISCOUNT", "限时八折", List.of(tea));
        discount.put("rate", "0.90");
        long sale = create(merchant, discount).then().statusCode(201).extract().jsonPath().getLong("id");
        long reduction = create(merchant, thresholdReduction(List.of(tea), "200.00", "20.00")).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Shop.Shopper shopper = shop.shopperLivingIn("浙江省", "杭州市");

        // the product page shows the sale price and both promotions
        String page = shop.json().header("Accept-Language", "en").accept("text/html")
                .get(shop.url("/product.xhtml?id=" + tea.productId())).then().statusCode(200).extract().asString();
        assertThat(page).contains("Sale price ¥99.00", "限时八折 (en) · 90% of the price",
                "满减测试 (en) · spend ¥200.00, save ¥20.00");

        // 2 × 110 = 220 → 2 × 99.00 = 198 after 9折: 2 short of 满 200
        JsonPath quote = quote(shopper, Map.of(tea.sku(), 2));
        assertThat(quote.getString("discountTotal.amount")).isEqualTo("22.00");
        assertThat(quote.getString("hints[0].missing.amount")).isEqualTo("2.00");

        // 3 units: 297 after 9折 → and 20 off
        JsonPath three = quote(shopper, Map.of(tea.sku(), 3));
        assertThat(three.getString("discountTotal.amount")).isEqualTo("53.00");
        assertThat(three.getList("lines[0].discounts.kind")).containsExactly("TIMED_DISCOUNT",
                "THRESHOLD_REDUCTION");

        end(merchant, sale);
        end(merchant, reduction);
    }

    @Test
    void aBudgetIsNeverOverspentByOrdersRacingForIt() throws Exception {
        TestProducts.Published mug = products.publish("merchant", "100.00", 100, 300, 0);
        Map<String, Object> draft = thresholdReduction(List.of(mug), "100.00", "10.00");
        draft.put("budget", "50.00");
        long promotion = create(merchant, draft).then().statusCode(201).body("budget", equalTo("50.00"))
                .body("spent", equalTo("0.00")).extract().jsonPath().getLong("id");
        List<Shop.Shopper> shoppers = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            shoppers.add(shop.shopperLivingIn("浙江省", "杭州市"));
        }

        // twelve buyers at once, each for one 满 100 减 10: the budget pays for five
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<io.restassured.response.Response>> tries = new java.util.ArrayList<>();
        for (Shop.Shopper buyer : shoppers) {
            tries.add(pool.submit(() -> {
                start.await();
                return shop.as(buyer.token()).body(checkout(buyer, Map.of(mug.sku(), 1), true))
                        .post(shop.api("/orders"));
            }));
        }
        start.countDown();
        int discounted = 0;
        Shop.Shopper canceller = null;
        String cancelledNo = null;
        for (int i = 0; i < tries.size(); i++) {
            io.restassured.response.Response answer = tries.get(i).get();
            if (answer.statusCode() == 409) {
                assertThat(answer.jsonPath().getString("error")).isEqualTo("PROMOTION_EXHAUSTED");
                continue;
            }
            assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(201);
            String orderNo = answer.jsonPath().getString("orders[0].orderNo");
            String discount = shop.as(shoppers.get(i).token()).get(shop.api("/orders/" + orderNo)).then()
                    .statusCode(200).extract().path("discountTotal.amount");
            assertThat(discount).isIn("10.00", "0.00");
            if (discount.equals("10.00")) {
                discounted++;
                canceller = shoppers.get(i);
                cancelledNo = orderNo;
            }
        }
        pool.shutdown();

        assertThat(discounted).isEqualTo(5);
        shop.as(merchant).get(shop.api("/admin/promotions/" + promotion)).then().statusCode(200)
                .body("spent", equalTo("50.00")).body("ordersCount", equalTo(5)).body("phase", equalTo("RUNNING"));
        Shop.Shopper late = shop.shopperLivingIn("浙江省", "杭州市");
        assertThat(quote(late, Map.of(mug.sku(), 1)).getString("discountTotal.amount")).as("budget used up")
                .isEqualTo("0.00");

        // an unpaid order cancelled gives its discount back to the budget
        shop.as(canceller.token()).post(shop.api("/orders/" + cancelledNo + "/cancel")).then().statusCode(200);
        shop.as(merchant).get(shop.api("/admin/promotions/" + promotion)).then().statusCode(200)
                .body("spent", equalTo("40.00")).body("ordersCount", equalTo(4));
        assertThat(quote(late, Map.of(mug.sku(), 1)).getString("discountTotal.amount")).isEqualTo("10.00");

        end(merchant, promotion);
    }

    @Test
    void pausedScheduledAndEndedPromotionsTakeNothingOff() {
        TestProducts.Published bowl = products.publish("merchant", "250.00", 50, 300, 0);
        long promotion = create(merchant, thresholdReduction(List.of(bowl), "200.00", "30.00")).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> later = thresholdReduction(List.of(bowl), "100.00", "99.00");
        later.put("startsAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        later.put("endsAt", Instant.now().plus(2, ChronoUnit.DAYS).toString());
        create(merchant, later).then().statusCode(201).body("phase", equalTo("SCHEDULED"));
        Shop.Shopper shopper = shop.shopperLivingIn("浙江省", "杭州市");
        assertThat(quote(shopper, Map.of(bowl.sku(), 1)).getString("discountTotal.amount")).isEqualTo("30.00");

        shop.as(merchant).post(shop.api("/admin/promotions/" + promotion + "/pause")).then().statusCode(200)
                .body("status", equalTo("PAUSED"));
        assertThat(quote(shopper, Map.of(bowl.sku(), 1)).getString("discountTotal.amount")).isEqualTo("0.00");
        shop.as(merchant).post(shop.api("/admin/promotions/" + promotion + "/pause")).then().statusCode(409)
                .body("error", equalTo("INVALID_STATE"));

        shop.as(merchant).post(shop.api("/admin/promotions/" + promotion + "/resume")).then().statusCode(200);
        assertThat(quote(shopper, Map.of(bowl.sku(), 1)).getString("discountTotal.amount")).isEqualTo("30.00");

        end(merchant, promotion);
        assertThat(quote(shopper, Map.of(bowl.sku(), 1)).getString("discountTotal.amount")).isEqualTo("0.00");
        shop.as(merchant).post(shop.api("/admin/promotions/" + promotion + "/resume")).then().statusCode(409);
        shop.as(merchant).get(shop.api("/admin/promotions/" + promotion)).then().statusCode(200)
                .body("status", equalTo("ENDED")).body("phase", equalTo("ENDED"));
    }

    @Test
    void aShopRunsOnlyItsOwnPromotionsAndBadTermsAreRefused() {
        TestProducts.Published mine = products.publish("merchant", "80.00", 5, 300, 0);
        long promotion = create(merchant, thresholdReduction(List.of(mine), "100.00", "10.00")).then()
                .statusCode(201).body("merchantId", notNullValue()).extract().jsonPath().getLong("id");
        String otherShop = shop.demoToken("merchant2");

        shop.as(otherShop).get(shop.api("/admin/promotions/" + promotion)).then().statusCode(404);
        shop.as(otherShop).post(shop.api("/admin/promotions/" + promotion + "/end")).then().statusCode(404);
        assertThat(shop.as(otherShop).get(shop.api("/admin/promotions?size=100")).then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class)).doesNotContain(promotion);
        create(otherShop, thresholdReduction(List.of(mine), "100.00", "10.00")).then().statusCode(400)
                .body("error", equalTo("VALIDATION"));
        create(shop.shopperLivingIn("浙江省", "杭州市").token(), thresholdReduction(List.of(mine), "100.00",
                "10.00")).then().statusCode(403);

        create(merchant, thresholdReduction(List.of(mine), "50.00", "60.00")).then().statusCode(400)
                .body("error", equalTo("VALIDATION"));
        Map<String, Object> tooMuch = draft("TIMED_DISCOUNT", "一折以下", List.of(mine));
        tooMuch.put("rate", "1.20");
        create(merchant, tooMuch).then().statusCode(400).body("error", equalTo("VALIDATION"));
        Map<String, Object> backwards = thresholdReduction(List.of(mine), "100.00", "10.00");
        backwards.put("endsAt", Instant.now().minus(1, ChronoUnit.DAYS).toString());
        create(merchant, backwards).then().statusCode(400).body("error", equalTo("VALIDATION"));
        Map<String, Object> nameless = thresholdReduction(List.of(mine), "100.00", "10.00");
        nameless.put("name", " ");
        create(merchant, nameless).then().statusCode(400).body("error", equalTo("VALIDATION"));

        end(merchant, promotion);
    }

    @Test
    void quantityPricesAndBuyTwoGetOneFreeComeOffTheirItems() {
        TestProducts.Published tea = products.publish("merchant", "100.00", 50, 100, 0);
        TestProducts.Published socks = products.publish("merchant", "40.00", 50, 50, 0, "白", "黑");
        Map<String, Object> tiers = draft("TIERED_PRICE", "阶梯价测试", List.of(tea));
        tiers.put("quantityTiers", List.of(Map.of("minQuantity", 3, "rate", "0.90"),
                Map.of("minQuantity", 5, "rate", "0.80")));
        long tiered = create(merchant, tiers).then().statusCode(201).body("quantityTiers[1].minQuantity", equalTo(5))
                .extract().jsonPath().getLong("id");
        Map<String, Object> deal = draft("BUY_MORE_GET_FREE", "买二送一测试", List.of(socks));
        deal.put("buyQuantity", 2);
        deal.put("freeQuantity", 1);
        long free = create(merchant, deal).then().statusCode(201).body("buyQuantity", equalTo(2))
                .extract().jsonPath().getLong("id");
        Shop.Shopper shopper = shop.shopperLivingIn("浙江省", "杭州市");

        assertThat(quote(shopper, Map.of(tea.sku(), 2)).getString("discountTotal.amount")).isEqualTo("0.00");
        JsonPath three = quote(shopper, Map.of(tea.sku(), 3));
        assertThat(three.getList("lines[0].discounts.kind")).containsExactly("TIERED_PRICE");
        assertThat(three.getString("discountTotal.amount")).isEqualTo("30.00");
        assertThat(quote(shopper, Map.of(tea.sku(), 5)).getString("discountTotal.amount")).isEqualTo("100.00");

        // two white and one black pair: three units of the offer, one free
        JsonPath socksQuote = quote(shopper, Map.of(socks.skuIds().get(0), 2, socks.skuIds().get(1), 1));
        assertThat(socksQuote.getString("discountTotal.amount")).isEqualTo("40.00");
        assertThat(socksQuote.getList("discounts.kind")).containsExactly("BUY_MORE_GET_FREE");

        Map<String, Object> nonsense = draft("TIERED_PRICE", "阶梯价错", List.of(tea));
        nonsense.put("quantityTiers", List.of(Map.of("minQuantity", 3, "rate", "0.90"),
                Map.of("minQuantity", 5, "rate", "0.95")));
        create(merchant, nonsense).then().statusCode(400).body("error", equalTo("VALIDATION"));
        end(merchant, tiered);
        end(merchant, free);
    }

    @Test
    void aPromotionLimitedToSoManyOrdersStopsAfterThem() {
        TestProducts.Published jar = products.publish("merchant", "100.00", 50, 300, 0);
        Map<String, Object> draft = thresholdReduction(List.of(jar), "100.00", "15.00");
        draft.put("maxOrders", 2);
        long promotion = create(merchant, draft).then().statusCode(201).body("maxOrders", equalTo(2)).extract()
                .jsonPath().getLong("id");
        for (int i = 0; i < 2; i++) {
            Shop.Shopper buyer = shop.shopperLivingIn("浙江省", "杭州市");
            shop.as(buyer.token()).body(checkout(buyer, Map.of(jar.sku(), 1), true)).post(shop.api("/orders"))
                    .then().statusCode(201);
        }
        shop.as(merchant).get(shop.api("/admin/promotions/" + promotion)).then().statusCode(200)
                .body("ordersCount", equalTo(2));
        Shop.Shopper third = shop.shopperLivingIn("浙江省", "杭州市");
        assertThat(quote(third, Map.of(jar.sku(), 1)).getString("discountTotal.amount")).isEqualTo("0.00");
        end(merchant, promotion);
    }

    @Test
    void aGiftComesWithTheOrderWhileItsStockLastsAndGoesBackOnCancellation() {
        TestProducts.Published kettle = products.publish("merchant", "150.00", 50, 1000, 0);
        TestProducts.Published mug = products.publish("merchant", "25.00", 1, 300, 0); // one mug to give
        Map<String, Object> gift = draft("GIFT", "满200赠杯", List.of(kettle));
        gift.put("giftSkuId", mug.sku());
        gift.put("giftMinimum", "200.00");
        long promotion = create(merchant, gift).then().statusCode(201).body("kind", equalTo("GIFT"))
                .body("giftSkuId", equalTo((int) mug.sku())).body("giftQuantity", equalTo(1))
                .body("giftMinimum", equalTo("200.00")).extract().jsonPath().getLong("id");
        // the gift is the shop's own SKU; another shop's is refused, as is a platform gift without a shop
        TestProducts.Published elsewhere = products.publish("merchant2", "9.00", 5, 100, 0);
        Map<String, Object> foreign = draft("GIFT", "赠别家", List.of(kettle));
        foreign.put("giftSkuId", elsewhere.sku());
        create(merchant, foreign).then().statusCode(400).body("error", equalTo("VALIDATION"));
        Map<String, Object> noSku = draft("GIFT", "无赠品", List.of(kettle));
        create(merchant, noSku).then().statusCode(400).body("error", equalTo("VALIDATION"));

        // the product page names it; the quote adds the mug at its price, all of it taken off
        assertThat(shop.json().header("Accept-Language", "en").accept("text/html")
                .get(shop.url("/product.xhtml?id=" + kettle.productId())).then().statusCode(200).extract().asString())
                .contains("满200赠杯 (en) · Gift ×1 when the items reach ¥200.00");
        Shop.Shopper first = shop.shopperLivingIn("浙江省", "杭州市");
        // one kettle (150) is 50 short: 再买 ¥50 送赠品, and no mug yet
        JsonPath one = quote(first, Map.of(kettle.sku(), 1));
        assertThat(one.getList("lines.skuId", Long.class)).containsExactly(kettle.sku());
        assertThat(one.getList("hints.kind")).containsExactly("GIFT");
        assertThat(one.getString("hints[0].missing.amount")).isEqualTo("50.00");
        JsonPath quote = quote(first, Map.of(kettle.sku(), 2));
        String mugLine = "lines.find { it.skuId == " + mug.sku() + " }";
        assertThat(quote.getInt(mugLine + ".quantity")).isEqualTo(1);
        assertThat(quote.getString(mugLine + ".lineTotal.amount")).isEqualTo("25.00");
        assertThat(quote.getString(mugLine + ".discount.amount")).isEqualTo("25.00");
        assertThat(quote.getList(mugLine + ".discounts.kind")).containsExactly("GIFT");
        assertThat(quote.getList("discounts.kind")).containsExactly("GIFT");
        assertThat(money(quote, "itemsTotal").subtract(money(quote, "discountTotal")))
                .as("the shopper pays for the kettles only").isEqualByComparingTo("300.00");
        assertThat(quote.getList("hints")).isEmpty();

        String orderNo = shop.as(first.token()).body(checkout(first, Map.of(kettle.sku(), 2), true))
                .post(shop.api("/orders")).then().statusCode(201).extract().jsonPath().getString("orders[0].orderNo");
        JsonPath order = shop.as(first.token()).get(shop.api("/orders/" + orderNo)).then().statusCode(200).extract()
                .jsonPath();
        assertThat(order.getString(mugLine + ".discounts[0].kind")).isEqualTo("GIFT");
        assertThat(order.getString("total.amount")).isEqualTo(quote.getString("total.amount"));
        assertThat(available(mug)).as("the mug is reserved for the order").isZero();

        // the mug is gone: the next shopper is not promised one, and buys all the same
        Shop.Shopper second = shop.shopperLivingIn("浙江省", "杭州市");
        JsonPath without = quote(second, Map.of(kettle.sku(), 2));
        assertThat(without.getList("lines.skuId", Long.class)).containsExactly(kettle.sku());
        assertThat(without.getString("discountTotal.amount")).isEqualTo("0.00");

        // cancelled, the mug is back in stock and the promotion's books with it
        shop.as(first.token()).post(shop.api("/orders/" + orderNo + "/cancel")).then().statusCode(200);
        assertThat(available(mug)).isEqualTo(1);
        shop.as(merchant).get(shop.api("/admin/promotions/" + promotion)).then().statusCode(200)
                .body("spent", equalTo("0.00")).body("ordersCount", equalTo(0));
        assertThat(quote(second, Map.of(kettle.sku(), 2)).getList("lines.skuId", Long.class))
                .containsExactlyInAnyOrder(kettle.sku(), mug.sku());
        end(merchant, promotion);
    }

    private int available(TestProducts.Published product) {
        return shop.json().get(shop.api("/products/" + product.productId())).then().statusCode(200).extract()
                .path("skus[0].available");
    }

    private io.restassured.response.Response create(String token, Map<String, Object> draft) {
        return shop.as(token).body(draft).post(shop.api("/admin/promotions"));
    }

    private void end(String token, long promotion) {
        shop.as(token).post(shop.api("/admin/promotions/" + promotion + "/end")).then().statusCode(200);
    }

    private static Map<String, Object> draft(String kind, String name, List<TestProducts.Published> scope) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("kind", kind);
        draft.put("name", name);
        draft.put("nameEn", name + " (en)");
        draft.put("productIds", scope.stream().map(TestProducts.Published::productId).toList());
        draft.put("startsAt", Instant.now().minus(1, ChronoUnit.MINUTES).toString());
        draft.put("endsAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        return draft;
    }

    private static Map<String, Object> thresholdReduction(List<TestProducts.Published> scope, String... tiers) {
        Map<String, Object> draft = draft("THRESHOLD_REDUCTION", "满减测试", scope);
        List<Map<String, String>> list = new java.util.ArrayList<>();
        for (int i = 0; i < tiers.length; i += 2) {
            list.add(Map.of("threshold", tiers[i], "reduction", tiers[i + 1]));
        }
        draft.put("tiers", list);
        return draft;
    }

    private JsonPath quote(Shop.Shopper shopper, Map<Long, Integer> items) {
        return shop.as(shopper.token()).body(checkout(shopper, items, false)).post(shop.api("/checkout/quote"))
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> checkout(Shop.Shopper shopper, Map<Long, Integer> items, boolean accept) {
        Map<String, Object> body = new HashMap<>();
        body.put("addressId", shopper.addressId());
        body.put("shippingMethod", "standard");
        body.put("acceptTerms", accept);
        body.put("items", items.entrySet().stream().map(e -> Map.of("skuId", e.getKey(), "quantity", e.getValue()))
                .toList());
        return body;
    }

    private static BigDecimal money(JsonPath json, String field) {
        return new BigDecimal(json.getString(field + ".amount"));
    }
}
