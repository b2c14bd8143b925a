package org.emporium.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import org.emporium.testing.Browser;
import org.emporium.testing.Shop;
import org.emporium.testing.ShopDeployment;
import org.emporium.testing.TestOrders;
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

/**
 * 结算 in headless Chromium: finance starts merchant-settlement from the batch console for today, sees it complete
 * with its steps' figures, opens the merchant's statement (its net is the order's payment less 5 % commission) and
 * records the payout; the merchant sees the same statement, paid out.
 */
@Tag("e2e")
@ExtendWith(ArquillianExtension.class)
class SettlementJourneyE2E {

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    static WebArchive shop() {
        WebArchive war = ShopDeployment.warAtRoot();
        war.addAsResource(new StringAsset("config_ordinal=250\n"
                + "EMPORIUM_SANDBOX_CARRIER_STEP=PT1S\n"
                + "EMPORIUM_RETURN_WINDOW=PT2S\n"
                + "EMPORIUM_BATCH_SCHEDULE=false\n"), "META-INF/microprofile-config.properties");
        return war;
    }

    @ArquillianResource
    URL base;

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void financeSettlesTheDayFromTheConsoleAndPaysTheMerchantOut() {
        Shop shop = new Shop(base);
        TestProducts products = new TestProducts(shop);
        TestProducts.Published lamp = products.publish("merchant2", "200.00", 10, 300, 0);
        String orderNo = new TestOrders(shop).completed("merchant2", shop.shopperLivingIn("浙江省", "杭州市"),
                lamp.sku(), 1);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

        var driver = browser.open("en-US");
        browser.signIn(shop, "finance@demo.emporium", "/admin/batch.xhtml");
        browser.choose("batch:job", "Merchant settlement (statements per merchant and period)");
        browser.type(By.id("batch:parameters"), "period=" + today);
        browser.click(By.id("batch:start"));
        browser.waitForText(By.id("pageMessages"), "merchant-settlement started");
        browser.until(d -> {
            d.findElement(By.id("batch:refresh")).click();
            return d.findElement(By.id("batch:executions")).getText().contains("COMPLETED");
        });
        browser.click(By.cssSelector("#batch\\:executions .ui-row-toggler"));
        browser.waitForText(By.cssSelector(".batch-steps"), "settle");

        driver.get(shop.url("/admin/settlements.xhtml"));
        browser.click(By.cssSelector("a.statement-no"));
        browser.waitForText(By.id("statementLines"), orderNo);
        String net = browser.waitFor(By.id("statementNet")).getText();
        assertThat(browser.waitFor(By.id("statementLines")).getText()).contains("Sale", "Freight");
        browser.click(By.id("statement:payout"));
        browser.type(By.id("statement:reference"), "BANK-E2E-1");
        browser.click(By.id("statement:confirmPayout"));
        browser.waitForText(By.id("statementStatus"), "Paid out");

        browser.signOut("adminUser:logoutLink");
        browser.signIn(shop, "merchant2@demo.emporium", "/admin/settlements.xhtml");
        browser.click(By.cssSelector("a.statement-no"));
        browser.waitForText(By.id("statementStatus"), "Paid out");
        assertThat(browser.waitFor(By.id("statementNet")).getText()).isEqualTo(net);
    }
}
