package org.emporium.membership;

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
import org.openqa.selenium.Keys;

/**
 * 积分 and 秒杀 in headless Chromium: a new shopper signs in for the day's points on 我的积分, pays with them at
 * checkout (积分抵扣, the total a cent per point lower), sees them spent in the ledger and given back when the unpaid
 * order is cancelled; then a merchant makes a flash sale in 促销管理 and the product page shows its price.
 */
@Tag("e2e")
@ExtendWith(ArquillianExtension.class)
class PointsJourneyE2E {

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
    void aShopperSignsInForPointsPaysWithThemAndGetsThemBackOnCancelling() {
        Shop shop = new Shop(base);
        TestProducts.Published teapot = new TestProducts(shop).publish("merchant2", "88.00", 20, 300, 0);
        Shop.Shopper shopper = shop.shopperLivingIn("浙江省", "杭州市");
        shop.as(shopper.token()).body(Map.of("skuId", teapot.sku(), "quantity", 2)).post(shop.api("/cart/items"))
                .then().statusCode(200);

        var driver = browser.open("zh-CN");
        browser.signIn(shop, shopper.email(), Shop.SHOPPER_PASSWORD, "/account/points.xhtml");
        browser.waitForText(By.id("pointsTitle"), "我的积分");
        assertThat(browser.waitFor(By.id("balance")).getText()).isEqualTo("0");
        assertThat(browser.waitFor(By.id("levelName")).getText()).isEqualTo("普通会员");
        assertThat(browser.waitFor(By.id("pointsRules")).getText()).contains("100 积分 = ¥1", "50%");
        browser.click(By.id("points:signIn"));
        browser.waitForText(By.id("pageMessages"), "+5 积分");
        browser.waitForText(By.id("balance"), "5");
        browser.waitForText(By.id("points:ledger"), "每日签到");
        assertThat(browser.waitFor(By.id("points:ledger")).getText()).contains("+5");
        browser.click(By.id("points:signIn"));
        browser.waitForText(By.id("pageMessages"), "今天已经签到过了");
        assertThat(browser.waitFor(By.id("balance")).getText()).isEqualTo("5");

        driver.get(shop.url("/cart.xhtml"));
        browser.click(By.id("cart:checkout"));
        browser.waitForText(By.id("checkoutTitle"), "结算");
        browser.waitForText(By.id("pointsBalance"), "可用 5 积分（价值 ¥0.05）");
        String before = browser.waitFor(By.id("grandTotal")).getText();
        browser.type(By.id("checkout:points_input"), "5");
        browser.waitFor(By.id("checkout:points_input")).sendKeys(Keys.TAB);
        browser.waitForText(By.id("checkout:pointsUsed"), "使用 5 积分，抵扣 ¥0.05");
        By pointsRow = By.cssSelector("#totals tr.discount-POINTS");
        browser.waitForText(pointsRow, "积分抵扣");
        assertThat(browser.waitFor(pointsRow).getText()).contains("积分抵扣").contains("-¥0.05");
        String after = browser.waitFor(By.id("grandTotal")).getText();
        assertThat(money(before).subtract(money(after))).isEqualByComparingTo("0.05");

        browser.click(By.cssSelector("#checkout\\:terms .ui-chkbox-box"));
        browser.click(By.id("checkout:place"));
        browser.waitForText(By.id("placedTitle"), "订单已提交");
        String orderNo = browser.waitFor(By.cssSelector(".placed-order .order-no")).getText();

        driver.get(shop.url("/account/points.xhtml"));
        browser.waitForText(By.id("points:ledger"), "下单抵扣");
        assertThat(browser.waitFor(By.id("points:ledger")).getText()).contains(orderNo, "-5");
        assertThat(browser.waitFor(By.id("balance")).getText()).isEqualTo("0");

        driver.get(shop.url("/account/order.xhtml?no=" + orderNo));
        browser.click(By.id("order:cancel"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("pageMessages"), "订单已取消");

        driver.get(shop.url("/account/points.xhtml"));
        browser.waitForText(By.id("points:ledger"), "积分退回");
        assertThat(browser.waitFor(By.id("balance")).getText()).isEqualTo("5");
    }

    @Test
    void anAdminRenamesALevelAndGivesItPriorityServiceInTheBackOffice() {
        Shop shop = new Shop(base);
        browser.open("zh-CN");
        browser.signIn(shop, "admin@demo.emporium", "/admin/member-levels.xhtml");
        browser.waitForText(By.id("levelsTitle"), "会员等级");
        assertThat(browser.waitFor(By.id("levels:table")).getText())
                .contains("普通会员", "100%", "银卡会员", "2000", "98%", "钻石会员");
        browser.click(By.id("levels:table:2:edit")); // 金卡, third by rank
        browser.until(d -> "金卡会员".equals(d.findElement(By.id("editor:name")).getAttribute("value")) ? true : null);
        browser.type(By.id("editor:name"), "黄金会员");
        browser.click(By.cssSelector("#editor\\:priorityService .ui-chkbox-box"));
        browser.click(By.id("editor:save"));
        browser.waitForText(By.id("levels:table"), "黄金会员");
        Map<String, Object> gold = shop.as(shop.demoToken("admin")).get(shop.api("/admin/membership/levels")).then()
                .statusCode(200).extract().jsonPath().getMap("find { it.code == 'GOLD' }");
        assertThat(gold).containsEntry("name", "黄金会员").containsEntry("priorityService", true)
                .containsEntry("minGrowth", 10000);
    }

    @Test
    void aMerchantMakesAFlashSaleAndTheProductPageShowsItsPrice() {
        Shop shop = new Shop(base);
        TestProducts.Published kettle = new TestProducts(shop).publish("merchant2", "88.00", 20, 300, 0);

        var driver = browser.open("zh-CN");
        browser.signIn(shop, "merchant2@demo.emporium", "/admin/promotions.xhtml");
        browser.waitForText(By.id("promotionsTitle"), "促销管理");
        browser.click(By.id("promotions:new"));
        browser.waitFor(By.id("editor:name")); // the dialog is open
        browser.choose("editor:kind", "秒杀");
        browser.waitFor(By.id("editor:flashSku_input"));
        browser.type(By.id("editor:name"), "水壶秒杀");
        browser.type(By.id("editor:nameEn"), "Kettle flash sale");
        browser.type(By.id("editor:flashSku_input"), String.valueOf(kettle.sku()));
        browser.type(By.id("editor:flashPrice_input"), "66");
        browser.type(By.id("editor:quota_input"), "10");
        browser.click(By.id("editor:save"));
        browser.waitForText(By.id("promotions:table"), "水壶秒杀");
        assertThat(browser.waitFor(By.id("promotions:table")).getText())
                .contains("秒杀价 ¥66.00 · 限购 1 件 · 已售 0/10", "进行中", "SKU " + kettle.sku());

        driver.get(shop.url("/product.xhtml?id=" + kettle.productId()));
        browser.waitForText(By.id("buy:salePrice"), "秒杀价 ¥66.00");
        assertThat(browser.pageText()).contains("水壶秒杀 · 秒杀价 ¥66.00");
    }

    private static BigDecimal money(String shown) {
        return new BigDecimal(shown.replace("¥", "").replace(",", ""));
    }
}
