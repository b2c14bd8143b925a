package org.emporium.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;
import org.emporium.testing.Browser;
import org.emporium.testing.Shop;
import org.emporium.testing.ShopDeployment;
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
 * The back office's product pages in headless Chromium: a merchant publishes a product with a SKU matrix, an admin
 * approves it, the merchant takes it off shelf with a bulk action, and another merchant cannot open it.
 */
@Tag("e2e")
@ExtendWith(ArquillianExtension.class)
class ProductBackOfficeE2E {

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
    void aMerchantPublishesAnAdminApprovesAndTheMerchantTakesItOffShelf() {
        Shop shop = new Shop(base);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String name = "E2E Teacup " + suffix;
        var driver = browser.open("en-US");

        // the merchant creates a product with 2 specifications × 2 options
        signIn(shop, "merchant@demo.emporium");
        assertThat(menu()).contains("Products").doesNotContain("Product review");
        browser.click(By.linkText("Products"));
        browser.waitForText(By.id("productsTitle"), "Products");
        browser.click(By.id("products:newProduct"));
        browser.waitForText(By.id("editorTitle"), "New product");
        browser.type(By.id("editor:name"), "测试茶杯" + suffix);
        browser.type(By.id("editor:nameEn"), name);
        browser.click(By.id("editor:category"));
        browser.click(By.cssSelector("[id='editor:category_panel'] li[data-label='Cookware']"));
        addSpec(0, "颜色", "红", "蓝");
        addSpec(1, "尺码", "M", "L");
        browser.click(By.id("editor:generate"));
        browser.waitForText(By.id("pageMessages"), "4 SKU(s)");
        assertThat(browser.waitFor(By.id("editor:skus")).getText()).contains("红 / M", "红 / L", "蓝 / M", "蓝 / L");
        for (int i = 0; i < 4; i++) {
            browser.type(By.id("editor:skus:" + i + ":price_input"), i < 2 ? "59.90" : "69.90");
            browser.type(By.id("editor:skus:" + i + ":stock_input"), "10");
        }
        browser.click(By.id("editor:save"));
        browser.waitForText(By.id("pageMessages"), "created as a draft");
        browser.waitForText(By.id("productStatus"), "Draft");
        String id = driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        assertThat(id).matches("\\d+");
        assertThat(browser.waitFor(By.id("editor:skus")).getText()).contains("P" + id + "-4", "Available: 10");

        browser.click(By.id("editor:submit"));
        browser.waitForText(By.id("pageMessages"), "submitted for review");
        browser.waitForText(By.id("productStatus"), "In review");
        browser.click(By.id("adminUser:logoutLink"));

        // the admin approves it
        signIn(shop, "admin@demo.emporium");
        assertThat(menu()).contains("Products", "Product review");
        browser.click(By.linkText("Product review"));
        browser.waitForText(By.id("reviewTitle"), "Product review");
        browser.type(By.id("review:table:name:filter"), name);
        browser.waitForText(By.id("review:table"), name);
        browser.click(By.xpath(row(name) + "//button[contains(@id,'approve')]"));
        browser.waitForText(By.id("pageMessages"), name + " approved, now: On shelf");
        browser.click(By.id("adminUser:logoutLink"));

        // the merchant sees it on shelf and takes it off with the bulk action; doing it twice is refused
        signIn(shop, "merchant@demo.emporium");
        browser.click(By.linkText("Products"));
        browser.type(By.id("products:table:name:filter"), suffix);
        browser.waitForText(By.xpath(row(name)), "On shelf");
        selectRow(name);
        browser.click(By.id("products:offShelf"));
        browser.waitForText(By.id("pageMessages"), "1 product(s) now Off shelf: " + name);
        browser.waitForText(By.xpath(row(name)), "Off shelf");
        selectRow(name);
        browser.click(By.id("products:offShelf"));
        browser.waitForText(By.id("pageMessages"), "Not done for " + name + " (Off shelf): Not possible");
        browser.click(By.id("adminUser:logoutLink"));

        // another merchant neither lists nor opens it
        signIn(shop, "merchant2@demo.emporium");
        browser.click(By.linkText("Products"));
        browser.type(By.id("products:table:name:filter"), suffix);
        browser.waitForText(By.id("products:table"), "No products.");
        driver.get(shop.url("/admin/product-edit.xhtml?id=" + id));
        assertThat(browser.waitFor(By.id("errorPage")).getText()).contains("Page not found");
        assertThat(browser.pageText()).doesNotContain(name);
    }

    private void addSpec(int index, String spec, String... options) {
        browser.click(By.id("editor:addSpec"));
        browser.type(By.id("editor:specs:" + index + ":specName"), spec);
        var chips = browser.waitFor(By.id("editor:specs:" + index + ":options_input"));
        for (String option : options) {
            chips.sendKeys(option, Keys.ENTER);
        }
    }

    /** The table row that shows the product. */
    private static String row(String name) {
        return "//tr[contains(@class,'ui-datatable-selectable') or @data-ri][contains(., '" + name + "')]";
    }

    private void selectRow(String name) {
        browser.click(By.xpath(row(name) + "//td[contains(@class,'ui-selection-column')]//div[contains(@class,'ui-chkbox-box')]"));
    }

    private void signIn(Shop shop, String email) {
        browser.driver().get(shop.url("/login.xhtml?next=/admin/"));
        browser.type(By.id("login:loginName"), email);
        browser.type(By.id("login:password"), Shop.DEMO_PASSWORD);
        browser.click(By.id("login:submit"));
        browser.waitFor(By.id("dashboardTitle"));
    }

    private String menu() {
        return browser.waitFor(By.id("adminMenu")).getText();
    }
}
