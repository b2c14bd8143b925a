package org.emporium.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

/** Cart, checkout and orders through the API: the rules, the split per merchant, and all-or-nothing stock. */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class CheckoutApiIT {

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

    /** A new shopper with a default address in Shanghai; returns {token, addressId}. */
    private String[] shopperInShanghai() {
        Shop.Shopper shopper = shop.shopperLivingIn("上海市", "上海市");
        return new String[] {shopper.token(), Long.toString(shopper.addressId())};
    }

    private static Map<String, Object> checkout(String addressId, String method, boolean acceptTerms) {
        Map<String, Object> body = new HashMap<>();
        body.put("addressId", Long.parseLong(addressId));
        body.put("shippingMethod", method);
        body.put("paymentMethod", "sandbox-alipay");
        body.put("acceptTerms", acceptTerms);
        return body;
    }

    @Test
    void aGuestCartJoinsTheAccountsCartAtSignInWithinThePurchaseLimit() {
        TestProducts.Published cup = products.publish("merchant", "30.00", 50, 700, 5);
        TestProducts.Published mug = products.publish("merchant", "12.00", 50, 300, 0);
        Response first = shop.json().body(Map.of("skuId", cup.sku(), "quantity", 3)).post(shop.api("/cart/items"));
        first.then().statusCode(200).body("lines", hasSize(1)).body("lines[0].price.amount", equalTo("30.00"))
                .body("lines[0].state", equalTo("OK")).body("summary.itemsTotal.amount", equalTo("90.00"));
        String guest = first.header("X-Cart-Token");
        assertThat(guest).hasSize(43);
        shop.json().header("X-Cart-Token", guest).body(Map.of("skuId", mug.sku(), "quantity", 2))
                .post(shop.api("/cart/items")).then().statusCode(200).body("lines", hasSize(2));

        String email = shop.registerShopper("secret-pass-1");
        String token = shop.tokenFor(email, "secret-pass-1");
        shop.as(token).body(Map.of("skuId", cup.sku(), "quantity", 4)).post(shop.api("/cart/items")).then()
                .statusCode(200);
        // sign in carrying the guest cart: 3 + 4 cups exceed the limit of 5, so the line holds 5
        shop.json().header("X-Cart-Token", guest).body(Map.of("email", email, "password", "secret-pass-1"))
                .post(shop.api("/auth/token")).then().statusCode(200);
        JsonPath cart = shop.as(token).get(shop.api("/cart")).then().statusCode(200).extract().jsonPath();
        assertThat(cart.getList("lines.skuId", Long.class)).containsExactlyInAnyOrder(cup.sku(), mug.sku());
        assertThat(cart.getInt("lines.find { it.skuId == " + cup.sku() + " }.quantity")).isEqualTo(5);
        assertThat(cart.getInt("lines.find { it.skuId == " + mug.sku() + " }.quantity")).isEqualTo(2);
        // the guest cart is gone
        shop.json().header("X-Cart-Token", guest).get(shop.api("/cart")).then().body("lines", hasSize(0));
    }

    @Test
    void theCartRefusesBadQuantitiesUnknownSkusAndMoreThanCanBeSold() {
        TestProducts.Published cup = products.publish("merchant", "30.00", 3, 700, 0);
        String token = shopperInShanghai()[0];
        shop.as(token).body(Map.of("skuId", cup.sku(), "quantity", 0)).post(shop.api("/cart/items")).then()
                .statusCode(400).body("error", equalTo("VALIDATION"));
        shop.as(token).body(Map.of("skuId", 987654321, "quantity", 1)).post(shop.api("/cart/items")).then()
                .statusCode(404).body("error", equalTo("NOT_FOUND"));
        shop.as(token).body(Map.of("skuId", cup.sku(), "quantity", 4)).post(shop.api("/cart/items")).then()
                .statusCode(409).body("error", equalTo("OUT_OF_STOCK"));
        shop.as(token).get(shop.api("/cart")).then().body("lines", hasSize(0));

        TestProducts.Published limited = products.publish("merchant", "9.90", 100, 100, 2);
        shop.as(token).body(Map.of("skuId", limited.sku(), "quantity", 3)).post(shop.api("/cart/items")).then()
                .statusCode(409).body("error", equalTo("PURCHASE_LIMIT"));
    }

    @Test
    void theCartShowsCurrentPricesAndFlagsChangesAndSoldOutLines() {
        TestProducts.Published cup = products.publish("merchant", "30.00", 5, 700, 0, "红", "蓝");
        String token = shopperInShanghai()[0];
        shop.as(token).body(Map.of("skuId", cup.skuIds().get(0), "quantity", 2)).post(shop.api("/cart/items"))
                .then().statusCode(200);
        shop.as(token).body(Map.of("skuId", cup.skuIds().get(1), "quantity", 1)).post(shop.api("/cart/items"))
                .then().statusCode(200);
        // the merchant sells out the blue one
        shop.as(shop.demoToken("merchant")).body(Map.of("onHand", 0, "reason", "stock count"))
                .put(shop.api("/admin/skus/" + cup.skuIds().get(1) + "/stock")).then().statusCode(200);
        JsonPath cart = shop.as(token).get(shop.api("/cart")).then().statusCode(200).extract().jsonPath();
        assertThat(cart.getString("lines.find { it.skuId == " + cup.skuIds().get(1) + " }.state"))
                .isEqualTo("OUT_OF_STOCK");
        assertThat(cart.getString("summary.itemsTotal.amount")).isEqualTo("60.00");

        // back-in-stock notice: asking, then the merchant receives goods, then a message arrives
        shop.as(token).body(Map.of("skuId", cup.skuIds().get(1))).post(shop.api("/me/stock-notices")).then()
                .statusCode(201);
        shop.as(shop.demoToken("merchant")).body(Map.of("quantity", 10, "reason", "delivery"))
                .post(shop.api("/admin/skus/" + cup.skuIds().get(1) + "/receipts")).then().statusCode(200)
                .body("onHand", equalTo(10));
        shop.as(token).get(shop.api("/me/messages")).then().statusCode(200)
                .body("items.kind", hasItem("BACK_IN_STOCK")).body("unread", org.hamcrest.Matchers.greaterThan(0));

        // change a line's specification and quantity, remove it
        shop.as(token).body(Map.of("skuId", cup.skuIds().get(1))).put(shop.api("/cart/items/"
                + cup.skuIds().get(0) + "/sku")).then().statusCode(200).body("lines", hasSize(1))
                .body("lines[0].quantity", equalTo(3));
        shop.as(token).body(Map.of("quantity", 1)).put(shop.api("/cart/items/" + cup.skuIds().get(1))).then()
                .statusCode(200).body("lines[0].quantity", equalTo(1));
        shop.as(token).delete(shop.api("/cart/items/" + cup.skuIds().get(1))).then().statusCode(200)
                .body("lines", hasSize(0));
    }

    @Test
    void oneCheckoutOfTwoMerchantsMakesTwoOrdersWithTheirOwnFreight() {
        TestProducts.Published cup = products.publish("merchant", "30.00", 20, 700, 0);
        TestProducts.Published fan = products.publish("merchant2", "25.50", 20, 300, 0);
        String[] shopper = shopperInShanghai();
        String token = shopper[0];
        shop.as(token).body(Map.of("items", List.of(Map.of("skuId", cup.sku(), "quantity", 2),
                Map.of("skuId", fan.sku(), "quantity", 1)))).post(shop.api("/cart/items/batch")).then()
                .statusCode(200).body("lines", hasSize(2));

        // Shanghai is "nearby" for the Hangzhou shop: ¥6 first kg + ¥1 per further 500 g → 1.4 kg = ¥7;
        // the Shenzhen shop charges its default ¥8 for the first kg; no tax on the mainland (VAT included)
        JsonPath quote = shop.as(token).body(checkout(shopper[1], "standard", false))
                .post(shop.api("/checkout/quote")).then().statusCode(200).extract().jsonPath();
        assertThat(quote.getString("itemsTotal.amount")).isEqualTo("85.50");
        assertThat(quote.getString("shipping.amount")).isEqualTo("15.00");
        assertThat(quote.getString("tax.amount")).isEqualTo("0.00");
        assertThat(quote.getString("total.amount")).isEqualTo("100.50");
        assertThat(quote.getList("groups")).hasSize(2);
        assertThat(quote.getList("lines")).hasSize(2);
        int[] before = products.stock("merchant", cup.sku());

        // the quote changed nothing; placing without accepting the terms is refused and changes nothing too
        shop.as(token).body(checkout(shopper[1], "standard", false)).post(shop.api("/orders")).then()
                .statusCode(400).body("error", equalTo("VALIDATION"));
        assertThat(products.stock("merchant", cup.sku())).containsExactly(before);

        String key = UUID.randomUUID().toString();
        JsonPath placed = shop.as(token).header("Idempotency-Key", key).body(checkout(shopper[1], "standard", true))
                .post(shop.api("/orders")).then().statusCode(201).extract().jsonPath();
        List<String> orderNos = placed.getList("orders.orderNo");
        assertThat(orderNos).hasSize(2).allMatch(no -> no.matches("\\d{18}"));
        assertThat(placed.getList("orders.status")).containsOnly("PENDING_PAYMENT");
        assertThat(placed.getList("orders.total.amount")).containsExactlyInAnyOrder("67.00", "33.50");
        assertThat(products.stock("merchant", cup.sku())).containsExactly(before[0], before[1] + 2);
        shop.as(token).get(shop.api("/cart")).then().body("lines", hasSize(0));

        // the same request again with the same key: the same orders, nothing new
        shop.as(token).header("Idempotency-Key", key).body(checkout(shopper[1], "standard", true))
                .post(shop.api("/orders")).then().statusCode(201)
                .body("orders.orderNo", equalTo(orderNos));
        assertThat(products.stock("merchant", cup.sku())).containsExactly(before[0], before[1] + 2);
        // the same key for another request is refused
        Map<String, Object> other = checkout(shopper[1], "express", true);
        other.put("items", List.of(Map.of("skuId", cup.sku(), "quantity", 1)));
        shop.as(token).header("Idempotency-Key", key).body(other).post(shop.api("/orders")).then()
                .statusCode(409).body("error", equalTo("IDEMPOTENCY_KEY_REUSED"));

        // 我的订单: the detail has lines, totals and history; the list's unpaid tab shows both
        String hangzhouOrder = placed.getString("orders.find { it.total.amount == '67.00' }.orderNo");
        shop.as(token).get(shop.api("/orders/" + hangzhouOrder)).then().statusCode(200)
                .body("lines", hasSize(1)).body("lines[0].quantity", equalTo(2))
                .body("shipping.amount", equalTo("7.00")).body("address.city", equalTo("上海市"))
                .body("history[0].to", equalTo("PENDING_PAYMENT"));
        shop.as(token).get(shop.api("/orders?status=unpaid")).then().statusCode(200).body("total", equalTo(2));
        shop.as(token).get(shop.api("/me/messages")).then().body("items.kind", hasItem("ORDER_PLACED"));

        // nobody else can see it: another shopper gets "not found", the other merchant too; its merchant sees it
        String stranger = shopperInShanghai()[0];
        shop.as(stranger).get(shop.api("/orders/" + hangzhouOrder)).then().statusCode(404);
        shop.as(stranger).post(shop.api("/orders/" + hangzhouOrder + "/cancel")).then().statusCode(404);
        shop.as(shop.demoToken("merchant2")).get(shop.api("/admin/orders/" + hangzhouOrder)).then().statusCode(404);
        shop.as(shop.demoToken("merchant")).get(shop.api("/admin/orders?orderNo=" + hangzhouOrder)).then()
                .statusCode(200).body("items.orderNo", equalTo(List.of(hangzhouOrder)));
        shop.as(stranger).get(shop.api("/admin/orders")).then().statusCode(403);

        // the buyer cancels: stock comes back, and a second cancel is refused
        shop.as(token).post(shop.api("/orders/" + hangzhouOrder + "/cancel")).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("history[-1].reason", equalTo("buyer-cancelled"));
        assertThat(products.stock("merchant", cup.sku())).containsExactly(before);
        shop.as(token).post(shop.api("/orders/" + hangzhouOrder + "/cancel")).then().statusCode(409)
                .body("error", equalTo("INVALID_STATE"));
        shop.as(token).post(shop.api("/orders/" + hangzhouOrder + "/confirm-receipt")).then().statusCode(409);
    }

    @Test
    void outOfStockOnOneLineCreatesNoOrderAndReservesNothing() {
        TestProducts.Published plenty = products.publish("merchant", "10.00", 50, 100, 0);
        TestProducts.Published scarce = products.publish("merchant2", "10.00", 2, 100, 0);
        String[] shopper = shopperInShanghai();
        Map<String, Object> body = checkout(shopper[1], "standard", true);
        body.put("items", List.of(Map.of("skuId", plenty.sku(), "quantity", 5),
                Map.of("skuId", scarce.sku(), "quantity", 3)));
        shop.as(shopper[0]).body(body).post(shop.api("/orders")).then().statusCode(409)
                .body("error", equalTo("OUT_OF_STOCK"));
        assertThat(products.stock("merchant", plenty.sku())).containsExactly(50, 0);
        assertThat(products.stock("merchant2", scarce.sku())).containsExactly(2, 0);
        shop.as(shopper[0]).get(shop.api("/orders")).then().body("total", equalTo(0));
    }

    @Test
    void checkoutRefusesAnotherUsersAddressUnknownMethodsAndOffShelfProducts() {
        TestProducts.Published cup = products.publish("merchant", "10.00", 50, 100, 0);
        String[] me = shopperInShanghai();
        String[] someoneElse = shopperInShanghai();
        Map<String, Object> body = checkout(someoneElse[1], "standard", true);
        body.put("items", List.of(Map.of("skuId", cup.sku(), "quantity", 1)));
        shop.as(me[0]).body(body).post(shop.api("/orders")).then().statusCode(404);
        shop.as(me[0]).body(body).post(shop.api("/checkout/quote")).then().statusCode(404);

        Map<String, Object> teleport = checkout(me[1], "teleport", true);
        teleport.put("items", List.of(Map.of("skuId", cup.sku(), "quantity", 1)));
        shop.as(me[0]).body(teleport).post(shop.api("/orders")).then().statusCode(400)
                .body("details.field", hasItem("shippingMethod"));

        Map<String, Object> negative = checkout(me[1], "standard", true);
        negative.put("items", List.of(Map.of("skuId", cup.sku(), "quantity", -1)));
        shop.as(me[0]).body(negative).post(shop.api("/orders")).then().statusCode(400);

        // a client-sent price is ignored: the server's price is what the order costs
        Map<String, Object> cheeky = checkout(me[1], "pickup", true);
        cheeky.put("items", List.of(Map.of("skuId", cup.sku(), "quantity", 1, "price", "0.01")));
        shop.as(me[0]).body(cheeky).post(shop.api("/orders")).then().statusCode(201)
                .body("orders[0].total.amount", equalTo("10.00"));

        shop.as(shop.demoToken("merchant")).post(shop.api("/admin/products/" + cup.productId() + "/off-shelf"))
                .then().statusCode(200);
        Map<String, Object> gone = checkout(me[1], "standard", true);
        gone.put("items", List.of(Map.of("skuId", cup.sku(), "quantity", 1)));
        shop.as(me[0]).body(gone).post(shop.api("/orders")).then().statusCode(409)
                .body("error", equalTo("UNAVAILABLE"));
        shop.as(me[0]).body(Map.of("skuId", cup.sku(), "quantity", 1)).post(shop.api("/cart/items")).then()
                .statusCode(409).body("error", not(equalTo(null)));
        shop.json().get(shop.api("/cart")).then().statusCode(200).body("lines", notNullValue());
    }
}
