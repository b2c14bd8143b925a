package org.emporium.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * Buyers racing for the last units, with real threads over real HTTP against the real database (H2 in the default
 * build, MySQL/MariaDB in the {@code mysql} profile): never an oversell, never a deadlock error, and the stock
 * ledger always adds up to the SKU's figures.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class StockRaceIT {

    /** Accounts are few (each costs a deliberately slow password hash); each places many orders at once. */
    private static final int ACCOUNTS = 20;

    @Deployment(testable = false)
    static WebArchive shop() {
        return ShopDeployment.warAtRoot();
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

    private List<Shop.Shopper> buyers() {
        List<Shop.Shopper> buyers = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            buyers.add(shop.shopperLivingIn("浙江省", "杭州市"));
        }
        return buyers;
    }

    private Map<String, Object> order(Shop.Shopper buyer, List<Map<String, Object>> items) {
        Map<String, Object> body = new HashMap<>();
        body.put("addressId", buyer.addressId());
        body.put("shippingMethod", "standard");
        body.put("acceptTerms", true);
        body.put("items", items);
        return body;
    }

    /** Runs all calls at once (released together) and returns the HTTP status of each. */
    private static List<Integer> race(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                results.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get(5, TimeUnit.MINUTES));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoHundredBuyersForTheLastFiftyUnitsExactlyFiftyGetOne() throws Exception {
        TestProducts.Published hot = products.publish("merchant", "99.00", 50, 500, 0);
        List<Shop.Shopper> buyers = buyers();
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Shop.Shopper buyer = buyers.get(i % ACCOUNTS);
            calls.add(() -> {
                var response = shop.as(buyer.token())
                        .body(order(buyer, List.of(Map.of("skuId", hot.sku(), "quantity", 1))))
                        .post(shop.api("/orders"));
                if (response.statusCode() != 201) {
                    errors.merge(response.statusCode() + " " + response.jsonPath().getString("error"), 1,
                            Integer::sum);
                }
                return response.statusCode();
            });
        }
        List<Integer> statuses = race(calls);

        assertThat(statuses.stream().filter(s -> s == 201).count()).as("orders placed").isEqualTo(50);
        assertThat(errors).as("every refusal is OUT_OF_STOCK, none a deadlock or server error")
                .containsOnlyKeys("409 OUT_OF_STOCK").containsEntry("409 OUT_OF_STOCK", 150);
        assertLedgerAddsUp(hot.sku(), 50, 50);
    }

    @Test
    void buyersOfManySkusInShuffledOrderNeverDeadlock() throws Exception {
        TestProducts.Published set = products.publish("merchant2", "5.00", 30, 100, 0,
                "红", "橙", "黄", "绿", "青", "蓝", "紫", "黑", "白", "灰");
        List<Shop.Shopper> buyers = buyers();
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Shop.Shopper buyer = buyers.get(i % ACCOUNTS);
            List<Map<String, Object>> items = new ArrayList<>();
            set.skuIds().forEach(sku -> items.add(Map.of("skuId", sku, "quantity", 1)));
            Collections.shuffle(items);
            calls.add(() -> {
                var response = shop.as(buyer.token()).body(order(buyer, items)).post(shop.api("/orders"));
                if (response.statusCode() != 201) {
                    errors.merge(response.statusCode() + " " + response.jsonPath().getString("error"), 1,
                            Integer::sum);
                }
                return response.statusCode();
            });
        }
        List<Integer> statuses = race(calls);

        assertThat(statuses.stream().filter(s -> s == 201).count()).as("orders placed").isEqualTo(30);
        assertThat(errors).containsOnlyKeys("409 OUT_OF_STOCK");
        for (long sku : set.skuIds()) {
            assertLedgerAddsUp(sku, 30, 30);
        }
    }

    /** On hand and reserved as expected, and the ledger's movements sum to exactly those figures. */
    private void assertLedgerAddsUp(long skuId, int onHand, int reserved) {
        JsonPath stock = shop.as(shop.demoToken(merchantOf(skuId))).get(shop.api("/admin/skus/" + skuId
                + "/stock?ledgerLines=2000")).then().statusCode(200).extract().jsonPath();
        assertThat(stock.getInt("onHand")).isEqualTo(onHand);
        assertThat(stock.getInt("reserved")).isEqualTo(reserved);
        int ledgerOnHand = 0;
        int ledgerReserved = 0;
        for (Map<String, Object> line : stock.<Map<String, Object>>getList("ledger")) {
            int q = ((Number) line.get("quantity")).intValue();
            switch ((String) line.get("type")) {
                case "RECEIPT", "RETURN", "ADJUST" -> ledgerOnHand += q;
                case "RESERVE" -> ledgerReserved += q;
                case "RELEASE" -> ledgerReserved -= q;
                case "DEDUCT" -> {
                    ledgerOnHand -= q;
                    ledgerReserved -= q;
                }
                default -> throw new AssertionError("unknown movement " + line.get("type"));
            }
        }
        assertThat(ledgerOnHand).as("on hand by the ledger").isEqualTo(onHand);
        assertThat(ledgerReserved).as("reserved by the ledger").isEqualTo(reserved);
    }

    private final Map<Long, String> owners = new HashMap<>();

    private String merchantOf(long skuId) {
        return owners.computeIfAbsent(skuId, id -> shop.as(shop.demoToken("merchant"))
                .get(shop.api("/admin/skus/" + id + "/stock")).statusCode() == 200 ? "merchant" : "merchant2");
    }
}
