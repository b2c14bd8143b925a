package org.emporium.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import java.net.URL;
import org.emporium.testing.Shop;
import org.emporium.testing.ShopDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The pages render in the visitor's language, protect what they should, and fail politely. */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class StorefrontPagesIT {

    private static final RestAssuredConfig NO_REDIRECTS =
            RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false));

    @Deployment(testable = false)
    static WebArchive shop() {
        return ShopDeployment.warAtRoot();
    }

    @ArquillianResource
    URL base;

    @Test
    void homePageSpeaksChineseToChineseBrowsersAndEnglishToOthers() {
        Shop shop = new Shop(base);
        given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8").get(shop.url("/"))
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(allOf(containsString("欢迎光临"), containsString("lang=\"zh-CN\""), containsString("注册")));
        given().header("Accept-Language", "zh-TW").get(shop.url("/index.xhtml"))
                .then().statusCode(200).body(containsString("欢迎光临"));
        given().header("Accept-Language", "en-US,en;q=0.9").get(shop.url("/"))
                .then().statusCode(200)
                .body(allOf(containsString("Welcome to Emporium"), containsString("lang=\"en\""),
                        not(containsString("欢迎光临"))));
        given().header("Accept-Language", "de-DE").get(shop.url("/"))
                .then().statusCode(200).body(containsString("Welcome to Emporium"));
    }

    @Test
    void loginAndRegistrationPagesRenderInBothLanguages() {
        Shop shop = new Shop(base);
        given().header("Accept-Language", "zh-CN").get(shop.url("/login.xhtml"))
                .then().statusCode(200).body(allOf(containsString("邮箱或手机号"), containsString("密码")));
        given().header("Accept-Language", "en").get(shop.url("/register.xhtml"))
                .then().statusCode(200).body(allOf(containsString("Create an account"),
                        containsString("Repeat password")));
    }

    @Test
    void accountAndBackOfficePagesSendStrangersToTheLoginPage() {
        Shop shop = new Shop(base);
        for (String page : new String[] {"/account/", "/account/addresses.xhtml", "/admin/", "/admin/batch.xhtml"}) {
            given().config(NO_REDIRECTS).get(shop.url(page))
                    .then().statusCode(302).header("Location", containsString("/login.xhtml?next="));
        }
    }

    @Test
    void unknownPagesGetAFriendlyPageInTheVisitorsLanguage() {
        Shop shop = new Shop(base);
        given().header("Accept-Language", "zh-CN").get(shop.url("/no-such-page.xhtml"))
                .then().statusCode(404).body(allOf(containsString("页面不存在"), not(containsString("at org."))));
        given().header("Accept-Language", "en").get(shop.url("/no-such-page.xhtml"))
                .then().statusCode(404).body(containsString("Page not found"));
    }

    @Test
    void theHomePageShowsDepartmentsAndProducts() {
        Shop shop = new Shop(base);
        given().header("Accept-Language", "zh-CN").get(shop.url("/"))
                .then().statusCode(200)
                .body(allOf(containsString("数码电子"), containsString("手机"), containsString("新品上架"),
                        containsString("/images/generated/"), containsString("href=\"/p/"), containsString("href=\"/c/")));
    }

    @Test
    void searchPagesFindProductsInBothLanguagesWithFacetsAndEscapeWhatTheyEcho() {
        Shop shop = new Shop(base);
        given().header("Accept-Language", "zh-CN").queryParam("q", "手机").get(shop.url("/search.xhtml"))
                .then().statusCode(200)
                .body(allOf(containsString("智能手机"), containsString("品牌"), containsString("价格从低到高")));
        given().header("Accept-Language", "en").queryParam("q", "phone").get(shop.url("/search.xhtml"))
                .then().statusCode(200).body(allOf(containsString("Smartphone"), containsString("Brand")));
        given().header("Accept-Language", "en").queryParam("q", "<script>alert(1)</script>")
                .get(shop.url("/search.xhtml"))
                .then().statusCode(200).body(not(containsString("<script>alert(1)</script>")));
    }

    @Test
    void aProductPageShowsItsSkusAndDraftsAreNotFound() {
        Shop shop = new Shop(base);
        int id = shop.json().get(shop.api("/products?q=phone&size=1")).then().extract().path("items[0].id");
        String price = shop.json().get(shop.api("/products/" + id)).then().extract().path("skus[0].price.amount");
        given().header("Accept-Language", "zh-CN").get(shop.url("/product.xhtml?id=" + id))
                .then().statusCode(200)
                .body(allOf(containsString("智能手机"), containsString("颜色"), containsString("¥"),
                        containsString("商品详情")));

        String merchant = shop.demoToken("merchant");
        int category = shop.json().get(shop.api("/categories")).then().extract().path("[0].children[0].id");
        int draft = shop.as(merchant).body(java.util.Map.of("name", "草稿", "nameEn", "Draft Only",
                        "categoryId", category, "skus", java.util.List.of(java.util.Map.of("price", "9.90"))))
                .post(shop.api("/admin/products")).then().statusCode(201).extract().path("id");
        given().get(shop.url("/product.xhtml?id=" + draft)).then().statusCode(404);
        given().get(shop.url("/product.xhtml?id=99999999")).then().statusCode(404);
        given().get(shop.url("/sitemap.xml")).then().statusCode(200)
                .body(allOf(containsString("/p/" + id + "/"), not(containsString("/p/" + draft + "/")),
                        not(containsString("product.xhtml"))));
    }

    @Test
    void theOpenApiDescriptionAndMetricsAreServed() {
        Shop shop = new Shop(base);
        given().get(shop.url("/openapi")).then().statusCode(200).body(containsString("/api/v1/auth/token"));
        given().get(shop.url("/metrics")).then().statusCode(200);
    }
}
