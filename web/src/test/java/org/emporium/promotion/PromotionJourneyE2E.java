package org.emporium.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.Map;
import org.emporium.testing.Browser;
import org.emporium.testing.Shop;
import org.emporium.testing.ShopDeployment;
import org.emporium.testing.TestProducts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * 满减 and 满赠 in headless Chromium: a merchant makes a two-tier promotion and a gift for one product in 促销管理;
 * a shopper's cart shows what it takes off, what one more unit would bring (再买 ¥X 减 ¥Y) and the gift earned; the
 * checkout explains the discounts on the lines (the gift a line of its own) and in the totals, and the order placed
 * costs exactly what the checkout said.
 */
@Tag("e2e")
@ExtendWith(ArquillianExtension.class)
class PromotionJourneyE2E {

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    static WebArchive shop() {
        return ShopDeployment.warAtRoot();
    }

    @ArquillianResource
    URL base;

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void aMerchantsSpendAndSaveIsHintedInTheCartAndExplainedAtCheckout() {
        Shop shop = new Shop(base);
        TestProducts.Published kettle = new TestProducts(shop).publish("merchant2", "60.00", 20, 300, 0);
        TestProducts.Published mug = new TestProducts(shop).publish("merchant2", "12.00", 5, 200, 0);

        var driver = browser.open("zh-CN");
        browser.signIn(shop, "merchant2@demo.emporium", "/admin/promotions.xhtml");
        browser.waitForText(By.id("promotionsTitle"), "促销管理");
        browser.click(By.id("promotions:new"));
        browser.type(By.id("editor:name"), "水壶满减");
        browser.type(By.id("editor:nameEn"), "Kettle spend and save");
        browser.type(By.id("editor:products"), String.valueOf(kettle.productId()));
        browser.type(By.cssSelector("[id$='0:threshold_input']"), "100");
        browser.type(By.cssSelector("[id$='0:reduction_input']"), "10");
        browser.type(By.cssSelector("[id$='1:threshold_input']"), "150");
        browser.type(By.cssSelector("[id$='1:reduction_input']"), "30");
        browser.click(By.id("editor:save"));
        browser.waitForText(By.id("promotions:table"), "水壶满减");
        assertThat(browser.waitFor(By.id("promotions:table")).getText())
                .contains("满 ¥100.00 减 ¥10.00 / 满 ¥150.00 减 ¥30.00", "进行中", "商品 " + kettle.productId());
        // and a mug free with ¥100 of kettles (满赠), from the shop's own stock
        browser.click(By.id("promotions:new"));
        browser.choose("editor:kind", "满赠");
        browser.type(By.id("editor:giftSku_input"), String.valueOf(mug.sku()));
        browser.type(By.id("editor:giftMinimum_input"), "100");
        browser.type(By.id("editor:name"), "水壶赠杯");
        browser.type(By.id("editor:nameEn"), "A mug with the kettle");
        browser.type(By.id("editor:products"), String.valueOf(kettle.productId()));
        browser.click(By.id("editor:save"));
        browser.waitForText(By.id("promotions:table"), "水壶赠杯");
        assertThat(browser.waitFor(By.id("promotions:table")).getText()).contains("满 ¥100.00 赠品 ×1");
        browser.signOut("adminUser:logoutLink");

        Shop.Shopper shopper = shop.shopperLivingIn("浙江省", "杭州市");
        shop.as(shopper.token()).body(Map.of("skuId", kettle.sku(), "quantity", 2)).post(shop.api("/cart/items"))
                .then().statusCode(200);
        browser.signIn(shop, shopper.email(), Shop.SHOPPER_PASSWORD, "/cart.xhtml");
        // 2 × 60 = 120: 满 100 减 10 now, and one more kettle (180) reaches 满 150 减 30
        browser.waitForText(By.id("cart:promotionDiscount"), "-¥10.00");
        assertThat(browser.waitFor(By.id("cart:promotionHints")).getText())
                .contains("水壶满减：再买 ¥30.00 减 ¥30.00", "赠品：水壶赠杯 × 1");

        browser.click(By.id("cart:checkout"));
        browser.waitForText(By.id("checkoutTitle"), "结算");
        browser.waitForText(By.id("checkout:quote"), "水壶满减");
        // the mug is a line of its own, at its price and all of it taken off
        assertThat(browser.waitFor(By.id("checkout:quote")).getText()).contains("满赠", "水壶赠杯", "-¥12.00");
        assertThat(browser.waitFor(By.id("discountTotal")).getText()).isEqualTo("-¥22.00");
        String total = browser.waitFor(By.id("grandTotal")).getText();
        JsonPath quote = shop.as(shopper.token()).body(Map.of("addressId", shopper.addressId(),
                        "shippingMethod", "standard")).post(shop.api("/checkout/quote")).then().statusCode(200)
                .extract().jsonPath();
        assertThat(total).isEqualTo("¥" + quote.getString("total.amount"));

        browser.click(By.cssSelector("#checkout\\:terms .ui-chkbox-box"));
        browser.click(By.id("checkout:place"));
        browser.waitForText(By.id("placedTitle"), "订单已提交");
        String orderNo = browser.waitFor(By.cssSelector(".placed-order .order-no")).getText();
        driver.get(shop.url("/account/order.xhtml?no=" + orderNo));
        browser.waitForText(By.id("orderLines"), "水壶满减 -¥10.00");
        browser.waitForText(By.id("orderLines"), "水壶赠杯 -¥12.00");
        assertThat(browser.waitFor(By.id("orderTotal")).getText()).isEqualTo(total);
    }
}
