package org.emporium.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import org.emporium.testing.TestPictures;
import org.emporium.testing.TestProducts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * 退货退款 in headless Chromium: the demo customer asks to return a delivered item with a photo, the merchant
 * approves with a return address, the customer sends it back with a tracking number, the merchant receives it and
 * the money goes back — and the item is on the shelf again.
 */
@Tag("e2e")
@ExtendWith(ArquillianExtension.class)
class AfterSalesJourneyE2E {

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    static WebArchive shop() {
        WebArchive war = ShopDeployment.warAtRoot();
        war.addAsResource(new StringAsset("config_ordinal=250\n"
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
    void aShopperReturnsADamagedItemAndGetsTheMoneyBack() throws Exception {
        Shop shop = new Shop(base);
        TestProducts products = new TestProducts(shop);
        TestProducts.Published cup = products.publish("merchant", "36.50", 20, 300, 0);
        String orderNo = deliveredToTheDemoCustomer(shop, cup.sku());
        int onHand = products.stock("merchant", cup.sku())[0];
        Path photo = Files.createTempDirectory("e2e-after-sales").resolve("cracked.png");
        Files.write(photo, TestPictures.png(640, 480));

        // the customer asks from the order page, with a photo of the damage
        var driver = browser.open("en-US");
        browser.signIn(shop, "customer@demo.emporium", "/account/order.xhtml?no=" + orderNo);
        browser.waitForText(By.id("orderNo"), orderNo);
        browser.click(By.id("order:applyAfterSales"));
        browser.waitForText(By.id("afterSalesFormTitle"), "Apply for after-sales");
        browser.choose("afterSales:reason", "Arrived damaged");
        browser.type(By.id("afterSales:description"), "The cup arrived with a crack in the rim.");
        driver.findElement(By.cssSelector("[id='afterSales:photoUpload'] input[type=file]"))
                .sendKeys(photo.toAbsolutePath().toString());
        browser.waitFor(By.cssSelector("[id='afterSales:photos'] img"));
        browser.click(By.id("afterSales:submit"));
        browser.waitForText(By.id("requestStatus"), "waiting for the merchant");
        assertThat(browser.pageText()).contains("submitted", "Return and refund", "Arrived damaged", "¥36.50")
                .doesNotContain("???");
        assertThat(browser.all(By.cssSelector(".after-sales-photos img"))).hasSize(1);
        String requestNo = browser.waitFor(By.id("requestNo")).getText();
        browser.signOut("userNav:logoutLink");

        // the merchant finds it in 售后管理 and approves it with a return address
        browser.signIn(shop, "merchant@demo.emporium", "/admin/after-sales.xhtml");
        browser.waitForText(By.id("afterSales:table"), requestNo);
        browser.click(By.linkText(requestNo));
        browser.waitForText(By.id("requestNo"), requestNo);
        browser.click(By.id("decision:approve"));
        browser.waitForText(By.id("pageMessages"), "Something is missing");
        browser.type(By.id("decision:returnAddress"), "Returns desk, 90 Wensan Road, Hangzhou");
        browser.click(By.id("decision:approve"));
        browser.waitForText(By.id("requestStatus"), "waiting for the goods to be sent back");
        browser.signOut("adminUser:logoutLink");

        // the customer sends it back
        browser.signIn(shop, "customer@demo.emporium", "/account/after-sale.xhtml?no=" + requestNo);
        browser.waitForText(By.id("afterSale:returnForm"), "Returns desk, 90 Wensan Road, Hangzhou");
        browser.type(By.id("afterSale:carrier"), "SF Express");
        browser.type(By.id("afterSale:trackingNo"), "SF1029384756");
        browser.click(By.id("afterSale:shipBack"));
        browser.waitForText(By.id("requestStatus"), "goods on their way back");
        browser.signOut("userNav:logoutLink");

        // the merchant receives it undamaged: refunded, and back on the shelf
        browser.signIn(shop, "merchant@demo.emporium", "/admin/after-sale.xhtml?no=" + requestNo);
        browser.waitForText(By.id("returnParcel"), "SF1029384756");
        browser.click(By.id("decision:confirmReceipt"));
        browser.waitForText(By.id("requestStatus"), "refunded");
        assertThat(browser.waitFor(By.id("refundNo")).getText()).matches("R\\d{20}");
        assertThat(browser.waitFor(By.id("requestSteps")).getText()).contains("approved", "goods sent back by the buyer",
                "returned goods received", "refunded");
        assertThat(products.stock("merchant", cup.sku())[0]).isEqualTo(onHand + 1);
        screenshot("merchant-refunded");
        browser.signOut("adminUser:logoutLink");

        // the customer sees the refund on the order and the request in 我的售后
        browser.signIn(shop, "customer@demo.emporium", "/account/after-sales.xhtml");
        browser.waitForText(By.id("requests"), requestNo);
        assertThat(browser.waitFor(By.id("requests")).getText()).contains("refunded");
        driver.get(shop.url("/account/order.xhtml?no=" + orderNo));
        assertThat(browser.waitFor(By.cssSelector(".order-after-sales")).getText()).contains(requestNo, "refunded");
        assertThat(browser.pageText()).doesNotContain("???");
    }

    @Test
    void aShopperConfirmsReceiptReviewsWithAPhotoAndTheMerchantReplies() throws Exception {
        Shop shop = new Shop(base);
        TestProducts.Published cup = new TestProducts(shop).publish("merchant", "18.80", 20, 300, 0);
        String orderNo = deliveredToTheDemoCustomer(shop, cup.sku());
        Path photo = Files.createTempDirectory("e2e-review").resolve("on-my-desk.png");
        Files.write(photo, TestPictures.png(800, 600));

        // 确认收货, then 评价晒单 from the order page
        var driver = browser.open("zh-CN");
        browser.signIn(shop, "customer@demo.emporium", "/account/order.xhtml?no=" + orderNo);
        browser.waitForText(By.id("orderNo"), orderNo);
        browser.click(By.id("order:confirmReceipt"));
        browser.click(By.id("order:confirmYes"));
        browser.waitForText(By.id("orderStatus"), "已完成");
        browser.click(By.cssSelector(".review-link"));
        browser.waitForText(By.id("reviewTitle"), "评价晒单");
        browser.waitFor(By.cssSelector("[id='review:rating'] .ui-rating-star"));
        browser.all(By.cssSelector("[id='review:rating'] .ui-rating-star")).get(3).click(); // the fourth star
        browser.type(By.id("review:content"), "杯子很漂亮，放在书桌上刚好。");
        driver.findElement(By.cssSelector("[id='review:photoUpload'] input[type=file]"))
                .sendKeys(photo.toAbsolutePath().toString());
        browser.waitFor(By.cssSelector("[id='review:photos'] img"));
        browser.click(By.id("review:save"));
        browser.waitForText(By.id("pageMessages"), "感谢您的评价");
        assertThat(browser.waitFor(By.cssSelector(".review-given")).getText()).contains("★★★★", "杯子很漂亮");

        // the product page counts it, with its photo
        driver.get(shop.url("/product.xhtml?id=" + cup.productId()));
        browser.waitForText(By.id("reviewAverage"), "4.00");
        assertThat(browser.waitFor(By.id("reviews")).getText()).contains("杯子很漂亮", "好评率 100%");
        assertThat(browser.all(By.cssSelector("#reviews .after-sales-photos img"))).hasSize(1);
        browser.signOut("userNav:logoutLink");

        // the merchant answers in 评价管理, and the answer shows on the product page
        browser.signIn(shop, "merchant@demo.emporium", "/admin/reviews.xhtml");
        browser.waitForText(By.id("reviews:table"), "杯子很漂亮");
        browser.type(By.cssSelector("[id$=':replyText']"), "谢谢您的喜欢！");
        browser.click(By.cssSelector("[id$=':reply']"));
        browser.waitForText(By.id("pageMessages"), "回复已发布");
        browser.click(By.id("statisticsLink"));
        browser.waitForText(By.id("statisticsTitle"), "评价与售后统计");
        String productName = shop.json().get(shop.api("/products/" + cup.productId())).then().extract().path("name");
        assertThat(browser.waitFor(By.id("satisfaction")).getText()).contains(productName, "100%");
        assertThat(browser.pageText()).doesNotContain("???");
        driver.get(shop.url("/product.xhtml?id=" + cup.productId()));
        assertThat(browser.waitFor(By.id("reviews")).getText()).contains("商家回复", "谢谢您的喜欢！");
        assertThat(browser.pageText()).doesNotContain("???");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('reviews').scrollIntoView()");
        screenshot("product-reviews");
    }

    @Test
    void aComplaintGoesToCustomerServiceWhoResolvesIt() {
        Shop shop = new Shop(base);
        var driver = browser.open("zh-CN");
        browser.signIn(shop, "customer2@demo.emporium", "/account/complaints.xhtml");
        browser.waitForText(By.id("complaintsTitle"), "我的投诉");
        browser.click(By.cssSelector("[id='complaint:kind'] label[for='complaint:kind:1']"));
        browser.type(By.id("complaint:subject"), "快递员态度恶劣");
        browser.type(By.id("complaint:description"), "送货时把包裹扔在门口，打电话也不接。");
        browser.click(By.id("complaint:file"));
        browser.waitForText(By.id("complaintStatus"), "待客服处理");
        String complaintNo = browser.waitFor(By.id("complaintNo")).getText();
        assertThat(browser.pageText()).contains("服务投诉", "快递员态度恶劣").doesNotContain("???");
        browser.signOut("userNav:logoutLink");

        browser.signIn(shop, "service@demo.emporium", "/admin/complaints.xhtml");
        browser.waitForText(By.id("complaints:table"), complaintNo);
        browser.click(By.linkText(complaintNo));
        browser.waitForText(By.id("complaintNo"), complaintNo);
        browser.click(By.id("complaint:take"));
        browser.waitForText(By.id("complaintStatus"), "处理中");
        browser.type(By.id("complaint:text"), "已联系快递公司核实，并为您申请了补偿。");
        browser.click(By.id("complaint:resolve"));
        browser.waitForText(By.id("complaintStatus"), "已解决");
        browser.signOut("adminUser:logoutLink");

        browser.signIn(shop, "customer2@demo.emporium", "/account/complaint.xhtml?no=" + complaintNo);
        browser.waitForText(By.id("complaintNotes"), "已联系快递公司核实");
        browser.click(By.id("complaint:close"));
        browser.waitForText(By.id("complaintStatus"), "已关闭");
        assertThat(browser.pageText()).doesNotContain("???");
        driver.get(shop.url("/account/messages.xhtml"));
        assertThat(browser.waitFor(By.id("content")).getText()).contains(complaintNo);
    }

    /** An order of the demo customer, paid on the sandbox gateway and delivered by the sandbox carrier. */
    private static String deliveredToTheDemoCustomer(Shop shop, long skuId) {
        String token = shop.demoToken("customer");
        Number address = shop.as(token).get(shop.api("/me/addresses")).then().statusCode(200).extract()
                .path("find { it.isDefault }.id");
        Map<String, Object> body = new HashMap<>();
        body.put("addressId", address.longValue());
        body.put("shippingMethod", "standard");
        body.put("acceptTerms", true);
        body.put("items", List.of(Map.of("skuId", skuId, "quantity", 1)));
        String orderNo = shop.as(token).body(body).post(shop.api("/orders")).then().statusCode(201).extract()
                .path("orders[0].orderNo");
        String paymentNo = shop.as(token).body(Map.of("orderNos", List.of(orderNo), "method", "sandbox-alipay"))
                .post(shop.api("/payments")).then().statusCode(201).extract().path("paymentNo");
        shop.json().post(shop.api("/sandbox-gateway/payments/" + paymentNo + "/pay")).then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                "PAID".equals(shop.as(token).get(shop.api("/orders/" + orderNo)).then().extract().path("status")));
        shop.as(shop.demoToken("merchant")).body(Map.of("carrier", "sandbox-express"))
                .post(shop.api("/admin/orders/" + orderNo + "/ship")).then().statusCode(201);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                "DELIVERED".equals(shop.as(token).get(shop.api("/orders/" + orderNo)).then().extract()
                        .path("status")));
        return orderNo;
    }

    private void screenshot(String name) {
        if (browser.driver() instanceof TakesScreenshot camera) {
            try {
                Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
                Files.createDirectories(dir);
                Files.copy(camera.getScreenshotAs(OutputType.FILE).toPath(),
                        dir.resolve("AfterSalesJourneyE2E-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException e) {
                System.err.println("No screenshot: " + e);
            }
        }
    }
}
