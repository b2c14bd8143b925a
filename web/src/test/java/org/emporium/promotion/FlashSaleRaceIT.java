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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.emporium.testing.Shop;
import org.emporium.testing.ShopDeployment;
import org.emporium.testing.TestProducts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 秒杀 under a rush, with real threads over real HTTP against the real database: on MySQL/MariaDB (the {@code mysql}
 * profile) 1,000 buyers at once for 100 units, one each — exactly 100 orders, by 100 different buyers, at the flash
 * price; everyone else is told it is sold out; one buyer racing with themselves gets one. The default build on the
 * embedded database runs the same rush with 300 buyers ({@code flash.buyers}), to keep it quick.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class FlashSaleRaceIT {

    private static final int BUYERS = Integer.getInteger("flash.buyers", 1000);
    private static final int QUOTA = 100;

    /**
     * A thousand sign-ups are the set-up, not the subject: this server hashes passwords with fewer PBKDF2 iterations
     * (still PBKDF2, verified the same way) so that the rush, not the registrations, takes the time.
     */
    @Deployment(testable = false)
    static WebArchive shop() {
        WebArchive war = ShopDeployment.warAtRoot();
        war.addAsResource(new StringAsset("config_ordinal=250\n"
                + "emporium.password.iterations=2048\n"), "META-INF/microprofile-config.properties");
        return war;
    }

    @ArquillianResource
    URL base;

    private Map<String, Object> order(Shop.Shopper buyer, long sku, int quantity) {
        Map<String, Object> body = new HashMap<>();
        body.put("addressId", buyer.addressId());
        body.put("shippingMethod", "standard");
        body.put("acceptTerms", true);
        body.put("items", List.of(Map.of("skuId", sku, "quantity", quantity)));
        return body;
    }

    /** Runs every call at once (released together), {@code threads} at a time; the answers in call order. */
    private static <T> List<T> atOnce(List<java.util.concurrent.Callable<T>> calls, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (var call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<T> answers = new ArrayList<>();
        for (Future<T> future : futures) {
            answers.add(future.get());
        }
        pool.shutdown();
        return answers;
    }

    @Test
    void aThousandBuyersForAHundredUnitsMakeExactlyAHundredOrders() throws Exception {
        Shop shop = new Shop(base);
        String merchant = shop.demoToken("merchant");
        // more in stock than the quota: the quota, not the stock, is what runs out
        TestProducts.Published phone = new TestProducts(shop).publish("merchant", "199.00", 3 * QUOTA, 200, 0);
        Map<String, Object> draft = new HashMap<>();
        draft.put("kind", "FLASH_SALE");
        draft.put("name", "秒杀 手机");
        draft.put("nameEn", "Phone flash sale");
        draft.put("skuIds", List.of(phone.sku()));
        draft.put("flashPrice", "99.00");
        draft.put("quota", QUOTA);
        draft.put("perMember", 1);
        draft.put("startsAt", Instant.now().minus(1, ChronoUnit.MINUTES).toString());
        draft.put("endsAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        long sale = shop.as(merchant).body(draft).post(shop.api("/admin/promotions")).then().statusCode(201)
                .body("quota", equalTo(QUOTA)).body("sold", equalTo(0)).extract().jsonPath().getLong("id");
        Map<String, Object> beyondStock = new HashMap<>(draft);
        beyondStock.put("quota", 3 * QUOTA + 1);
        shop.as(merchant).body(beyondStock).post(shop.api("/admin/promotions")).then().statusCode(400)
                .body("error", equalTo("VALIDATION"));

        List<java.util.concurrent.Callable<Shop.Shopper>> registrations = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            registrations.add(() -> shop.shopperLivingIn("浙江省", "杭州市"));
        }
        List<Shop.Shopper> buyers = atOnce(registrations, 8);

        // the flash price, and no more than the limit
        JsonPath quote = shop.as(buyers.get(0).token()).body(order(buyers.get(0), phone.sku(), 1))
                .post(shop.api("/checkout/quote")).then().statusCode(200).extract().jsonPath();
        assertThat(quote.getList("lines[0].discounts.kind")).containsExactly("FLASH_SALE");
        assertThat(quote.getString("discountTotal.amount")).isEqualTo("100.00");
        shop.as(buyers.get(0).token()).body(order(buyers.get(0), phone.sku(), 2)).post(shop.api("/orders")).then()
                .statusCode(409).body("error", equalTo("FLASH_SALE_LIMIT"));

        // one buyer racing with themselves: one order
        Shop.Shopper eager = buyers.get(0);
        List<java.util.concurrent.Callable<Response>> own = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            own.add(() -> shop.as(eager.token()).body(order(eager, phone.sku(), 1)).post(shop.api("/orders")));
        }
        List<Response> ownAnswers = atOnce(own, 5);
        assertThat(ownAnswers).filteredOn(r -> r.statusCode() == 201).hasSize(1);
        assertThat(ownAnswers).filteredOn(r -> r.statusCode() != 201)
                .allSatisfy(r -> assertThat(r.jsonPath().getString("error")).as(r.asString())
                        .isEqualTo("FLASH_SALE_LIMIT"));

        // the rush: everyone else at once
        List<Shop.Shopper> rush = buyers.subList(1, buyers.size());
        List<java.util.concurrent.Callable<Response>> tries = new ArrayList<>();
        for (Shop.Shopper buyer : rush) {
            tries.add(() -> shop.as(buyer.token()).body(order(buyer, phone.sku(), 1)).post(shop.api("/orders")));
        }
        List<Response> answers = atOnce(tries, 64);
        Set<String> winners = new HashSet<>(Set.of(eager.email()));
        int sold = 1;
        for (int i = 0; i < answers.size(); i++) {
            Response answer = answers.get(i);
            if (answer.statusCode() == 201) {
                sold++;
                winners.add(rush.get(i).email());
                assertThat(answer.jsonPath().getString("orders[0].total.amount")).isNotNull();
            } else {
                assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(409);
                assertThat(answer.jsonPath().getString("error")).isEqualTo("FLASH_SALE_SOLD_OUT");
            }
        }

        assertThat(sold).isEqualTo(QUOTA);
        assertThat(winners).hasSize(QUOTA);
        shop.as(merchant).get(shop.api("/admin/promotions/" + sale)).then().statusCode(200)
                .body("sold", equalTo(QUOTA)).body("spent", equalTo("10000.00")).body("ordersCount", equalTo(QUOTA));
        // exactly the quota reserved from stock: on hand 300, 100 held for the orders
        int[] stock = new TestProducts(shop).stock("merchant", phone.sku());
        assertThat(stock[1]).as("reserved").isEqualTo(QUOTA);
    }
}
