package org.emporium.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emporium.testing.Shop;
import org.emporium.testing.ShopDeployment;
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
 * Time limits, on a shop configured the other way round from the default: stock held at add-to-cart for six
 * seconds, and six seconds to pay. (The timers run every 15–20 s, so the waits below are bounded, never fixed.)
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class UnpaidTimeoutIT {

    @Deployment(testable = false)
    static WebArchive shop() {
        WebArchive war = ShopDeployment.warAtRoot();
        war.addAsResource(new StringAsset("config_ordinal=250\n"
                + "EMPORIUM_ORDER_PAY_WITHIN=PT6S\n"
                + "EMPORIUM_STOCK_RESERVATION=cart\n"
                + "EMPORIUM_CART_HOLD=PT6S\n"
                + "EMPORIUM_PAYMENT_QUERY_AFTER=PT3S\n"), "META-INF/microprofile-config.properties");
        return war;
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

    private String[] shopper() {
        Shop.Shopper shopper = shop.shopperLivingIn("浙江省", "杭州市");
        return new String[] {shopper.token(), Long.toString(shopper.addressId())};
    }

    @Test
    void anUnpaidOrderCancelsItselfAndItsStockComesBack() {
        TestProducts.Published cup = products.publish("merchant", "20.00", 10, 300, 0);
        String[] buyer = shopper();
        Map<String, Object> body = new HashMap<>();
        body.put("addressId", Long.parseLong(buyer[1]));
        body.put("shippingMethod", "standard");
        body.put("acceptTerms", true);
        body.put("items", List.of(Map.of("skuId", cup.sku(), "quantity", 4)));
        String orderNo = shop.as(buyer[0]).body(body).post(shop.api("/orders")).then().statusCode(201).extract()
                .path("orders[0].orderNo");
        assertThat(products.stock("merchant", cup.sku())).containsExactly(10, 4);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(shop.as(buyer[0]).get(shop.api("/orders/" + orderNo)).then().extract()
                        .<String>path("status")).isEqualTo("CANCELLED"));
        shop.as(buyer[0]).get(shop.api("/orders/" + orderNo)).then()
                .body("history[-1].reason", org.hamcrest.Matchers.equalTo("payment-timeout"))
                .body("history[-1].actor", org.hamcrest.Matchers.equalTo("SYSTEM"));
        assertThat(products.stock("merchant", cup.sku())).containsExactly(10, 0);
        shop.as(buyer[0]).get(shop.api("/me/messages")).then().body("items.kind", hasItem("ORDER_CANCELLED"));
    }

    @Test
    void aPaymentNobodyFinishedIsClosedWhenItsOrderTimesOutAndCanNoLongerBePaid() {
        TestProducts.Published cup = products.publish("merchant", "20.00", 10, 300, 0);
        String[] buyer = shopper();
        Map<String, Object> body = new HashMap<>();
        body.put("addressId", Long.parseLong(buyer[1]));
        body.put("shippingMethod", "standard");
        body.put("acceptTerms", true);
        body.put("items", List.of(Map.of("skuId", cup.sku(), "quantity", 1)));
        String orderNo = shop.as(buyer[0]).body(body).post(shop.api("/orders")).then().statusCode(201).extract()
                .path("orders[0].orderNo");
        String paymentNo = shop.as(buyer[0]).body(Map.of("orderNos", List.of(orderNo), "method", "sandbox-alipay"))
                .post(shop.api("/payments")).then().statusCode(201).extract().path("paymentNo");

        // the shopper walks away from the gateway's page: the order times out, the reconciler closes the payment
        // (two timers of their own, so either may come first)
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            assertThat(shop.as(buyer[0]).get(shop.api("/payments/" + paymentNo)).then().extract()
                    .<String>path("status")).isEqualTo("CLOSED");
            assertThat(shop.as(buyer[0]).get(shop.api("/orders/" + orderNo)).then().extract()
                    .<String>path("status")).isEqualTo("CANCELLED");
        });
        shop.json().post(shop.api("/sandbox-gateway/payments/" + paymentNo + "/pay")).then().statusCode(409);
        assertThat(products.stock("merchant", cup.sku())).containsExactly(10, 0);
    }

    @Test
    void stockHeldInTheCartGoesBackWhenTheHoldExpires() {
        TestProducts.Published cup = products.publish("merchant", "20.00", 5, 300, 0);
        String[] buyer = shopper();
        shop.as(buyer[0]).body(Map.of("skuId", cup.sku(), "quantity", 3)).post(shop.api("/cart/items")).then()
                .statusCode(200);
        assertThat(products.stock("merchant", cup.sku())[1]).as("held for the cart").isEqualTo(3);
        // while held, another shopper cannot put more than what is left in their cart
        shop.as(shopper()[0]).body(Map.of("skuId", cup.sku(), "quantity", 3)).post(shop.api("/cart/items")).then()
                .statusCode(409);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(products.stock("merchant", cup.sku())).containsExactly(5, 0));
        // the line is still in the cart, just no longer held
        shop.as(buyer[0]).get(shop.api("/cart")).then().body("lines[0].quantity", org.hamcrest.Matchers.equalTo(3));
    }

    @Test
    void aCartHoldBecomesTheOrdersReservation() {
        TestProducts.Published cup = products.publish("merchant", "20.00", 5, 300, 0);
        String[] buyer = shopper();
        shop.as(buyer[0]).body(Map.of("skuId", cup.sku(), "quantity", 2)).post(shop.api("/cart/items")).then()
                .statusCode(200);
        Map<String, Object> body = new HashMap<>();
        body.put("addressId", Long.parseLong(buyer[1]));
        body.put("shippingMethod", "standard");
        body.put("acceptTerms", true);
        shop.as(buyer[0]).body(body).post(shop.api("/orders")).then().statusCode(201);
        assertThat(products.stock("merchant", cup.sku())).containsExactly(5, 2);
        shop.as(buyer[0]).get(shop.api("/cart")).then().body("lines", org.hamcrest.Matchers.hasSize(0));
    }
}
