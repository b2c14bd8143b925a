package org.emporium.account;

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

/** Shoppers and staff through the real pages in headless Chromium. */
@Tag("e2e")
@ExtendWith(ArquillianExtension.class)
class AccountJourneyE2E {

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
    void aShopperRegistersSwitchesLanguageAddsAnAddressSignsOutAndBackIn() {
        Shop shop = new Shop(base);
        String email = "e2e-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String password = "journey-pass-1";
        var driver = browser.open("en-US");

        driver.get(shop.url("/"));
        assertThat(browser.waitFor(By.id("welcome")).getText()).isEqualTo("Welcome to Emporium");
        browser.click(By.id("userNav:registerLink"));
        browser.type(By.id("register:email"), email);
        browser.type(By.id("register:displayName"), "Lin Journey");
        browser.type(By.id("register:password"), password);
        browser.type(By.id("register:passwordRepeat"), password);
        browser.click(By.id("register:submit"));

        browser.waitForText(By.id("pageMessages"), "Welcome, Lin Journey");
        assertThat(driver.getCurrentUrl()).contains("/account/");

        browser.click(By.id("userNav:langZh"));
        browser.waitForText(By.tagName("h1"), "我的账户");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");

        browser.click(By.id("addressesLink"));
        browser.waitForText(By.tagName("h1"), "收货地址");
        assertThat(browser.pageText()).contains("您还没有收货地址");
        browser.click(By.id("addresses:add"));
        browser.type(By.id("addresses:recipient"), "林小路");
        browser.type(By.id("addresses:phone"), "13800138000");
        browser.type(By.id("addresses:province"), "上海市");
        browser.type(By.id("addresses:city"), "上海市");
        browser.type(By.id("addresses:district"), "浦东新区");
        browser.type(By.id("addresses:line1"), "世纪大道 100 号");
        browser.click(By.id("addresses:save"));
        browser.waitForText(By.cssSelector(".address-list"), "林小路");
        assertThat(browser.pageText()).contains("地址已保存", "默认", "世纪大道 100 号");

        browser.click(By.id("userNav:logoutLink"));
        browser.waitForText(By.id("signedOut"), "您已退出登录");

        browser.type(By.id("login:loginName"), email);
        browser.type(By.id("login:password"), password);
        browser.click(By.id("login:submit"));
        browser.waitForText(By.id("signedInAs"), "Lin Journey");

        browser.click(By.id("userNav:langEn"));
        browser.waitForText(By.id("welcome"), "Welcome to Emporium");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageInTheVisitorsLanguage() {
        Shop shop = new Shop(base);
        var driver = browser.open("zh-CN");
        driver.get(shop.url("/login.xhtml"));
        browser.type(By.id("login:loginName"), "customer@demo.emporium");
        browser.type(By.id("login:password"), "not-the-password");
        browser.click(By.id("login:submit"));
        browser.waitForText(By.id("pageMessages"), "邮箱、手机号或密码错误");
        assertThat(driver.getCurrentUrl()).contains("/login.xhtml");
    }

    @Test
    void staffSeeOnlyTheBackOfficeMenuTheirRoleMayUse() {
        Shop shop = new Shop(base);
        var driver = browser.open("en-US");

        browser.signIn(shop, "admin@demo.emporium", "/admin/");
        browser.waitForText(By.id("dashboardTitle"), "Dashboard");
        assertThat(menu()).contains("Dashboard", "Accounts", "Batch jobs");
        browser.click(By.linkText("Accounts"));
        browser.waitForText(By.id("accounts:table"), "customer@demo.emporium");
        browser.click(By.id("adminUser:logoutLink"));

        browser.signIn(shop, "finance@demo.emporium", "/admin/");
        browser.waitForText(By.id("dashboardTitle"), "Dashboard");
        assertThat(menu()).contains("Batch jobs").doesNotContain("Accounts");
        driver.get(shop.url("/admin/accounts.xhtml"));
        assertThat(browser.waitFor(By.id("errorPage")).getText()).contains("Not allowed");
        driver.get(shop.url("/admin/batch.xhtml"));
        browser.click(By.id("batch:start"));
        browser.waitForText(By.id("pageMessages"), "housekeeping started");

        driver.get(shop.url("/"));
        browser.click(By.id("userNav:logoutLink"));
        browser.signIn(shop, "customer@demo.emporium", "/admin/");
        driver.get(shop.url("/admin/"));
        assertThat(browser.waitFor(By.id("errorPage")).getText()).contains("Not allowed");
    }

    private String menu() {
        return browser.waitFor(By.id("adminMenu")).getText();
    }
}
