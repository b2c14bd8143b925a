package org.emporium.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo customer pays an order by card on the sandbox gateway's own page, comes back to the shop and watches the
 * payment page until the gateway's notification has arrived; cancels the paid order and gets the money back; the
 * finance staff find the payment and its refund in the journal and in 支付管理.
 */
@Tag("e2e")
@ExtendWith(ArquillianExtension.class)
class PaymentJourneyE2E {

    /** The gateway notifies the shop in the background; the payment page polls every 2 s until it has. */
    private static final Duration NOTIFICATION = Duration.ofSeconds(60);

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    static WebArchive shop() {
        WebArchive war = ShopDeployment.warAtRoot();
        // the sandbox carrier moves a parcel one step a second, so the shipping journey reaches the buyer's door
        war.addAsResource(new org.jboss.shrinkwrap.api.asset.StringAsset("config_ordinal=250\n"
                + "EMPORIUM_SANDBOX_CARRIER_STEP=PT1S\n"), "META-INF/microprofile-config.properties");
        return war;
    }

    @ArquillianResource
    URL base;

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void aShopperPaysByCardOnTheGatewayCancelsForARefundAndFinanceSeesBothInTheJournal() {
        Shop shop = new Shop(base);
        TestProducts.Published cup = new TestProducts(shop).publish("merchant", "36.80", 20, 300, 0, "白");
        String orderNo = placeOrder(shop, cup.sku(), 2);

        var driver = browser.open("zh-CN");
        browser.signIn(shop, "customer@demo.emporium", "/account/order.xhtml?no=" + orderNo);
        browser.waitForText(By.id("orderTitle"), "订单详情");
        browser.waitForText(By.id("orderNo"), orderNo);
        browser.waitForText(By.id("orderStatus"), "待付款");
        String total = browser.waitFor(By.id("orderTotal")).getText();
        assertThat(browser.all(By.id("order:cancelPaid"))).isEmpty();

        // the cashier
        browser.click(By.id("order:payNow"));
        browser.waitForText(By.id("payTitle"), "支付订单");
        assertThat(driver.getCurrentUrl()).contains("/account/pay.xhtml", "orders=" + orderNo);
        assertThat(browser.waitFor(By.id("payOrders")).getText()).contains(orderNo);
        assertThat(browser.waitFor(By.id("payTotal")).getText()).isEqualTo(total);
        String methods = browser.waitFor(By.id("payForm:method")).getText();
        assertThat(methods).contains("支付宝（沙箱）", "微信支付（沙箱）", "银行卡（沙箱）", "货到付款");
        assertThat(browser.pageText()).doesNotContain("???", "{0}");
        driver.findElement(By.cssSelector("#payForm\\:method input[value='sandbox-card']"))
                .findElement(By.xpath("./../following-sibling::div")).click();
        browser.waitForText(By.id("payForm:installmentsBox"), "可分期");
        assertThat(browser.waitFor(By.id("payForm:installmentsBox")).getText()).contains("600.00")
                .doesNotContain("{0}");
        assertThat(driver.findElement(By.cssSelector("#payForm\\:method input[value='sandbox-card']"))
                .isSelected()).isTrue();
        driver.manage().window().setSize(new Dimension(390, 844));
        assertThat(browser.waitFor(By.id("payForm:payNow")).isDisplayed()).isTrue();
        showInView(By.id("payForm:method"));
        screenshot("cashier-phone");
        driver.manage().window().setSize(new Dimension(1280, 1000));

        // the gateway's own page
        browser.click(By.id("payForm:payNow"));
        browser.waitFor(By.id("gateway:cardNumber"));
        assertThat(driver.getCurrentUrl()).contains("/sandbox-gateway/pay.xhtml?trade=");
        assertThat(driver.getTitle()).isEqualTo("沙箱收银台");
        assertThat(browser.waitFor(By.id("amount")).getText()).isEqualTo(total);
        assertThat(browser.pageText()).contains("银行卡（沙箱）", "不会发生真实扣款").doesNotContain("???");
        browser.type(By.id("gateway:cardNumber"), "4242 4242 4242 4242");
        browser.type(By.id("gateway:expiry"), "12/39");
        browser.type(By.id("gateway:cvv"), "123");
        screenshot("gateway");
        browser.click(By.id("gateway:pay"));
        browser.waitForText(By.id("result"), "支付成功");
        assertThat(browser.all(By.id("gateway:cardNumber"))).isEmpty();
        screenshot("gateway-paid");

        // back at the shop: the page waits for the gateway's notification
        browser.click(By.id("gateway:back"));
        browser.waitForText(By.id("paymentTitle"), "支付");
        assertThat(driver.getCurrentUrl()).contains("/account/payment.xhtml?no=");
        new WebDriverWait(driver, NOTIFICATION).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("paymentStatus"), "已支付"));
        String paymentNo = browser.waitFor(By.id("paymentNo")).getText();
        assertThat(paymentNo).isNotBlank();
        assertThat(driver.getCurrentUrl()).endsWith("no=" + paymentNo);
        String paid = browser.waitFor(By.id("paymentForm:paymentBox")).getText();
        assertThat(paid).contains("支付成功", "银行卡（沙箱）", total, orderNo).doesNotContain("???");
        assertThat(browser.all(By.id("paymentForm:retry"))).isEmpty();
        screenshot("payment-paid");

        browser.click(By.linkText(orderNo));
        browser.waitForText(By.id("orderStatus"), "待发货");
        List<WebElement> payments = browser.all(By.cssSelector("#order\\:orderPayments .order-payment"));
        assertThat(payments).hasSize(1);
        assertThat(payments.get(0).getText()).contains(paymentNo, "银行卡（沙箱）", "已支付", total);
        assertThat(browser.all(By.cssSelector(".order-refund"))).isEmpty();
        assertThat(browser.all(By.id("order:payNow"))).isEmpty();
        showInView(By.id("order:orderPayments"));
        screenshot("order-paid");

        // cancelled after paying: refunded in full
        browser.click(By.id("order:cancelPaid"));
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), "全额原路退回");
        browser.click(By.id("order:confirmYes"));
        browser.waitForText(By.id("orderStatus"), "已取消");
        List<WebElement> refunds = browser.until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#order\\:orderPayments .order-refund"));
            return rows.isEmpty() ? null : rows;
        });
        assertThat(refunds).hasSize(1);
        assertThat(browser.waitFor(By.cssSelector(".order-refund")).getText()).contains("退款", total.substring(1));
        assertThat(browser.all(By.id("order:cancelPaid"))).isEmpty();
        assertThat(browser.waitFor(By.id("orderHistory")).getText()).contains("买家取消");
        showInView(By.id("order:orderPayments"));
        screenshot("order-refunded");

        // finance: the journal, then 支付管理
        browser.click(By.id("userNav:logoutLink"));
        browser.waitFor(By.id("login:loginName"));
        browser.signIn(shop, "finance@demo.emporium", "/admin/journal.xhtml");
        browser.waitForText(By.id("journalTitle"), "交易流水");
        browser.waitForText(By.id("journal:entries"), paymentNo);
        List<String> lines = browser.all(By.cssSelector("#journal\\:entries tbody tr")).stream()
                .map(WebElement::getText).filter(text -> text.contains(paymentNo)).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("收款", orderNo, "银行卡（沙箱）"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("退款", orderNo, total.substring(1)));
        assertThat(browser.all(By.cssSelector("#journal\\:entries a.order-no")).stream().map(WebElement::getText))
                .contains(orderNo);
        assertThat(browser.pageText()).doesNotContain("???");
        screenshot("journal");

        driver.get(shop.url("/admin/payments.xhtml"));
        browser.waitForText(By.id("paymentsTitle"), "支付与退款");
        WebElement unfiltered = browser.waitFor(By.id("tabs:payments:table_data"));
        browser.type(By.id("tabs:payments:number"), paymentNo);
        browser.click(By.id("tabs:payments:search"));
        browser.until(ExpectedConditions.stalenessOf(unfiltered));
        String row = browser.until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#tabs\\:payments\\:table_data > tr"));
            return rows.size() == 1 && rows.get(0).getText().contains(paymentNo) ? rows.get(0).getText() : null;
        });
        assertThat(row).contains(orderNo, "银行卡（沙箱）", total);
        browser.click(By.cssSelector("#tabs\\:payments\\:table .payment-no"));
        browser.waitForText(By.id("detailNo"), paymentNo);
        assertThat(browser.waitFor(By.id("paymentDialog")).getText()).contains(orderNo, total);
        assertThat(browser.pageText()).doesNotContain("???");
        screenshot("admin-payments");
    }

    @Test
    void theMerchantShipsFromTheBackOfficeAndTheBuyerFollowsTheParcelToTheDoor() {
        Shop shop = new Shop(base);
        TestProducts.Published cup = new TestProducts(shop).publish("merchant", "22.00", 20, 300, 0, "白");
        String orderNo = placeOrder(shop, cup.sku(), 1);
        String paymentNo = shop.as(shop.demoToken("customer"))
                .body(Map.of("orderNos", List.of(orderNo), "method", "sandbox-alipay")).post(shop.api("/payments"))
                .then().statusCode(201).extract().path("paymentNo");
        shop.json().post(shop.api("/sandbox-gateway/payments/" + paymentNo + "/pay")).then().statusCode(200);

        var driver = browser.open("zh-CN");
        driver.get(shop.url("/login.xhtml?next=/admin/order.xhtml?no=" + orderNo));
        browser.type(By.id("login:loginName"), "merchant@demo.emporium");
        browser.type(By.id("login:password"), Shop.DEMO_PASSWORD);
        browser.click(By.id("login:submit"));
        browser.waitForText(By.id("orderNo"), orderNo);
        // the gateway's callback arrives in the background: reload until the order is paid and can ship
        browser.until(d -> {
            if (!d.findElements(By.id("adminOrder:ship")).isEmpty()) {
                return true;
            }
            d.navigate().refresh();
            return null;
        });
        browser.click(By.id("adminOrder:ship"));
        browser.waitFor(By.id("adminOrder:shipTrackingNo"));
        browser.click(By.id("adminOrder:confirmShip"));
        browser.waitForText(By.id("orderStatus"), "已发货");
        assertThat(browser.waitFor(By.id("shipmentTracking")).getText()).contains("沙箱快递", "SBE");
        assertThat(browser.all(By.id("adminOrder:ship"))).isEmpty();
        assertThat(browser.pageText()).doesNotContain("???");
        screenshot("admin-shipped");

        // the buyer follows the parcel: the timeline fills as the carrier's webhooks arrive, then 已签收
        browser.click(By.id("adminUser:logoutLink"));
        browser.waitFor(By.id("login:loginName"));
        browser.signIn(shop, "customer@demo.emporium", "/account/order.xhtml?no=" + orderNo);
        browser.waitForText(By.id("orderNo"), orderNo);
        browser.until(d -> {
            if (d.findElement(By.id("orderStatus")).getText().contains("已送达")) {
                return true;
            }
            d.navigate().refresh();
            return null;
        });
        List<String> steps = browser.all(By.cssSelector(".tracking-event .tracking-code")).stream()
                .map(WebElement::getText).toList();
        assertThat(steps).containsExactly("已签收", "派送中", "运输中", "运输中", "已揽收");
        assertThat(browser.pageText()).doesNotContain("???");
        showInView(By.cssSelector(".order-shipments"));
        screenshot("buyer-tracking");
    }

    /** The demo customer orders {@code quantity} of the SKU to their default address, through the API. */
    private static String placeOrder(Shop shop, long skuId, int quantity) {
        String token = shop.demoToken("customer");
        Number address = shop.as(token).get(shop.api("/me/addresses")).then().statusCode(200).extract()
                .path("find { it.isDefault }.id");
        Map<String, Object> body = new HashMap<>();
        body.put("addressId", address.longValue());
        body.put("shippingMethod", "standard");
        body.put("acceptTerms", true);
        body.put("items", List.of(Map.of("skuId", skuId, "quantity", quantity)));
        List<String> orders = shop.as(token).body(body).post(shop.api("/orders")).then().statusCode(201).extract()
                .path("orders.orderNo");
        assertThat(orders).hasSize(1);
        return orders.get(0);
    }

    /** Scrolls the element to the middle of the window, so that the screenshot shows it. */
    private void showInView(By by) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                browser.waitFor(by));
    }

    private void screenshot(String name) {
        if (browser.driver() instanceof TakesScreenshot camera) {
            try {
                Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
                Files.createDirectories(dir);
                Files.copy(camera.getScreenshotAs(OutputType.FILE).toPath(),
                        dir.resolve("PaymentJourneyE2E-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException e) {
                System.err.println("No screenshot: " + e);
            }
        }
    }
}
