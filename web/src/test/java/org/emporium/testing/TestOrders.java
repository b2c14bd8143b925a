package org.emporium.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders taken through their life over the API, as the buyer, the sandbox gateway, the merchant and the sandbox
 * carrier would, for tests about what happens after: placed, paid, shipped, delivered, completed.
 */
public final class TestOrders {

    private final Shop shop;

    public TestOrders(Shop shop) {
        this.shop = shop;
    }

    /** One order of one SKU, standard delivery to the buyer's default address; its number. */
    public String place(Shop.Shopper buyer, long skuId, int quantity) {
        return place(buyer, Map.of(skuId, quantity));
    }

    /** One order of one merchant's SKUs, in ascending SKU order (line 1 is the smallest id); its number. */
    public String place(Shop.Shopper buyer, Map<Long, Integer> skus) {
        return place(buyer, skus, Map.of());
    }

    /** As {@link #place(Shop.Shopper, Map)}, with more of the checkout request (a {@code couponCode}, say). */
    public String place(Shop.Shopper buyer, Map<Long, Integer> skus, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.put("addressId", buyer.addressId());
        body.put("shippingMethod", "standard");
        body.put("acceptTerms", true);
        body.put("items", skus.keySet().stream().sorted().map(sku -> Map.of("skuId", sku, "quantity",
                skus.get(sku))).toList());
        return shop.as(buyer.token()).body(body).post(shop.api("/orders")).then().statusCode(201).extract()
                .path("orders[0].orderNo");
    }

    /** Pays the order on the sandbox gateway's page by {@code method} and waits until the shop believes it. */
    public void pay(Shop.Shopper buyer, String orderNo, String method) {
        String paymentNo = shop.as(buyer.token()).body(Map.of("orderNos", List.of(orderNo), "method", method))
                .post(shop.api("/payments")).then().statusCode(201).extract().path("paymentNo");
        shop.json().post(shop.api("/sandbox-gateway/payments/" + paymentNo + "/pay")).then().statusCode(200);
        awaitStatus(buyer, orderNo, "PAID");
    }

    /** The demo {@code merchant} ships the whole order with the sandbox carrier. */
    public void ship(String merchant, String orderNo) {
        shop.as(shop.demoToken(merchant)).body(Map.of("carrier", "sandbox-express"))
                .post(shop.api("/admin/orders/" + orderNo + "/ship")).then().statusCode(201);
    }

    /** An order of the demo "merchant" paid, shipped and delivered by the sandbox carrier (or completed since). */
    public String delivered(Shop.Shopper buyer, long skuId, int quantity) {
        return delivered("merchant", buyer, skuId, quantity);
    }

    /** An order of the demo {@code merchant}'s SKU, paid, shipped by that merchant and delivered. */
    public String delivered(String merchant, Shop.Shopper buyer, long skuId, int quantity) {
        return deliver(merchant, buyer, place(buyer, skuId, quantity));
    }

    /** Takes a placed order of the demo {@code merchant} through payment, shipping and delivery. */
    public String deliver(String merchant, Shop.Shopper buyer, String orderNo) {
        pay(buyer, orderNo, "sandbox-alipay");
        ship(merchant, orderNo);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(order(buyer, orderNo).getString("status")).isIn("DELIVERED", "COMPLETED"));
        return orderNo;
    }

    /** A delivered order whose buyer has confirmed receipt. */
    public String completed(Shop.Shopper buyer, long skuId, int quantity) {
        return completed("merchant", buyer, skuId, quantity);
    }

    /** A delivered order of the demo {@code merchant} whose buyer has confirmed receipt. */
    public String completed(String merchant, Shop.Shopper buyer, long skuId, int quantity) {
        return complete(merchant, buyer, place(buyer, skuId, quantity));
    }

    /** Takes a placed order of the demo {@code merchant} through payment, shipping, delivery and receipt. */
    public String complete(String merchant, Shop.Shopper buyer, String orderNo) {
        deliver(merchant, buyer, orderNo);
        shop.as(buyer.token()).post(shop.api("/orders/" + orderNo + "/confirm-receipt")).then().statusCode(200);
        return orderNo;
    }

    /** The order as its buyer sees it. */
    public JsonPath order(Shop.Shopper buyer, String orderNo) {
        return shop.as(buyer.token()).get(shop.api("/orders/" + orderNo)).then().statusCode(200).extract()
                .jsonPath();
    }

    public void awaitStatus(Shop.Shopper buyer, String orderNo, String status) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(order(buyer, orderNo).getString("status")).isEqualTo(status));
    }
}
