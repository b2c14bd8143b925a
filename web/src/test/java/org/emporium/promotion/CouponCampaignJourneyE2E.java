package org.emporium.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
 * 积分兑换, 包邮券, 推荐用券 and 买N送M in headless Chromium: a merchant makes a coupon for points and a free-shipping
 * coupon in 优惠券管理; a new shopper signs in for points, exchanges them for the coupon, claims the free-shipping
 * one, and at checkout finds the best coupon already chosen with what it saves, the totals adding up to the cent,
 * and their own choice (none, or another) respected. Then a merchant makes a 买二送一 and the product page says so.
 */
@Tag("e2e")
@ExtendWith(ArquillianExtension.class)
class CouponCampaignJourneyE2E {

    private static final String POINTS_COUPON = "积分换券";
    private static final String FREIGHT_COUPON = "水壶包邮券";

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
    void aShopperExchangesPointsForACouponAndCheckoutChoosesTheBestOne() {
        Shop shop = new Shop(base);
        // below the shop's free-freight threshold (满 ¥88 包邮) with or without a coupon, so freight is paid either way
        TestProducts.Published kettle = new TestProducts(shop).publish("merchant2", "58.00", 20, 300, 0);

        var driver = browser.open("zh-CN");
        browser.signIn(shop, "merchant2@demo.emporium", "/admin/coupon-templates.xhtml");
        browser.waitForText(By.id("couponTemplatesTitle"), "优惠券管理");
        browser.click(By.id("templates:new"));
        browser.waitFor(By.id("editor:name"));
        browser.type(By.id("editor:name"), POINTS_COUPON);
        browser.type(By.id("editor:nameEn"), "Coupon for points");
        browser.type(By.id("editor:amountOff_input"), "20");
        browser.choose("editor:issuance", "积分兑换");
        browser.waitFor(By.id("editor:pointsPrice_input"));
        assertThat(browser.all(By.id("editor:spendThreshold_input"))).isEmpty();
        browser.type(By.id("editor:pointsPrice_input"), "5");
        browser.click(By.id("editor:save"));
        browser.waitForText(By.id("templates:table"), POINTS_COUPON);
        assertThat(browser.waitFor(By.id("templates:table")).getText()).contains("积分兑换 · 5 积分", "减 ¥20.00");

        browser.click(By.id("templates:new"));
        browser.waitFor(By.id("editor:amountOff_input"));
        browser.type(By.id("editor:name"), FREIGHT_COUPON);
        browser.type(By.id("editor:nameEn"), "Kettle free shipping");
        browser.click(By.cssSelector("#editor\\:freeShipping .ui-chkbox-box"));
        browser.until(d -> d.findElements(By.id("editor:amountOff_input")).isEmpty()
                && d.findElements(By.id("editor:percentage")).isEmpty());
        browser.type(By.id("editor:minimum_input"), "50");
        browser.click(By.id("editor:save"));
        browser.waitForText(By.id("templates:table"), FREIGHT_COUPON);
        assertThat(browser.waitFor(By.id("templates:table")).getText()).contains("包邮券（满 ¥50.00 可用）");
        browser.signOut("adminUser:logoutLink");

        Shop.Shopper shopper = shop.shopperLivingIn("浙江省", "杭州市");
        shop.as(shopper.token()).body(Map.of("skuId", kettle.sku(), "quantity", 1)).post(shop.api("/cart/items"))
                .then().statusCode(200);
        browser.signIn(shop, shopper.email(), Shop.SHOPPER_PASSWORD, "/account/points.xhtml");
        browser.waitForText(By.id("pointsTitle"), "我的积分");
        By card = By.xpath("//div[contains(@class,'exchange-card')][contains(.,'" + POINTS_COUPON + "')]");
        assertThat(browser.waitFor(card).getText()).contains("减 ¥20.00", "5 积分", "还差 5 积分");
        browser.click(By.id("points:signIn"));
        browser.waitForText(By.id("balance"), "5");
        browser.click(By.xpath("//div[contains(@class,'exchange-card')][contains(.,'" + POINTS_COUPON
                + "')]//button"));
        browser.waitForText(By.id("pageMessages"), "兑换成功");
        browser.waitForText(By.id("balance"), "0");
        browser.waitForText(By.id("points:ledger"), "积分兑换");
        assertThat(browser.waitFor(By.id("points:ledger")).getText()).contains("-5");

        driver.get(shop.url("/account/coupons.xhtml"));
        browser.waitForText(By.id("heldCoupons"), POINTS_COUPON);
        By freightCard = By.xpath("//div[contains(@class,'coupon-card')][contains(.,'" + FREIGHT_COUPON + "')]");
        assertThat(browser.waitFor(freightCard).getText()).contains("包邮券（满 ¥50.00 可用）").doesNotContain("减 ¥");
        browser.click(By.xpath("//div[contains(@class,'coupon-card')][contains(.,'" + FREIGHT_COUPON + "')]//button"));
        browser.waitForText(By.id("pageMessages"), "领取成功");
        browser.waitForText(By.id("heldCoupons"), FREIGHT_COUPON);

        // the best coupon is chosen on arrival, and the totals add up with it
        driver.get(shop.url("/cart.xhtml"));
        browser.click(By.id("cart:checkout"));
        browser.waitForText(By.id("checkoutTitle"), "结算");
        browser.waitForText(By.id("checkout:bestCoupon"), "已为您选择最优惠的券，省 ¥20.00");
        assertThat(browser.waitFor(By.id("checkout:coupon_label")).getText()).startsWith(POINTS_COUPON);
        assertThat(browser.waitFor(By.cssSelector("#totals tr.discount-COUPON")).getText()).contains("-¥20.00");
        BigDecimal withBest = money(By.id("grandTotal"));
        assertThat(withBest).isEqualByComparingTo(money(By.id("itemsTotal")).subtract(money(By.id("discountTotal")))
                .add(money(By.id("shippingTotal"))).add(money(By.id("taxTotal"))));

        // "no coupon" is the shopper's choice: it stays, and the total is exactly the saving higher
        browser.choose("checkout:coupon", "不使用优惠券");
        browser.until(d -> d.findElements(By.id("checkout:bestCoupon")).isEmpty());
        BigDecimal without = money(By.id("grandTotal"));
        assertThat(without.subtract(withBest)).isEqualByComparingTo("20.00");
        BigDecimal freight = money(By.id("shippingTotal"));
        assertThat(freight).isPositive();

        // the free-shipping coupon waives exactly the freight
        browser.choose("checkout:coupon", FREIGHT_COUPON + " · 包邮券（满 ¥50.00 可用）");
        browser.waitForText(By.id("shippingTotal"), "¥0.00");
        assertThat(without.subtract(money(By.id("grandTotal")))).isEqualByComparingTo(freight);
        assertThat(browser.all(By.id("checkout:bestCoupon"))).isEmpty();

        browser.choose("checkout:coupon", POINTS_COUPON + " · 减 ¥20.00");
        browser.until(d -> money(By.id("grandTotal")).compareTo(withBest) == 0);
        browser.click(By.cssSelector("#checkout\\:terms .ui-chkbox-box"));
        browser.click(By.id("checkout:place"));
        browser.waitForText(By.id("placedTitle"), "订单已提交");
        String orderNo = browser.waitFor(By.cssSelector(".placed-order .order-no")).getText();
        driver.get(shop.url("/account/order.xhtml?no=" + orderNo));
        browser.waitForText(By.id("orderLines"), POINTS_COUPON + " -¥20.00");
    }

    @Test
    void aMerchantMakesABuyTwoGetOneFreeAndTheProductPageSaysSo() {
        Shop shop = new Shop(base);
        TestProducts.Published mug = new TestProducts(shop).publish("merchant2", "20.00", 30, 200, 0);

        var driver = browser.open("zh-CN");
        browser.signIn(shop, "merchant2@demo.emporium", "/admin/promotions.xhtml");
        browser.waitForText(By.id("promotionsTitle"), "促销管理");
        browser.click(By.id("promotions:new"));
        browser.waitFor(By.id("editor:name"));
        browser.choose("editor:kind", "买N送M");
        browser.waitFor(By.id("editor:buyQuantity_input"));
        browser.type(By.id("editor:name"), "马克杯买二送一");
        browser.type(By.id("editor:nameEn"), "Mugs: buy 2 get 1 free");
        browser.type(By.id("editor:products"), String.valueOf(mug.productId()));
        browser.type(By.id("editor:buyQuantity_input"), "2");
        browser.type(By.id("editor:freeQuantity_input"), "1");
        browser.type(By.id("editor:maxOrders_input"), "100");
        browser.click(By.id("editor:save"));
        browser.waitForText(By.id("promotions:table"), "马克杯买二送一");
        assertThat(browser.waitFor(By.id("promotions:table")).getText())
                .contains("买 2 送 1", "已用 0/100 单", "进行中");

        driver.get(shop.url("/product.xhtml?id=" + mug.productId()));
        browser.waitForText(By.id("buy:productPromotions"), "马克杯买二送一 · 买 2 送 1");
    }

    private BigDecimal money(By by) {
        return new BigDecimal(browser.waitFor(by).getText().replace("-", "").replace("¥", "").replace(",", "")
                .trim());
    }
}
