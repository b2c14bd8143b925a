package org.emporium.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The back office's category tree in headless Chromium: an admin creates a department with a sub-category, drags
 * the sub-category under another department (saved at once), and is told why a category with products cannot go.
 */
@Tag("e2e")
@ExtendWith(ArquillianExtension.class)
class CatalogAdminE2E {

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
    void anAdminBuildsTheTreeAndMovesACategoryByDragAndDrop() {
        Shop shop = new Shop(base);
        String tag = UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z0-9]", "x");
        browser.open("en-US");
        signIn(shop, "admin@demo.emporium");
        browser.click(By.linkText("Categories"));
        browser.waitForText(By.id("categoriesTitle"), "Categories");

        // the target first: it stays above the dragged category, whose own row may vanish while it is dragged
        createDepartment("E2E Target " + tag, "e2e-target-" + tag);
        createDepartment("E2E Dept " + tag, "e2e-dept-" + tag);
        clickFresh(By.id("categoryForm:newChild"));
        browser.waitForText(By.id("editorTitle"), "New category under");
        fill("E2E Child " + tag, "e2e-child-" + tag, "pi pi-star");
        clickFresh(By.id("categoryForm:save"));
        browser.waitForText(By.id("pageMessages"), "The category was created.");
        browser.waitFor(By.cssSelector("[data-slug='e2e-child-" + tag + "']"));

        // departments are shown expanded; drag the child onto the other department
        WebElement child = node("e2e-child-" + tag);
        WebElement target = node("e2e-target-" + tag);
        new Actions(browser.driver()).clickAndHold(child).moveByOffset(8, 8).pause(Duration.ofMillis(300))
                .moveToElement(target).pause(Duration.ofMillis(300)).moveByOffset(2, 1).pause(Duration.ofMillis(300))
                .release().perform();
        browser.waitForText(By.id("pageMessages"), "The new order was saved.");

        String admin = shop.demoToken("admin");
        JsonPath tree = shop.as(admin).get(shop.api("/admin/categories")).then().statusCode(200).extract().jsonPath();
        assertThat(tree.getList("find { it.slug == 'e2e-target-" + tag + "' }.children.slug", String.class))
                .containsExactly("e2e-child-" + tag);
        assertThat(tree.getList("find { it.slug == 'e2e-dept-" + tag + "' }.children", Object.class)).isEmpty();

        // a category with products cannot be deleted, and the admin is told why
        clickFresh(By.cssSelector("[data-slug='phones']"));
        browser.until(d ->
                "phones".equals(d.findElement(By.id("categoryForm:slug")).getAttribute("value")));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("window.confirm = () => true;");
        clickFresh(By.id("categoryForm:delete"));
        browser.waitForText(By.id("pageMessages"), "still has products");
        assertThat(shop.json().get(shop.api("/categories")).then().extract().jsonPath()
                .getList("children.flatten().slug", String.class)).contains("phones");
    }

    @Test
    void onAPhoneTheResultsGrowAsTheShopperScrolls() {
        Shop shop = new Shop(base);
        var driver = browser.open("en-US");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        driver.get(shop.url("/search.xhtml?q="));
        browser.waitFor(By.id("results"));
        int first = browser.all(By.cssSelector("#results .product-card")).size();
        assertThat(first).isEqualTo(24);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('pager').scrollIntoView()");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                d.findElements(By.cssSelector("#results .product-card")).size() > first);
        assertThat(browser.all(By.cssSelector("#pager a.page-link.active")).get(0).getText()).isEqualTo("2");
        // the links themselves still lead to real pages
        String third = browser.waitFor(By.xpath("//nav[@id='pager']/a[normalize-space()='3']")).getAttribute("href");
        assertThat(third).contains("page=2");
    }

    private void createDepartment(String nameEn, String slug) {
        clickFresh(By.id("treeForm:newDepartment"));
        browser.waitForText(By.id("editorTitle"), "New department");
        fill("测试" + nameEn, slug, "pi pi-box");
        browser.type(By.id("categoryForm:nameEn"), nameEn);
        clickFresh(By.id("categoryForm:save"));
        browser.waitForText(By.id("pageMessages"), "The category was created.");
        browser.waitFor(By.cssSelector("[data-slug='" + slug + "']"));
    }

    /** Clicks, again if an ajax update replaced the element just then. */
    private void clickFresh(By by) {
        for (int attempt = 1; ; attempt++) {
            try {
                browser.click(by);
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                if (attempt == 3) {
                    throw replaced;
                }
            }
        }
    }

    private void fill(String name, String slug, String icon) {
        browser.type(By.id("categoryForm:name"), name);
        browser.type(By.id("categoryForm:nameEn"), name);
        browser.type(By.id("categoryForm:slug"), slug);
        browser.type(By.id("categoryForm:icon"), icon);
    }

    private WebElement node(String slug) {
        return browser.waitFor(By.xpath("//span[@data-slug='" + slug + "']/ancestor::*[contains(@class,"
                + "'ui-treenode-content')][1]"));
    }

    private void signIn(Shop shop, String email) {
        browser.signIn(shop, email, "/admin/");
        browser.waitFor(By.id("dashboardTitle"));
    }
}
