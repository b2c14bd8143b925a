package org.emporium.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.testing.Shop;
import org.emporium.testing.ShopDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin's catalog (category tree, brands, specification templates) through the API, the catalog cache that
 * must show every edit at once, and the friendly storefront addresses with their redirects and the sitemap.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class CatalogAdminIT {

    private static final RestAssuredConfig NO_REDIRECTS =
            RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false));

    @Deployment(testable = false)
    static WebArchive shop() {
        return ShopDeployment.warAtRoot();
    }

    @ArquillianResource
    URL base;

    Shop shop;

    @BeforeEach
    void connect() {
        shop = new Shop(base);
    }

    @Test
    void onlyAdminsManageTheCatalog() {
        shop.json().get(shop.api("/admin/categories")).then().statusCode(401);
        for (String role : List.of("customer", "merchant", "finance")) {
            String token = shop.demoToken(role);
            shop.as(token).get(shop.api("/admin/categories")).then().statusCode(403)
                    .body("error", equalTo("FORBIDDEN"));
            shop.as(token).body(category(null, "禁止", "Forbidden", "forbidden-" + role))
                    .post(shop.api("/admin/categories")).then().statusCode(403);
            shop.as(token).body(Map.of("name", "禁止品牌", "nameEn", "Forbidden"))
                    .post(shop.api("/admin/brands")).then().statusCode(403);
        }
        shop.json().get(shop.api("/categories")).then().statusCode(200)
                .body("slug", not(hasItem(containsString("forbidden-"))));
    }

    @Test
    void anAdminBuildsAndReordersTheTreeAndShoppersSeeItAtOnce() {
        String admin = shop.demoToken("admin");
        String tag = unique();
        int department = shop.as(admin).body(category(null, "测试部" + tag, "Test Dept " + tag, "dept-" + tag))
                .post(shop.api("/admin/categories")).then().statusCode(201).extract().path("id");
        int first = shop.as(admin).body(category(department, "甲" + tag, "Alpha " + tag, "alpha-" + tag))
                .post(shop.api("/admin/categories")).then().statusCode(201).extract().path("id");
        int second = shop.as(admin).body(category(department, "乙" + tag, "Beta " + tag, "beta-" + tag))
                .post(shop.api("/admin/categories")).then().statusCode(201).extract().path("id");
        // the public tree is cached: it must show the new department right away
        shop.json().get(shop.api("/categories")).then().body("find { it.id == " + department + " }.children.id",
                equalTo(List.of(first, second)));

        shop.as(admin).body(Map.of("parentId", department, "position", 0))
                .post(shop.api("/admin/categories/" + second + "/move")).then().statusCode(200);
        shop.as(admin).get(shop.api("/admin/categories")).then().statusCode(200)
                .body("find { it.id == " + department + " }.children.id", equalTo(List.of(second, first)))
                .body("find { it.id == " + department + " }.children.sortOrder", equalTo(List.of(0, 1)));
        shop.json().get(shop.api("/categories")).then().body("find { it.id == " + department + " }.children.id",
                equalTo(List.of(second, first)));

        // renamed, and the icon checked: the public tree shows it at once
        shop.as(admin).body(Map.of("name", "乙改" + tag, "nameEn", "Beta Renamed " + tag, "slug", "beta-" + tag,
                        "icon", "pi pi-star")).put(shop.api("/admin/categories/" + second)).then().statusCode(200);
        shop.json().get(shop.api("/categories")).then().body("find { it.id == " + department + " }.children[0].nameEn",
                equalTo("Beta Renamed " + tag));

        // a category cannot move into its own sub-tree; bad input changes nothing
        shop.as(admin).body(Map.of("parentId", second, "position", 0))
                .post(shop.api("/admin/categories/" + department + "/move")).then().statusCode(409)
                .body("error", equalTo("CATEGORY_CYCLE"));
        shop.as(admin).body(Map.of("name", "坏", "nameEn", "Bad", "slug", "Not A Slug!", "icon", "pi pi-star"))
                .put(shop.api("/admin/categories/" + second)).then().statusCode(400).body("error", equalTo("VALIDATION"));
        shop.as(admin).body(Map.of("name", "坏", "nameEn", "Bad", "slug", "ok-" + tag, "icon", "\"><script>"))
                .put(shop.api("/admin/categories/" + second)).then().statusCode(400);
        shop.as(admin).body(category(null, "重复", "Duplicate", "alpha-" + tag))
                .post(shop.api("/admin/categories")).then().statusCode(409).body("error", equalTo("CATEGORY_SLUG_TAKEN"));

        // hidden: gone from the shop's navigation, still in the admin's tree
        shop.as(admin).post(shop.api("/admin/categories/" + department + "/hide")).then().statusCode(200)
                .body("hidden", equalTo(true));
        shop.json().get(shop.api("/categories")).then().body("id", not(hasItem(department)));
        shop.as(admin).get(shop.api("/admin/categories")).then().body("id", hasItem(department));
        shop.as(admin).post(shop.api("/admin/categories/" + department + "/show")).then().statusCode(200);
        shop.json().get(shop.api("/categories")).then().body("id", hasItem(department));

        // empty categories can be deleted, leaves first
        shop.as(admin).delete(shop.api("/admin/categories/" + department)).then().statusCode(409)
                .body("error", equalTo("CATEGORY_HAS_CHILDREN"));
        shop.as(admin).delete(shop.api("/admin/categories/" + first)).then().statusCode(204);
        shop.as(admin).delete(shop.api("/admin/categories/" + second)).then().statusCode(204);
        shop.as(admin).delete(shop.api("/admin/categories/" + department)).then().statusCode(204);
        shop.json().get(shop.api("/categories")).then().body("id", not(hasItem(department)));
    }

    @Test
    void renamingACategoryFindsItsProductsByTheNewName() {
        String admin = shop.demoToken("admin");
        int phones = categoryId("phones");
        String word = "handsets" + unique().replaceAll("[^a-z]", "q");
        try {
            shop.as(admin).body(Map.of("name", "手机", "nameEn", word, "slug", "phones"))
                    .put(shop.api("/admin/categories/" + phones)).then().statusCode(200);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() ->
                    shop.json().get(shop.api("/products?q=" + word)).then()
                            .body("total", org.hamcrest.Matchers.greaterThan(0)));
        } finally {
            shop.as(admin).body(Map.of("name", "手机", "nameEn", "Mobile Phones", "slug", "phones"))
                    .put(shop.api("/admin/categories/" + phones)).then().statusCode(200);
        }
    }

    @Test
    void aCategoryWithProductsCannotBeDeleted() {
        String admin = shop.demoToken("admin");
        int phones = categoryId("phones");
        shop.as(admin).delete(shop.api("/admin/categories/" + phones)).then().statusCode(409)
                .body("error", equalTo("CATEGORY_IN_USE"))
                .body("message", containsString("product"));
        shop.as(admin).get(shop.api("/admin/categories")).then().body("children.flatten().id", hasItem(phones));
    }

    @Test
    void specificationTemplatesAreOfferedForACategoryAndItsSubCategories() {
        String admin = shop.demoToken("admin");
        String tag = unique();
        int parent = shop.as(admin).body(category(null, "模板" + tag, "Templates " + tag, "tpl-" + tag))
                .post(shop.api("/admin/categories")).then().statusCode(201).extract().path("id");
        int child = shop.as(admin).body(category(parent, "子" + tag, "Child " + tag, "tpl-child-" + tag))
                .post(shop.api("/admin/categories")).then().statusCode(201).extract().path("id");
        Map<String, Object> templates = Map.of("specs", List.of(
                Map.of("name", "颜色", "options", List.of("黑", "白")),
                Map.of("name", "存储", "options", List.of("128GB", "256GB"))));
        shop.as(admin).body(templates).put(shop.api("/admin/categories/" + parent + "/spec-templates")).then()
                .statusCode(200).body("name", equalTo(List.of("颜色", "存储")));
        shop.json().get(shop.api("/categories/" + child + "/spec-templates")).then().statusCode(200)
                .body("name", equalTo(List.of("颜色", "存储"))).body("[1].options", equalTo(List.of("128GB", "256GB")));
        shop.as(admin).body(Map.of("specs", List.of(Map.of("name", "颜色", "options", List.of("黑")),
                        Map.of("name", "颜色", "options", List.of("白")))))
                .put(shop.api("/admin/categories/" + parent + "/spec-templates")).then().statusCode(409)
                .body("error", equalTo("INVALID_TEMPLATE"));
        shop.json().get(shop.api("/categories/" + child + "/spec-templates")).then()
                .body("name", equalTo(List.of("颜色", "存储")));
        shop.as(shop.demoToken("merchant")).body(templates)
                .put(shop.api("/admin/categories/" + parent + "/spec-templates")).then().statusCode(403);
    }

    @Test
    void anAdminManagesBrands() {
        String admin = shop.demoToken("admin");
        String tag = unique();
        int id = shop.as(admin).body(Map.of("name", "测试品牌" + tag, "nameEn", "Test Brand " + tag))
                .post(shop.api("/admin/brands")).then().statusCode(201).extract().path("id");
        shop.as(admin).body(Map.of("name", "测试品牌" + tag, "nameEn", "Again"))
                .post(shop.api("/admin/brands")).then().statusCode(409).body("error", equalTo("BRAND_TAKEN"));
        shop.as(admin).body(Map.of("name", "测试品牌" + tag, "nameEn", "Test Brand " + tag,
                        "logoUrl", "javascript:alert(1)"))
                .put(shop.api("/admin/brands/" + id)).then().statusCode(400).body("error", equalTo("VALIDATION"));
        shop.as(admin).body(Map.of("name", "新品牌" + tag, "nameEn", "Renamed Brand " + tag,
                        "logoUrl", "https://example.com/logo.png"))
                .put(shop.api("/admin/brands/" + id)).then().statusCode(200)
                .body("logoUrl", equalTo("https://example.com/logo.png"));
        shop.as(admin).get(shop.api("/admin/brands")).then().statusCode(200)
                .body("find { it.id == " + id + " }.nameEn", equalTo("Renamed Brand " + tag));
    }

    @Test
    void aProductChangeIsVisibleImmediatelyDespiteTheCache() {
        String merchant = shop.demoToken("merchant");
        int category = categoryId("phones");
        Map<String, Object> draft = Map.of("name", "缓存杯" + unique(), "nameEn", "Cache Cup", "categoryId", category,
                "skus", List.of(Map.of("price", "19.90", "stock", 10)),
                "images", List.of("/images/generated/tea-cup/1.svg"));
        JsonPath created = shop.as(merchant).body(draft)
                .post(shop.api("/admin/products")).then().statusCode(201).extract().jsonPath();
        int id = created.getInt("id");
        int sku = created.getInt("skus[0].id");
        shop.as(merchant).post(shop.api("/admin/products/" + id + "/submit")).then().statusCode(200);
        shop.as(shop.demoToken("admin")).post(shop.api("/admin/products/" + id + "/approve")).then().statusCode(200);

        shop.json().get(shop.api("/products/" + id)).then().statusCode(200); // now cached
        shop.json().get(shop.api("/products/" + id)).then().statusCode(200);
        shop.as(merchant).body(Map.of("onHand", 3)).put(shop.api("/admin/skus/" + sku + "/stock")).then()
                .statusCode(200);
        shop.json().get(shop.api("/products/" + id)).then()
                .body("skus.find { it.id == " + sku + " }.available", equalTo(3));
        shop.as(merchant).post(shop.api("/admin/products/" + id + "/off-shelf")).then().statusCode(200);
        shop.json().get(shop.api("/products/" + id)).then().statusCode(404);
        shop.as(merchant).post(shop.api("/admin/products/" + id + "/on-shelf")).then().statusCode(200);
        shop.json().get(shop.api("/products/" + id)).then().statusCode(200).body("status", equalTo("ON_SHELF"));
    }

    @Test
    void productsAndCategoriesHaveFriendlyAddresses() {
        JsonPath hit = shop.json().get(shop.api("/products?q=phone&size=1")).then().extract().jsonPath();
        int id = hit.getInt("items[0].id");
        String slug = shop.json().get(shop.api("/products/" + id)).then().extract().path("slug");
        String friendly = "/p/" + id + "/" + slug;

        given().config(NO_REDIRECTS).get(shop.url("/product.xhtml?id=" + id)).then().statusCode(301)
                .header("Location", endsWith(friendly));
        given().config(NO_REDIRECTS).get(shop.url("/p/" + id + "/old-name")).then().statusCode(301)
                .header("Location", endsWith(friendly));
        given().config(NO_REDIRECTS).get(shop.url("/p/" + id)).then().statusCode(301)
                .header("Location", endsWith(friendly));
        given().header("Accept-Language", "en").get(shop.url(friendly)).then().statusCode(200)
                .body(allOf(containsString("<link rel=\"canonical\" href=\"http"),
                        containsString(friendly + "\""), containsString("property=\"og:title\""),
                        containsString("property=\"og:image\""), containsString("name=\"description\""),
                        containsString("Smartphone")));
        given().get(shop.url("/p/99999999/nothing")).then().statusCode(404);
        given().get(shop.url("/p/not-a-number")).then().statusCode(404);

        int phones = categoryId("phones");
        given().config(NO_REDIRECTS).get(shop.url("/search.xhtml?category=" + phones + "&sort=price_asc")).then()
                .statusCode(301).header("Location", endsWith("/c/phones?sort=price_asc"));
        given().header("Accept-Language", "en").get(shop.url("/c/phones")).then().statusCode(200)
                .body(allOf(containsString("Mobile Phones"), containsString("/c/phones\""),
                        containsString("property=\"og:url\""), containsString("href=\"/p/")));
        given().get(shop.url("/c/no-such-category")).then().statusCode(404);
        // a search with words keeps its address
        given().config(NO_REDIRECTS).get(shop.url("/search.xhtml?q=phone&category=" + phones)).then()
                .statusCode(200);

        given().get(shop.url("/sitemap.xml")).then().statusCode(200)
                .body(allOf(containsString(friendly + "</loc>"), containsString("/c/phones</loc>"),
                        not(containsString("product.xhtml")), not(containsString("search.xhtml"))));
    }

    private int categoryId(String slug) {
        JsonPath tree = shop.json().get(shop.api("/categories")).then().extract().jsonPath();
        return tree.getInt("children.flatten().find { it.slug == '" + slug + "' }.id");
    }

    private static Map<String, Object> category(Integer parentId, String name, String nameEn, String slug) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("parentId", parentId);
        draft.put("name", name);
        draft.put("nameEn", nameEn);
        draft.put("slug", slug);
        return draft;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).replaceAll("[^a-z0-9]", "x");
    }
}
