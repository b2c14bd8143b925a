package org.emporium.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A guest fills the cart from two shops, signs in at checkout (the carts merge), places one order per shop,
 * cancels one in 我的订单; the merchant finds its order in the back office.
 */
@Tag("e2e")
@ExtendWith(ArquillianExtension.class)
class ShoppingJourneyE2E {

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
    void aGuestFillsTheCartFromTwoShopsSignsInChecksOutAndCancelsOneOrder() {
        Shop shop = new Shop(base);
        TestProducts products = new TestProducts(shop);
        TestProducts.Published cup = products.publish("merchant", "19.90", 50, 300, 0, "白");
        TestProducts.Published mug = products.publish("merchant2", "29.90", 50, 400, 5, "蓝");
        // the demo customer's own cart starts empty, so the checkout holds exactly the guest's two lines
        shop.as(shop.demoToken("customer")).delete(shop.api("/cart/items")).then().statusCode(200);

        var driver = browser.open("zh-CN");
        addToCart(shop, cup.productId(), "1");
        addToCart(shop, mug.productId(), "2");
        assertThat(browser.waitFor(By.id("cartCount")).getText()).isEqualTo("3");

        browser.click(By.id("cartLink"));
        browser.waitForText(By.id("cartTitle"), "购物车");
        assertThat(browser.all(By.cssSelector(".cart-line"))).hasSize(2);
        assertThat(browser.all(By.cssSelector(".cart-shop"))).hasSize(2);
        assertThat(browser.waitFor(By.id("selectedTotal")).getText()).isEqualTo("¥79.70");
        screenshot("cart");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        assertThat(browser.waitFor(By.id("cart:checkout")).isDisplayed()).isTrue();
        screenshot("cart-phone");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));

        browser.click(By.id("cart:checkout"));
        browser.waitFor(By.id("login:loginName"));
        assertThat(driver.getCurrentUrl()).contains("/login.xhtml");
        browser.type(By.id("login:loginName"), "customer@demo.emporium");
        browser.type(By.id("login:password"), Shop.DEMO_PASSWORD);
        browser.click(By.id("login:submit"));

        browser.waitForText(By.id("checkoutTitle"), "结算");
        String quote = browser.waitFor(By.id("checkout:quote")).getText();
        assertThat(quote).contains("测试杯 ", "¥19.90 × 1", "¥29.90 × 2");
        assertThat(browser.all(By.cssSelector(".quote-group"))).hasSize(2);
        assertThat(browser.waitFor(By.id("checkout:addressChoice")).getText()).contains("杭州市");
        WebElement standard = driver.findElement(By.cssSelector("#checkout\\:shipping input[value='standard']"));
        assertThat(standard.isSelected()).isTrue();
        assertThat(browser.waitFor(By.id("grandTotal")).getText()).startsWith("¥");
        screenshot("checkout");

        browser.click(By.cssSelector("#checkout\\:terms .ui-chkbox-box"));
        browser.click(By.id("checkout:place"));
        browser.waitForText(By.id("placedTitle"), "订单已提交");
        List<WebElement> placed = browser.all(By.cssSelector(".placed-order"));
        assertThat(placed).hasSize(2);
        List<String> numbers = browser.all(By.cssSelector(".placed-order .order-no")).stream()
                .map(WebElement::getText).toList();
        assertThat(numbers).allSatisfy(no -> assertThat(no).matches("\\d{18}"));
        screenshot("placed");
        assertThat(browser.waitFor(By.id("cartBadge")).getText()).doesNotContain("3");

        browser.click(By.id("toOrders"));
        browser.waitForText(By.id("ordersTitle"), "我的订单");
        assertThat(browser.waitFor(By.id("orders:list")).getText()).contains(numbers.get(0), numbers.get(1), "待付款");

        driver.get(shop.url("/account/order.xhtml?no=" + numbers.get(0)));
        browser.waitForText(By.id("orderStatus"), "待付款");
        browser.click(By.id("order:cancel"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("orderStatus"), "已取消");
        assertThat(browser.waitFor(By.id("orderHistory")).getText()).contains("买家取消");

        browser.click(By.id("userNav:ordersLink"));
        browser.click(By.cssSelector(".order-tab.tab-cancelled"));
        browser.waitFor(By.cssSelector(".order-tab.tab-cancelled.active"));
        String cancelled = browser.waitFor(By.id("orders:list")).getText();
        assertThat(cancelled).contains(numbers.get(0), "已取消").doesNotContain(numbers.get(1));
        screenshot("cancelled");

        driver.get(shop.url("/account/messages.xhtml"));
        assertThat(browser.waitFor(By.id("messageList")).getText()).contains("订单已取消", numbers.get(0));

        browser.click(By.id("userNav:logoutLink"));
        browser.waitFor(By.id("login:loginName"));
        driver.get(shop.url("/login.xhtml?next=/admin/orders.xhtml"));
        browser.type(By.id("login:loginName"), "merchant@demo.emporium");
        browser.type(By.id("login:password"), Shop.DEMO_PASSWORD);
        browser.click(By.id("login:submit"));
        browser.waitForText(By.id("ordersTitle"), "订单管理");
        String table = browser.waitFor(By.id("orders:table")).getText();
        long shown = numbers.stream().filter(table::contains).count();
        assertThat(shown).as("the merchant sees its own order of the two, not the other shop's").isEqualTo(1);
        String mine = numbers.stream().filter(table::contains).findFirst().orElseThrow();
        String theirs = numbers.stream().filter(no -> !no.equals(mine)).findFirst().orElseThrow();
        browser.type(By.id("orders:orderNo"), theirs);
        browser.click(By.id("orders:search"));
        browser.waitForText(By.id("orders:table"), "没有符合条件的订单");
        browser.type(By.id("orders:orderNo"), mine);
        browser.click(By.id("orders:search"));
        browser.waitForText(By.id("orders:table"), mine);
        screenshot("merchant-orders");
    }

    @Test
    void aShopperChangesTheCartBuysNowAndTheMerchantReceivesStock() {
        Shop shop = new Shop(base);
        TestProducts.Published cup = new TestProducts(shop).publish("merchant", "10.00", 50, 300, 0, "白", "黑");
        TestProducts.Published soldOut = new TestProducts(shop).publish("merchant", "12.00", 0, 300, 0, "红");
        long white = cup.skuIds().get(0);
        long black = cup.skuIds().get(1);
        var driver = browser.open("zh-CN");

        addToCart(shop, cup.productId(), "1");
        driver.get(shop.url("/cart.xhtml"));
        By line = By.cssSelector("#line-" + white);
        WebElement quantity = browser.waitFor(By.cssSelector("#line-" + white + " .cart-quantity input"));
        quantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3", Keys.TAB);
        browser.waitForText(By.cssSelector("#line-" + white + " .cart-line-total"), "¥30.00");
        assertThat(browser.waitFor(By.id("selectedTotal")).getText()).isEqualTo("¥30.00");

        WebElement menu = browser.waitFor(By.cssSelector("#line-" + white + " .ui-selectonemenu"));
        String menuId = menu.getAttribute("id");
        // open the menu and pick 黑, again if a click landed while the panel was still opening
        browser.until(d -> {
            if (!d.findElements(By.cssSelector("#line-" + black)).isEmpty()) {
                return true;
            }
            List<WebElement> option = d.findElements(
                    By.xpath("//div[@id='" + menuId + "_panel']//li[contains(., '黑')]"));
            if (!option.isEmpty() && option.get(0).isDisplayed()) {
                option.get(0).click();
            } else if (!d.findElements(By.id(menuId)).isEmpty()) {
                d.findElement(By.id(menuId)).click();
            }
            return null;
        });
        assertThat(browser.all(line)).isEmpty();
        assertThat(browser.waitFor(By.cssSelector("#line-" + black + " .cart-quantity input")).getAttribute("value"))
                .isEqualTo("3");

        String before = browser.waitFor(By.id("selectedCount")).getText();
        browser.click(By.cssSelector("#line-" + black + " .cart-check .ui-chkbox-box"));
        changed(By.id("selectedCount"), before);
        assertThat(browser.waitFor(By.id("selectedTotal")).getText()).isEqualTo("¥0.00");
        assertThat(driver.findElement(By.id("cart:checkout")).isEnabled()).isFalse();
        screenshot("cart-unselected");

        browser.click(By.cssSelector("#line-" + black + " .cart-remove a"));
        browser.waitFor(By.id("cart:emptyCart"));

        driver.get(shop.url("/login.xhtml"));
        browser.type(By.id("login:loginName"), "customer@demo.emporium");
        browser.type(By.id("login:password"), Shop.DEMO_PASSWORD);
        browser.click(By.id("login:submit"));
        browser.waitFor(By.id("userNav:logoutLink"));
        driver.get(shop.url("/product.xhtml?id=" + cup.productId()));
        WebElement spinner = browser.waitFor(By.id("buy:quantity_input"));
        spinner.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2");
        browser.click(By.id("buy:buyNow"));
        browser.waitForText(By.id("checkoutTitle"), "结算");
        assertThat(browser.all(By.cssSelector(".quote-line"))).hasSize(1);
        assertThat(browser.waitFor(By.id("checkout:quote")).getText()).contains("¥10.00 × 2");
        String total = browser.waitFor(By.id("grandTotal")).getText();
        driver.findElement(By.cssSelector("#checkout\\:shipping input[value='express']"))
                .findElement(By.xpath("./../following-sibling::div")).click();
        assertThat(changed(By.id("grandTotal"), total)).startsWith("¥");
        browser.click(By.id("checkout:place"));
        browser.waitForText(By.id("pageMessages"), "请先同意销售条款");
        screenshot("buy-now");

        browser.click(By.id("checkout:newAddress"));
        browser.type(By.id("newAddress:recipient"), "李娜");
        browser.type(By.id("newAddress:phone"), "13900139000");
        browser.type(By.id("newAddress:province"), "广东省");
        browser.type(By.id("newAddress:city"), "深圳市");
        browser.type(By.id("newAddress:district"), "南山区");
        browser.type(By.id("newAddress:line1"), "科技园路 1 号");
        browser.click(By.id("newAddress:save"));
        browser.waitForText(By.id("checkout:addressChoice"), "深圳市");
        browser.waitForText(By.id("checkout:quote"), "¥10.00 × 2");

        driver.get(shop.url("/product.xhtml?id=" + soldOut.productId()));
        browser.click(By.id("buy:notifyMe"));
        browser.waitForText(By.id("pageMessages"), "到货后");
        browser.click(By.id("userNav:logoutLink"));
        browser.waitFor(By.id("login:loginName"));

        driver.get(shop.url("/login.xhtml?next=/admin/stock.xhtml?product=" + cup.productId()));
        browser.type(By.id("login:loginName"), "merchant@demo.emporium");
        browser.type(By.id("login:password"), Shop.DEMO_PASSWORD);
        browser.click(By.id("login:submit"));
        browser.waitForText(By.id("stockTitle"), "库存");
        assertThat(browser.waitFor(By.id("adminUser:bell")).isDisplayed()).isTrue();
        browser.type(By.id("stock:receiveQuantity_input"), "5");
        browser.click(By.id("stock:receive"));
        browser.waitForText(By.id("pageMessages"), "已入库");
        assertThat(browser.waitFor(By.id("stock:figures")).getText()).contains("55");
        browser.type(By.id("stock:adjustDelta_input"), "-2");
        browser.click(By.id("stock:adjust"));
        browser.waitForText(By.id("pageMessages"), "必须填写原因");
        browser.type(By.id("stock:adjustReason"), "盘点差异");
        browser.click(By.id("stock:adjust"));
        browser.waitForText(By.id("pageMessages"), "已调整");
        assertThat(browser.waitFor(By.id("stock:figures")).getText()).contains("53");
        assertThat(browser.waitFor(By.id("stock:ledger")).getText()).contains("盘点差异", "入库");
        screenshot("stock");

        driver.get(shop.url("/admin/orders.xhtml"));
        browser.click(By.cssSelector("#orders\\:table .order-no"));
        browser.waitForText(By.id("orderTitle"), "订单详情");
        assertThat(browser.waitFor(By.id("orderNo")).getText()).matches("\\d{18}");

        driver.get(shop.url("/admin/stock.xhtml?product=" + soldOut.productId()));
        browser.type(By.id("stock:receiveQuantity_input"), "3");
        browser.click(By.id("stock:receive"));
        browser.waitForText(By.id("pageMessages"), "已入库");
        browser.click(By.id("adminUser:bell"));
        browser.waitForText(By.id("messagesTitle"), "站内信");
        browser.click(By.id("adminUser:logoutLink"));

        browser.type(By.id("login:loginName"), "customer@demo.emporium");
        browser.type(By.id("login:password"), Shop.DEMO_PASSWORD);
        browser.click(By.id("login:submit"));
        browser.waitFor(By.id("userNav:unreadCount"));
        browser.click(By.id("userNav:messagesLink"));
        assertThat(browser.waitFor(By.id("messageList")).getText()).contains("到货通知", "测试杯");
        String unread = browser.waitFor(By.id("unreadText")).getText();
        browser.click(By.id("inbox:markAllRead"));
        assertThat(changed(By.id("unreadText"), unread)).endsWith(" 0");
        new WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("userNav:unreadCount")));
        screenshot("messages");
    }

    private void addToCart(Shop shop, long productId, String quantity) {
        browser.driver().get(shop.url("/product.xhtml?id=" + productId));
        WebElement spinner = browser.waitFor(By.id("buy:quantity_input"));
        spinner.sendKeys(Keys.chord(Keys.CONTROL, "a"), quantity);
        assertThat(spinner.getAttribute("value")).isEqualTo(quantity);
        browser.click(By.id("buy:addToCart"));
        browser.waitForText(By.id("pageMessages"), "已加入购物车");
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("cartCount")));
    }

    /** Like Browser.waitForChange, but an element replaced by an ajax update while being read is read again. */
    private String changed(By by, String old) {
        return new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class).until(d -> {
                    String now = d.findElement(by).getText();
                    return now.equals(old) ? null : now;
                });
    }

    private void screenshot(String name) {
        if (browser.driver() instanceof TakesScreenshot camera) {
            try {
                Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
                Files.createDirectories(dir);
                Files.copy(camera.getScreenshotAs(OutputType.FILE).toPath(),
                        dir.resolve("ShoppingJourneyE2E-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException e) {
                System.err.println("No screenshot: " + e);
            }
        }
    }
}
