package org.emporium.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * 优惠券 in headless Chromium: a shopper claims a shop's coupon in the coupon centre, chooses it at checkout, sees
 * it come off the total and on the order's line, and finds it used in 我的优惠券.
 */
@Tag("e2e")
@ExtendWith(ArquillianExtension.class)
class CouponJourneyE2E {

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
    void aShopperClaimsACouponAndSpendsItAtCheckout() {
        Shop shop = new Shop(base);
        TestProducts.Published teapot = new TestProducts(shop).publish("merchant2", "88.00", 20, 300, 0);
        shop.as(shop.demoToken("merchant2")).body(Map.of("name", "茶壶券", "nameEn", "Teapot coupon",
                        "amountOff", "12.00", "minimum", "150.00", "issuance", "CLAIM", "quantity", 100,
                        "perMember", 1, "validDays", 7,
                        "issueFrom", Instant.now().minus(1, ChronoUnit.MINUTES).toString(),
                        "issueTo", Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .post(shop.api("/admin/coupon-templates")).then().statusCode(201);
        Shop.Shopper shopper = shop.shopperLivingIn("浙江省", "杭州市");
        shop.as(shopper.token()).body(Map.of("skuId", teapot.sku(), "quantity", 2)).post(shop.api("/cart/items"))
                .then().statusCode(200);

        var driver = browser.open("zh-CN");
        browser.signIn(shop, shopper.email(), Shop.SHOPPER_PASSWORD, "/account/coupons.xhtml");
        browser.waitForText(By.id("couponsTitle"), "优惠券");
        browser.waitForText(By.id("onOffer"), "茶壶券");
        browser.click(By.xpath("//div[contains(@class,'coupon-card')][contains(.,'茶壶券')]//button"));
        browser.waitForText(By.id("pageMessages"), "领取成功");
        browser.waitForText(By.id("heldCoupons"), "可使用");

        driver.get(shop.url("/cart.xhtml"));
        browser.click(By.id("cart:checkout"));
        browser.waitForText(By.id("checkoutTitle"), "结算");
        // the only coupon that applies is chosen for the shopper, saying what it saves
        browser.waitForText(By.id("checkout:bestCoupon"), "省 ¥12.00");
        browser.waitForText(By.id("discountTotal"), "-¥12.00");
        browser.choose("checkout:coupon", "不使用优惠券");
        browser.waitForText(By.id("discountTotal"), "-¥0.00");
        String before = browser.waitFor(By.id("grandTotal")).getText();
        browser.choose("checkout:coupon", "茶壶券 · 满 ¥150.00 减 ¥12.00");
        browser.waitForText(By.id("discountTotal"), "-¥12.00");
        String after = browser.waitFor(By.id("grandTotal")).getText();
        assertThat(new java.math.BigDecimal(before.substring(1)).subtract(new java.math.BigDecimal(after.substring(1))))
                .isEqualByComparingTo("12.00");

        browser.click(By.cssSelector("#checkout\\:terms .ui-chkbox-box"));
        browser.click(By.id("checkout:place"));
        browser.waitForText(By.id("placedTitle"), "订单已提交");
        String orderNo = browser.waitFor(By.cssSelector(".placed-order .order-no")).getText();
        driver.get(shop.url("/account/order.xhtml?no=" + orderNo));
        browser.waitForText(By.id("orderLines"), "茶壶券 -¥12.00");
        driver.get(shop.url("/account/coupons.xhtml"));
        browser.waitForText(By.id("heldCoupons"), "已使用");
    }
}
