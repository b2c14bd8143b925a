package org.emporium.catalog;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.testing.Shop;
import org.emporium.testing.TestPictures;
import org.emporium.testing.ShopDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Publishing, review, scheduling, search and visibility of products, through the API. */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class CatalogApiIT {

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
    void theDemoShopHasAFullCatalogInTwoLanguages() {
        JsonPath tree = shop.json().get(shop.api("/categories")).then().statusCode(200).extract().jsonPath();
        List<Object> leaves = tree.getList("children.flatten()");
        org.assertj.core.api.Assertions.assertThat(leaves).hasSizeGreaterThanOrEqualTo(20);
        shop.json().get(shop.api("/products?size=5")).then().statusCode(200)
                .body("total", greaterThanOrEqualTo(300))
                .body("items", hasSize(5))
                .body("items[0].price.currency", equalTo("CNY"))
                .body("items[0].price.amount", org.hamcrest.Matchers.matchesPattern("\\d+\\.\\d{2}"));
    }

    @Test
    void findsPhonesByChineseAndEnglishWordsEvenMisspelt() {
        for (String words : List.of("手机", "phone", "phones", "smartphne", "华为")) {
            shop.json().get(shop.api("/products?q=" + words)).then().statusCode(200)
                    .body("total", greaterThanOrEqualTo(1))
                    .body("items.nameEn", hasItem(containsString(words.equals("华为") ? "Huawei" : "Smartphone")));
        }
        // a Chinese word finds what it names, not everything that shares a character with it (耳机, 手表)
        shop.json().get(shop.api("/products?q=手机&size=100")).then()
                .body("items.nameEn", hasItem(containsString("Smartphone")))
                .body("items.nameEn", everyItem(not(containsString("Headphones"))))
                .body("items.nameEn", everyItem(not(containsString("Watch"))));
    }

    @Test
    void facetsFiltersAndSortingNarrowTheList() {
        JsonPath all = shop.json().get(shop.api("/products?q=手机&size=50")).then().statusCode(200)
                .body("facets", hasKey("brand")).body("facets", hasKey("price")).body("facets", hasKey("category"))
                .body("facets", hasKey("spec:颜色"))
                .extract().jsonPath();
        String brand = all.getString("facets.brand[0].value");
        int brandCount = all.getInt("facets.brand[0].count");
        shop.json().get(shop.api("/products?q=手机&size=50&brand=" + brand)).then()
                .body("total", equalTo(brandCount));
        shop.json().get(shop.api("/products?q=手机&spec.颜色=蓝色&size=50")).then()
                .body("total", greaterThanOrEqualTo(1));

        List<Float> ascending = shop.json().get(shop.api("/products?sort=price_asc&size=30")).then().extract()
                .jsonPath().getList("items.price.amount", String.class).stream().map(Float::valueOf).toList();
        org.assertj.core.api.Assertions.assertThat(ascending).isSorted();
        shop.json().get(shop.api("/products?minPrice=100&maxPrice=200&size=100")).then()
                .body("items.price.amount.collect { it as BigDecimal }",
                        everyItem(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.greaterThanOrEqualTo(new java.math.BigDecimal("100")),
                                org.hamcrest.Matchers.lessThanOrEqualTo(new java.math.BigDecimal("200")))));
    }

    @Test
    void aProductShowsEachSkusPriceAndAvailability() {
        int id = shop.json().get(shop.api("/products?q=phone&size=1")).then().extract().path("items[0].id");
        shop.json().get(shop.api("/products/" + id)).then().statusCode(200)
                .body("skus", hasSize(6))
                .body("skus[0].specs", hasKey("颜色"))
                .body("skus[0].price.amount", notNullValue())
                .body("skus[0].available", greaterThanOrEqualTo(1))
                .body("images", hasSize(3));
        shop.json().get(shop.url("/images/generated/demo-picture/1.svg")).then().statusCode(200)
                .contentType(containsString("image/svg+xml"));
    }

    @Test
    void aMerchantPublishesAnAdminApprovesAndShoppersFindItUntilItGoesOffShelf() {
        String merchant = shop.demoToken("merchant");
        String admin = shop.demoToken("admin");
        String word = "琉璃" + UUID.randomUUID().toString().substring(0, 4);
        String english = "glazeware" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "x");

        int id = shop.as(merchant).body(draft(word + "茶杯", "Emporium " + english + " Tea Cup", 2))
                .post(shop.api("/admin/products")).then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("skus", hasSize(6)).extract().path("id");

        // a draft is invisible to shoppers
        shop.json().get(shop.api("/products/" + id)).then().statusCode(404);
        shop.json().get(shop.api("/products?q=" + english)).then().body("total", equalTo(0));

        shop.as(merchant).post(shop.api("/admin/products/" + id + "/submit")).then().statusCode(200)
                .body("status", equalTo("PENDING_REVIEW"));
        shop.as(merchant).post(shop.api("/admin/products/" + id + "/approve")).then().statusCode(403);
        shop.as(admin).post(shop.api("/admin/products/" + id + "/approve")).then().statusCode(200)
                .body("status", equalTo("ON_SHELF"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                shop.json().get(shop.api("/products?q=" + word)).then().body("items.id", hasItem(id)));
        shop.json().get(shop.api("/products?q=" + english)).then().body("items.id", hasItem(id));
        shop.json().get(shop.api("/products?q=" + english + "&spec.容量=500ml")).then().body("items.id", hasItem(id));
        shop.json().get(shop.api("/products/" + id)).then().statusCode(200)
                .body("skus.price.amount", hasItems("39.90", "49.90"));

        shop.as(merchant).post(shop.api("/admin/products/" + id + "/off-shelf")).then().statusCode(200);
        shop.json().get(shop.api("/products/" + id)).then().statusCode(404);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                shop.json().get(shop.api("/products?q=" + english)).then().body("total", equalTo(0)));
        shop.as(merchant).post(shop.api("/admin/products/" + id + "/approve")).then().statusCode(403);
    }

    @Test
    void aMerchantCannotSkipTheReviewByMovingAProductOnOrOffShelf() {
        String merchant = shop.demoToken("merchant");
        int id = shop.as(merchant).body(draft("未审商品", "Unreviewed Item", 1)).post(shop.api("/admin/products"))
                .then().statusCode(201).extract().path("id");
        shop.as(merchant).post(shop.api("/admin/products/" + id + "/on-shelf")).then().statusCode(409)
                .body("error", equalTo("INVALID_STATE"));
        shop.as(merchant).post(shop.api("/admin/products/" + id + "/submit")).then().statusCode(200);
        shop.as(merchant).post(shop.api("/admin/products/" + id + "/on-shelf")).then().statusCode(409)
                .body("error", equalTo("INVALID_STATE"));
        shop.as(merchant).post(shop.api("/admin/products/" + id + "/off-shelf")).then().statusCode(409)
                .body("error", equalTo("INVALID_STATE"));
        shop.as(merchant).get(shop.api("/admin/products/" + id)).then().body("status", equalTo("PENDING_REVIEW"));
        shop.json().get(shop.api("/products/" + id)).then().statusCode(404);
    }

    @Test
    void anApprovedProductWaitsForItsScheduledTime() {
        String merchant = shop.demoToken("merchant");
        Map<String, Object> draft = draft("定时茶壶", "Scheduled Teapot", 1);
        draft.put("onShelfAt", Instant.now().plusSeconds(3).toString());
        int id = shop.as(merchant).body(draft).post(shop.api("/admin/products")).then().statusCode(201)
                .extract().path("id");
        shop.as(merchant).post(shop.api("/admin/products/" + id + "/submit")).then().statusCode(200);
        shop.as(shop.demoToken("admin")).post(shop.api("/admin/products/" + id + "/approve")).then()
                .statusCode(200).body("status", equalTo("OFF_SHELF"));
        shop.json().get(shop.api("/products/" + id)).then().statusCode(404);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                shop.json().get(shop.api("/products/" + id)).then().statusCode(200));
    }

    @Test
    void anAdminRejectsWithAReasonAndTheMerchantSeesIt() {
        String merchant = shop.demoToken("merchant");
        int id = shop.as(merchant).body(draft("被拒商品", "Rejected Item", 1)).post(shop.api("/admin/products"))
                .then().statusCode(201).extract().path("id");
        shop.as(merchant).post(shop.api("/admin/products/" + id + "/submit")).then().statusCode(200);
        String admin = shop.demoToken("admin");
        shop.as(admin).body(Map.of()).post(shop.api("/admin/products/" + id + "/reject")).then().statusCode(400);
        shop.as(admin).body(Map.of("reason", "图片不清晰")).post(shop.api("/admin/products/" + id + "/reject"))
                .then().statusCode(200).body("status", equalTo("DRAFT"));
        shop.as(merchant).get(shop.api("/admin/products/" + id)).then().statusCode(200)
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void merchantsSeeOnlyTheirOwnProductsAndShoppersNone() {
        int id = shop.as(shop.demoToken("merchant")).body(draft("私有商品", "Private Item", 1))
                .post(shop.api("/admin/products")).then().statusCode(201).extract().path("id");
        String other = shop.demoToken("merchant2");
        shop.as(other).get(shop.api("/admin/products/" + id)).then().statusCode(404);
        shop.as(other).body(draft("改名", "Renamed", 1)).put(shop.api("/admin/products/" + id)).then()
                .statusCode(404);
        shop.as(other).post(shop.api("/admin/products/" + id + "/submit")).then().statusCode(404);
        shop.as(shop.demoToken("customer")).get(shop.api("/admin/products/" + id)).then().statusCode(403);
        shop.json().get(shop.api("/admin/products/" + id)).then().statusCode(401);
    }

    @Test
    void badProductsAreRefusedAndNothingIsSaved() {
        String merchant = shop.demoToken("merchant");
        int before = shop.as(merchant).get(shop.api("/admin/products?size=200")).then().extract()
                .jsonPath().getList("").size();

        Map<String, Object> negative = draft("负价", "Negative", 1);
        ((Map<String, Object>) ((List<?>) negative.get("skus")).get(0)).put("price", "-5.00");
        shop.as(merchant).body(negative).post(shop.api("/admin/products")).then().statusCode(400)
                .body("error", equalTo("VALIDATION")).body("details.field", hasItem(containsString("price")));

        Map<String, Object> noCategory = draft("无类目", "No Category", 1);
        noCategory.remove("categoryId");
        shop.as(merchant).body(noCategory).post(shop.api("/admin/products")).then().statusCode(400)
                .body("details.field", hasItem("categoryId"));

        Map<String, Object> unknownCategory = draft("未知类目", "Unknown Category", 1);
        unknownCategory.put("categoryId", 999999);
        shop.as(merchant).body(unknownCategory).post(shop.api("/admin/products")).then().statusCode(409)
                .body("error", equalTo("UNKNOWN_CATEGORY"));

        Map<String, Object> badMatrix = draft("错误规格", "Bad Matrix", 1);
        ((Map<String, Object>) ((Map<String, Object>) ((List<?>) badMatrix.get("skus")).get(0)).get("specs"))
                .put("颜色", "紫");
        shop.as(merchant).body(badMatrix).post(shop.api("/admin/products")).then().statusCode(409)
                .body("error", equalTo("INVALID_SKUS"));

        shop.as(merchant).get(shop.api("/admin/products?size=200")).then().body("", hasSize(before));
    }

    @Test
    void stockChangesGoThroughTheLedgerAndNeverBelowZero() {
        String merchant = shop.demoToken("merchant");
        JsonPath product = shop.as(merchant).body(draft("库存杯", "Stock Cup", 1)).post(shop.api("/admin/products"))
                .then().statusCode(201).extract().jsonPath();
        int sku = product.getInt("skus[0].id");
        int start = product.getInt("skus[0].available");
        shop.as(merchant).body(Map.of("delta", -3, "reason", "damaged in store")).put(shop.api("/admin/skus/" + sku
                + "/stock")).then().statusCode(200).body("onHand", equalTo(start - 3))
                .body("movement", equalTo("ADJUST"));
        shop.as(merchant).body(Map.of("delta", -10000, "reason", "oops")).put(shop.api("/admin/skus/" + sku
                + "/stock")).then().statusCode(409);
        shop.as(merchant).body(Map.of("onHand", 7)).put(shop.api("/admin/skus/" + sku + "/stock")).then()
                .statusCode(200).body("available", equalTo(7));
        shop.as(shop.demoToken("merchant2")).body(Map.of("onHand", 1)).put(shop.api("/admin/skus/" + sku
                + "/stock")).then().statusCode(404);
    }

    @Test
    void shoppersKeepFavouritesOfProductsOnShelfOnly() {
        String shopper = shop.tokenFor(shop.registerShopper("fav-pass-1"), "fav-pass-1");
        List<Integer> ids = shop.json().get(shop.api("/products?q=tea&size=2")).then().extract()
                .jsonPath().getList("items.id");
        shop.as(shopper).put(shop.api("/me/favourites/" + ids.get(0))).then().statusCode(204);
        shop.as(shopper).put(shop.api("/me/favourites/" + ids.get(0))).then().statusCode(204);
        shop.as(shopper).put(shop.api("/me/favourites/" + ids.get(1))).then().statusCode(204);
        shop.as(shopper).get(shop.api("/me/favourites")).then().statusCode(200)
                .body("id", org.hamcrest.Matchers.containsInAnyOrder(ids.get(0), ids.get(1)));

        int draft = shop.as(shop.demoToken("merchant")).body(draft("收藏草稿", "Favourite Draft", 1))
                .post(shop.api("/admin/products")).then().statusCode(201).extract().path("id");
        shop.as(shopper).put(shop.api("/me/favourites/" + draft)).then().statusCode(404);

        shop.as(shopper).delete(shop.api("/me/favourites/" + ids.get(1))).then().statusCode(204);
        shop.as(shopper).get(shop.api("/me/favourites")).then().body("id", equalTo(List.of(ids.get(0))));
        shop.json().get(shop.api("/me/favourites")).then().statusCode(401);
    }

    @Test
    void aMerchantUploadsAPictureThatEveryoneGetsWithLongCachingAndTheProductPageShows() throws Exception {
        String merchant = shop.demoToken("merchant");
        JsonPath stored = shop.as(merchant).contentType("application/octet-stream").body(TestPictures.png(1200, 800))
                .post(shop.api("/admin/media/pictures")).then().statusCode(201).extract().jsonPath();
        String url = stored.getString("url");
        org.assertj.core.api.Assertions.assertThat(url).matches("/media/[A-Za-z0-9_-]{22}");
        org.assertj.core.api.Assertions.assertThat(stored.getString("thumbUrl")).isEqualTo(url + "-160");
        org.assertj.core.api.Assertions.assertThat(stored.getInt("width")).isEqualTo(1200);

        var original = io.restassured.RestAssured.get(shop.url(url)).then().statusCode(200)
                .contentType("image/png").header("Cache-Control", containsString("max-age=31536000"))
                .header("ETag", notNullValue()).extract();
        String etag = original.header("ETag");
        io.restassured.RestAssured.given().header("If-None-Match", etag).get(shop.url(url)).then().statusCode(304);
        byte[] thumb = io.restassured.RestAssured.get(shop.url(stored.getString("thumbUrl"))).then().statusCode(200)
                .extract().asByteArray();
        java.awt.image.BufferedImage small = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(thumb));
        org.assertj.core.api.Assertions.assertThat(small.getWidth()).isEqualTo(160);
        org.assertj.core.api.Assertions.assertThat(small.getHeight()).isEqualTo(107);
        io.restassured.RestAssured.get(shop.url("/media/AAAAAAAAAAAAAAAAAAAAAA")).then().statusCode(404);

        // the picture goes on a product, and a SKU picks it; on shelf, the product page shows it
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> draft = draft("图片杯" + suffix, "Picture cup " + suffix, 1);
        draft.put("images", List.of(url, "/images/generated/tea-cup/1.svg"));
        @SuppressWarnings("unchecked")
        Map<String, Object> firstSku = ((List<Map<String, Object>>) draft.get("skus")).get(0);
        firstSku.put("imageUrl", url);
        int id = shop.as(merchant).body(draft).post(shop.api("/admin/products")).then().statusCode(201)
                .body("images[0]", equalTo(url)).body("skus[0].image", equalTo(url)).extract().path("id");
        shop.as(merchant).post(shop.api("/admin/products/" + id + "/submit")).then().statusCode(200);
        shop.as(shop.demoToken("admin")).post(shop.api("/admin/products/" + id + "/approve")).then().statusCode(200);
        String page = io.restassured.RestAssured.get(shop.url("/product.xhtml?id=" + id)).then().statusCode(200)
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(page).contains(url + "-480", url + "-160");

        // a SKU may only show one of its product's pictures
        firstSku.put("imageUrl", "/media/BBBBBBBBBBBBBBBBBBBBBB");
        shop.as(merchant).body(draft).put(shop.api("/admin/products/" + id)).then().statusCode(409)
                .body("error", equalTo("SKU_PICTURE"));
    }

    @Test
    void aTextFileNamedPngAndAThirtyMegabyteFileAreRefused() throws Exception {
        String merchant = shop.demoToken("merchant");
        shop.as(merchant).contentType("image/png").body("not a picture at all".getBytes())
                .post(shop.api("/admin/media/pictures")).then().statusCode(415)
                .body("error", equalTo("MEDIA_NOT_PICTURE"));
        byte[] huge = new byte[30 * 1024 * 1024];
        System.arraycopy(TestPictures.png(10, 10), 0, huge, 0, 8); // the PNG signature, then 30 MB
        shop.as(merchant).contentType("image/png").body(huge)
                .post(shop.api("/admin/media/pictures")).then().statusCode(413)
                .body("error", equalTo("MEDIA_TOO_LARGE"));
        byte[] damaged = java.util.Arrays.copyOf(TestPictures.png(300, 200), 60);
        shop.as(merchant).contentType("image/png").body(damaged)
                .post(shop.api("/admin/media/pictures")).then().statusCode(400)
                .body("error", equalTo("MEDIA_UNREADABLE"));
        shop.as(shop.demoToken("customer")).contentType("image/png").body(TestPictures.png(10, 10))
                .post(shop.api("/admin/media/pictures")).then().statusCode(403);
        // a video is judged by its content too: a picture is not a video
        shop.as(merchant).contentType("video/mp4").body(TestPictures.png(10, 10))
                .post(shop.api("/admin/media/videos")).then().statusCode(415).body("error", equalTo("MEDIA_NOT_VIDEO"));
        byte[] mp4 = new byte[2048];
        System.arraycopy("\0\0\0\u0018ftypisom".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, mp4, 0, 12);
        String video = shop.as(merchant).contentType("video/mp4").body(mp4).post(shop.api("/admin/media/videos"))
                .then().statusCode(201).extract().path("url");
        io.restassured.RestAssured.given().header("Range", "bytes=0-99").get(shop.url(video)).then().statusCode(206)
                .header("Content-Range", "bytes 0-99/2048").contentType("video/mp4");
    }

    /** A tea cup in 3 colours × 2 sizes (6 SKUs) in the first category the shop has. */
    private Map<String, Object> draft(String name, String nameEn, int variants) {
        int category = shop.json().get(shop.api("/categories")).then().extract().path("[0].children[0].id");
        Map<String, Object> draft = new HashMap<>();
        draft.put("name", name);
        draft.put("nameEn", nameEn);
        draft.put("subtitle", "<script>alert(1)</script> 手工");
        draft.put("categoryId", category);
        draft.put("purchaseLimit", 5);
        draft.put("specs", List.of(Map.of("name", "颜色", "options", List.of("青", "白", "黑")),
                Map.of("name", "容量", "options", List.of("300ml", "500ml"))));
        List<Map<String, Object>> skus = new ArrayList<>();
        for (String colour : List.of("青", "白", "黑")) {
            for (String size : List.of("300ml", "500ml")) {
                Map<String, Object> sku = new HashMap<>();
                sku.put("specs", new HashMap<>(Map.of("颜色", colour, "容量", size)));
                sku.put("price", size.equals("300ml") ? "39.90" : "49.90");
                sku.put("stock", 20 * variants);
                skus.add(sku);
            }
        }
        draft.put("skus", skus);
        draft.put("images", List.of("/images/generated/tea-cup/1.svg"));
        return draft;
    }
}
