package org.emporium.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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

/** A shopper browses: searches from the header, narrows by a facet, opens a product and picks a SKU. */
@Tag("e2e")
@ExtendWith(ArquillianExtension.class)
class BrowsingJourneyE2E {

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
    void searchesInChineseFiltersByBrandAndChoosesASku() {
        Shop shop = new Shop(base);
        var driver = browser.open("zh-CN");
        driver.get(shop.url("/"));
        assertThat(browser.waitFor(By.id("newArrivals")).findElements(By.cssSelector(".product-card"))).hasSize(8);

        browser.type(By.id("searchQ"), "手机");
        browser.click(By.id("searchSubmit"));
        browser.waitForText(By.id("searchTitle"), "手机");
        int total = Integer.parseInt(browser.waitFor(By.id("total")).getText());
        assertThat(total).isGreaterThanOrEqualTo(12);

        WebElement brand = driver.findElements(By.cssSelector("#facets .facet")).get(1)
                .findElement(By.cssSelector(".facet-link"));
        brand.click();
        browser.waitFor(By.id("clearFilters"));
        assertThat(Integer.parseInt(browser.waitFor(By.id("total")).getText())).isLessThan(total);

        browser.click(By.cssSelector("#results .product-card"));
        browser.waitForText(By.id("productName"), "手机");
        String before = browser.waitFor(By.id("skuPrice")).getText();
        assertThat(before).startsWith("¥");
        browser.click(By.xpath("//button[contains(@class,'spec-option')][.//span[text()='256GB']]"));
        String after = browser.waitForChange(By.id("skuPrice"), before);
        assertThat(after).startsWith("¥");
        assertThat(browser.waitFor(By.id("availability")).getText()).contains("有货");
    }
}
