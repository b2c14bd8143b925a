package org.emporium.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.emporium.testing.Browser;
import org.emporium.testing.Shop;
import org.emporium.testing.TestPictures;
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
        browser.choose("editor:category", "Cookware");
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

    @Test
    void aMerchantUploadsPicturesAndTheProductPageShowsThemButNoFakeOrHugeFile() throws Exception {
        Shop shop = new Shop(base);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String name = "E2E Photo cup " + suffix;
        long id = onShelf(shop, shop.demoToken("merchant"), name, suffix);
        Path dir = Files.createTempDirectory("e2e-upload");
        Path picture = dir.resolve("cup.png");
        Files.write(picture, TestPictures.png(800, 600));
        Path fake = dir.resolve("notes.png");
        Files.writeString(fake, "I am a text file with a picture's name");
        Path huge = dir.resolve("huge.png");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.write(TestPictures.png(10, 10), 0, 8);
            file.setLength(30L * 1024 * 1024);
        }
        var driver = browser.open("en-US");
        signIn(shop, "merchant@demo.emporium");
        driver.get(shop.url("/admin/product-edit.xhtml?id=" + id));
        browser.waitFor(By.id("editorTitle"));

        upload("editor:pictureUpload", picture);
        browser.waitForText(By.id("pageMessages"), "Picture cup.png uploaded (800 × 600 pixels)");
        upload("editor:pictureUpload", fake);
        browser.waitForText(By.id("pageMessages"), "File notes.png was not accepted: It is not a JPEG, PNG, WebP or GIF");
        upload("editor:pictureUpload", huge);
        browser.waitForText(By.id("pageMessages"), "File huge.png is too large (30.0 MB): at most 5.0 MB.");
        assertThat(browser.all(By.cssSelector("[id='editor:pictures'] tbody tr"))).hasSize(2);

        // the upload becomes the main picture, and the first SKU shows it
        browser.click(By.id("editor:pictures:1:makeMain"));
        browser.waitFor(By.cssSelector("[id='editor:pictures:0:url'][value^='/media/']"));
        browser.choose("editor:skus:0:skuPicture", "#1");
        browser.click(By.id("editor:save"));
        browser.waitForText(By.id("pageMessages"), "saved");
        String url = browser.waitFor(By.id("editor:pictures:0:url")).getAttribute("value");
        assertThat(url).matches("/media/[A-Za-z0-9_-]{22}");

        driver.get(shop.url("/product.xhtml?id=" + id));
        browser.waitFor(By.id("productName"));
        var shown = browser.waitFor(By.cssSelector("img[src$='" + url + "-480']"));
        Number loaded = (Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : -1", shown);
        assertThat(loaded.intValue()).isEqualTo(480);
        assertThat(driver.getPageSource()).contains(url + "-160"); // the gallery's strip
    }

    @Test
    void aMerchantChangesPricesAndStockInBulkAndImportsACsvThatReportsBadRows() throws Exception {
        Shop shop = new Shop(base);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String name = "E2E Bulk cup " + suffix;
        String merchant = shop.demoToken("merchant");
        long id = onShelf(shop, merchant, name, suffix);
        long other = shop.as(shop.demoToken("merchant2"))
                .body(draft(shop, "Other " + suffix, "Other cup " + suffix)).post(shop.api("/admin/products"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        var driver = browser.open("en-US");
        signIn(shop, "merchant@demo.emporium");
        browser.click(By.linkText("Products"));
        browser.type(By.id("products:table:name:filter"), suffix);
        browser.waitForText(By.xpath(row(name)), "On shelf");

        // 15 % off: 100.00 → 85.00, 59.90 → 50.915 → 50.92 (HALF_UP, to cents)
        selectRow(name);
        browser.click(By.id("products:changePrices"));
        browser.type(By.id("products:priceValue"), "-15");
        browser.click(By.id("products:applyPrices"));
        browser.waitForText(By.id("pageMessages"), "2 SKU price(s) changed in 1 product(s).");
        assertThat(prices(shop, merchant, id)).containsExactly("85.00", "50.92");

        selectRow(name);
        browser.click(By.id("products:setStock"));
        browser.type(By.id("products:stockValue"), "7");
        browser.type(By.id("products:stockReason"), "E2E stock count");
        browser.click(By.id("products:applyStock"));
        browser.waitForText(By.id("pageMessages"), "2 SKU(s) in 1 product(s) now have 7 on hand.");
        assertThat(available(shop, merchant, id)).containsExactly(7, 7);

        // CSV import: one good row; the bad ones are reported by line and change nothing
        Path csv = Files.createTempDirectory("e2e-csv").resolve("prices.csv");
        Files.writeString(csv, "Product ID,Name,Name (English),Status,SKU code,Specifications,Price,Available,"
                + "Original price\r\n"
                + id + ",a,b,On shelf,P" + id + "-1,颜色:红,88.00,3,\r\n"
                + id + ",a,b,On shelf,P" + id + "-2,颜色:蓝,-5,1,\r\n"
                + id + ",a,b,On shelf,P" + id + "-2,颜色:蓝,cheap,1,\r\n"
                + id + ",a,b,On shelf,NO-SUCH-SKU,,5,1,\r\n"
                + other + ",a,b,Draft,P" + other + "-1,颜色:红,5,1,\r\n");
        browser.driver().findElement(By.cssSelector("[id='csvImport'] input[type=file]")).sendKeys(csv.toString());
        browser.waitForText(By.id("csvImport:importSummary"), "1 row(s) can be applied; 4 row(s) have problems");
        String report = browser.waitFor(By.id("csvImport:importProblems")).getText();
        assertThat(report).contains("3 The price -5 is negative.", "4 The price \"cheap\" is not a number.",
                "5 Unknown SKU", "6 Unknown SKU");
        assertThat(prices(shop, merchant, id)).containsExactly("85.00", "50.92"); // a preview changes nothing
        browser.click(By.id("csvImport:applyImport"));
        browser.waitForText(By.id("pageMessages"), "Import done: 1 SKU(s) changed, 0 already as in the file, 4 row(s)");
        assertThat(prices(shop, merchant, id)).containsExactly("88.00", "50.92");
        assertThat(available(shop, merchant, id)).containsExactly(3, 7);
        shop.as(shop.demoToken("merchant2")).get(shop.api("/admin/products/" + other)).then()
                .body("skus[0].price.amount", org.hamcrest.Matchers.equalTo("100.00"));
    }

    private static java.util.List<String> prices(Shop shop, String token, long id) {
        return shop.as(token).get(shop.api("/admin/products/" + id)).then().statusCode(200).extract().jsonPath()
                .getList("skus.price.amount", String.class);
    }

    private static java.util.List<Integer> available(Shop shop, String token, long id) {
        return shop.as(token).get(shop.api("/admin/products/" + id)).then().statusCode(200).extract().jsonPath()
                .getList("skus.available", Integer.class);
    }

    /** A product with two SKUs (100.00 and 59.90, 10 each), created, submitted and approved through the API. */
    private static long onShelf(Shop shop, String merchantToken, String nameEn, String suffix) {
        long id = shop.as(merchantToken).body(draft(shop, "测试" + suffix, nameEn))
                .post(shop.api("/admin/products")).then().statusCode(201).extract().jsonPath().getLong("id");
        shop.as(merchantToken).post(shop.api("/admin/products/" + id + "/submit")).then().statusCode(200);
        shop.as(shop.demoToken("admin")).post(shop.api("/admin/products/" + id + "/approve")).then()
                .statusCode(200);
        return id;
    }

    private static java.util.Map<String, Object> draft(Shop shop, String name, String nameEn) {
        int category = shop.json().get(shop.api("/categories")).then().extract().path("[0].children[0].id");
        return java.util.Map.of("name", name, "nameEn", nameEn, "categoryId", category,
                "specs", java.util.List.of(java.util.Map.of("name", "颜色", "options", java.util.List.of("红", "蓝"))),
                "skus", java.util.List.of(
                        java.util.Map.of("specs", java.util.Map.of("颜色", "红"), "price", "100.00", "stock", 10),
                        java.util.Map.of("specs", java.util.Map.of("颜色", "蓝"), "price", "59.90", "stock", 10)),
                "images", java.util.List.of("/images/generated/e2e-cup/1.svg"));
    }

    private void upload(String fileUploadId, Path file) {
        browser.driver().findElement(By.cssSelector("[id='" + fileUploadId + "'] input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
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
        browser.signIn(shop, email, "/admin/");
        browser.waitFor(By.id("dashboardTitle"));
    }

    private String menu() {
        return browser.waitFor(By.id("adminMenu")).getText();
    }
}
