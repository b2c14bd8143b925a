package org.emporium.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emporium.testing.Shop;
import org.emporium.testing.ShopDeployment;
import org.emporium.testing.TestOrders;
import org.emporium.testing.TestPictures;
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
 * Reviews over real HTTP on orders really paid, delivered and completed: one review per line with photos, changed
 * once, followed up once, answered once by the merchant, hidden by customer service; the product's figures and
 * rating follow; nobody else writes or changes a buyer's review.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class ReviewIT {

    /** A short return window, so that the test can see it close. */
    static final int RETURN_WINDOW_SECONDS = 15;

    @Deployment(testable = false)
    static WebArchive shop() {
        WebArchive war = ShopDeployment.warAtRoot();
        war.addAsResource(new StringAsset("config_ordinal=250\n"
                + "EMPORIUM_SANDBOX_CARRIER_STEP=PT1S\n"
                + "EMPORIUM_RETURN_WINDOW=PT" + RETURN_WINDOW_SECONDS + "S\n"), "META-INF/microprofile-config.properties");
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
    void buyersReviewWhatTheyBoughtAndTheProductPageCountsIt() throws Exception {
        TestProducts.Published cup = products.publish("merchant", "29.00", 20, 300, 0);
        Shop.Shopper alice = shop.shopperLivingIn("浙江省", "杭州市");
        Shop.Shopper bob = shop.shopperLivingIn("江苏省", "苏州市");
        String aliceOrder = orders.completed(alice, cup.sku(), 1);
        String bobOrder = orders.completed(bob, cup.sku(), 1);

        String photo = shop.as(alice.token()).contentType("application/octet-stream")
                .body(TestPictures.png(800, 600)).post(shop.api("/media/photos")).then().statusCode(201).extract()
                .path("url");
        JsonPath written = write(alice, aliceOrder, 5, "很好用，杯子很结实", List.of(photo)).then().statusCode(201)
                .body("rating", equalTo(5)).body("editable", equalTo(true)).extract().jsonPath();
        long aliceReview = written.getLong("id");
        // one review per line; Bob cannot review Alice's order, nor use her photo
        write(alice, aliceOrder, 4, "again", List.of()).then().statusCode(409).body("error", equalTo("ALREADY_REVIEWED"));
        write(bob, aliceOrder, 1, "not mine", List.of()).then().statusCode(404);
        write(bob, bobOrder, 2, "借用别人的图", List.of(photo)).then().statusCode(400);
        long bobReview = write(bob, bobOrder, 2, "一般，有点小", List.of()).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        write(bob, bobOrder, 6, "too many stars", List.of()).then().statusCode(400);
        // a review earns its points once: 29 for the order, 10 for the review, nothing for the refused second one
        JsonPath points = shop.as(alice.token()).get(shop.api("/me/points")).then().statusCode(200).extract()
                .jsonPath();
        assertThat(points.getList("entries.reason")).containsExactly("REVIEW", "ORDER");
        assertThat(points.getLong("points")).isEqualTo(39);

        JsonPath page = shop.json().get(shop.api("/products/" + cup.productId() + "/reviews")).then().statusCode(200)
                .extract().jsonPath();
        assertThat(page.getLong("summary.count")).isEqualTo(2);
        assertThat(page.getDouble("summary.average")).isEqualTo(3.5);
        assertThat(page.getList("summary.stars", Integer.class)).containsExactly(1, 0, 0, 1, 0);
        assertThat(page.getInt("summary.positivePercent")).isEqualTo(50);
        assertThat(page.getList("items.id", Long.class)).containsExactly(bobReview, aliceReview);
        assertThat(page.getString("items[1].reviewer")).contains("***").doesNotContain("@");
        assertThat(page.getString("items[1].orderNo")).isNull();
        assertThat(shop.json().get(shop.api("/products/" + cup.productId() + "/reviews?withPhotos=true")).then()
                .extract().jsonPath().getList("items.id", Long.class)).containsExactly(aliceReview);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(shop.json()
                .get(shop.api("/products/" + cup.productId())).then().extract().jsonPath().getDouble("rating"))
                .isEqualTo(3.5));

        // changed once, followed up once
        Map<String, Object> change = Map.of("lineNo", 1, "rating", 3, "content", "用了一周，杯口掉漆");
        shop.as(bob.token()).body(change).put(shop.api("/reviews/" + aliceReview)).then().statusCode(404);
        shop.as(bob.token()).body(change).put(shop.api("/reviews/" + bobReview)).then().statusCode(200)
                .body("rating", equalTo(3)).body("editable", equalTo(false));
        shop.as(bob.token()).body(change).put(shop.api("/reviews/" + bobReview)).then().statusCode(409)
                .body("error", equalTo("ALREADY_EDITED"));
        shop.as(alice.token()).body(Map.of("text", "用了一个月，依然很好")).post(shop.api("/reviews/" + aliceReview
                + "/follow-up")).then().statusCode(200).body("followUp", equalTo("用了一个月，依然很好"));
        shop.as(alice.token()).body(Map.of("text", "再追评")).post(shop.api("/reviews/" + aliceReview
                + "/follow-up")).then().statusCode(409);

        // the merchant answers its own shop's review once; another merchant cannot see it
        shop.as(shop.demoToken("merchant2")).body(Map.of("text", "谢谢"))
                .post(shop.api("/admin/reviews/" + bobReview + "/reply")).then().statusCode(404);
        String merchant = shop.demoToken("merchant");
        shop.as(merchant).body(Map.of("text", "抱歉，已为您补发杯垫")).post(shop.api("/admin/reviews/" + bobReview
                + "/reply")).then().statusCode(200).body("reply", equalTo("抱歉，已为您补发杯垫"));
        shop.as(merchant).body(Map.of("text", "再回复")).post(shop.api("/admin/reviews/" + bobReview + "/reply"))
                .then().statusCode(409);

        // customer service hides an abusive one: it leaves the page and the rating; merchants may not hide
        shop.as(merchant).body(Map.of("text", "差评")).post(shop.api("/admin/reviews/" + bobReview + "/hide"))
                .then().statusCode(403);
        shop.as(shop.demoToken("service")).body(Map.of("text", "含有辱骂内容"))
                .post(shop.api("/admin/reviews/" + bobReview + "/hide")).then().statusCode(200)
                .body("hidden", equalTo(true));
        JsonPath after = shop.json().get(shop.api("/products/" + cup.productId() + "/reviews")).then().extract()
                .jsonPath();
        assertThat(after.getList("items.id", Long.class)).containsExactly(aliceReview);
        assertThat(after.getDouble("summary.average")).isEqualTo(5.0);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(shop.json()
                .get(shop.api("/products/" + cup.productId())).then().extract().jsonPath().getDouble("rating"))
                .isEqualTo(5.0));

        JsonPath statistics = shop.as(merchant).get(shop.api("/admin/reviews/statistics?max=500")).then()
                .statusCode(200).extract().jsonPath();
        assertThat(statistics.getList("products.productId", Long.class)).contains(cup.productId());
        assertThat(shop.as(bob.token()).get(shop.api("/reviews")).then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class)).containsExactly(bobReview);
    }

    @Test
    void onlyACompletedOrderIsReviewed() {
        TestProducts.Published cup = products.publish("merchant", "15.00", 10, 300, 0);
        Shop.Shopper buyer = shop.shopperLivingIn("广东省", "深圳市");
        String orderNo = orders.place(buyer, cup.sku(), 1);
        write(buyer, orderNo, 5, "还没付款", List.of()).then().statusCode(409).body("error", equalTo("INVALID_STATE"));
        shop.json().body(Map.of("orderNo", orderNo, "lineNo", 1, "rating", 5)).post(shop.api("/reviews")).then()
                .statusCode(401);
    }

    @Test
    void afterSalesCloseWithTheReturnWindowWhileReviewsStayOpen() {
        TestProducts.Published cup = products.publish("merchant", "19.00", 10, 300, 0);
        Shop.Shopper buyer = shop.shopperLivingIn("广东省", "深圳市");
        String orderNo = orders.completed(buyer, cup.sku(), 1);
        Map<String, Object> request = Map.of("orderNo", orderNo, "lineNo", 1, "type", "REFUND_ONLY",
                "quantity", 1, "reason", "QUALITY", "description", "杯口有裂纹");
        String requestNo = shop.as(buyer.token()).body(request).post(shop.api("/after-sales")).then()
                .statusCode(201).extract().path("requestNo");
        shop.as(buyer.token()).post(shop.api("/after-sales/" + requestNo + "/withdraw")).then().statusCode(200);

        // the window counts from delivery, which came before completion: once it has passed, asking is refused
        Instant closed = Instant.parse(shop.as(buyer.token()).get(shop.api("/orders/" + orderNo)).then().extract()
                .path("completedAt")).plusSeconds(RETURN_WINDOW_SECONDS + 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> Instant.now().isAfter(closed));
        shop.as(buyer.token()).body(request).post(shop.api("/after-sales")).then().statusCode(409)
                .body("error", equalTo("RETURN_WINDOW_CLOSED"));
        write(buyer, orderNo, 4, "用了一段时间，还不错", List.of()).then().statusCode(201);
    }

    private io.restassured.response.Response write(Shop.Shopper buyer, String orderNo, int rating, String content,
                                                   List<String> photos) {
        Map<String, Object> body = new HashMap<>();
        body.put("orderNo", orderNo);
        body.put("lineNo", 1);
        body.put("rating", rating);
        body.put("content", content);
        body.put("photos", photos);
        return shop.as(buyer.token()).body(body).post(shop.api("/reviews"));
    }
}
