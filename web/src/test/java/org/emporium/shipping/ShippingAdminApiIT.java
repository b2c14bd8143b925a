package org.emporium.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/** Freight templates and tax rates in the back office, through the API: who may do what, and what is refused. */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class ShippingAdminApiIT {

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

    private static Map<String, Object> rule(String method, List<String> provinces, int firstGrams, Object firstFee,
                                            int stepGrams, Object stepFee, boolean free) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("method", method);
        rule.put("provinces", provinces);
        rule.put("firstWeightGrams", firstGrams);
        rule.put("firstFee", firstFee);
        rule.put("additionalWeightGrams", stepGrams);
        rule.put("additionalFee", stepFee);
        rule.put("freeShipping", free);
        return rule;
    }

    private static Map<String, Object> template(String name, boolean isDefault) {
        Map<String, Object> t = new HashMap<>();
        t.put("name", name);
        t.put("shipFromProvince", "江苏");
        t.put("shipFromCity", "苏州市");
        t.put("freeThreshold", 59);
        t.put("pickupEnabled", false);
        t.put("isDefault", isDefault);
        t.put("rules", new ArrayList<>(List.of(
                rule("standard", List.of(), 1000, 8, 500, 2, true),
                rule("standard", List.of("新疆", "西藏自治区"), 1000, "20.00", 1000, "10.00", false),
                rule("express", List.of(), 1000, 18, 1000, 6, false))));
        return t;
    }

    private JsonPath templatesOf(String token) {
        return shop.as(token).get(shop.api("/admin/freight-templates")).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aMerchantCreatesAndEditsItsTemplatesWithOneDefault() {
        String merchant = shop.demoToken("merchant");
        JsonPath before = templatesOf(merchant);
        int demoId = before.getInt("find { it.isDefault }.id");
        assertThat(before.getString("find { it.isDefault }.shipFromCity")).isEqualTo("杭州市");

        int id = shop.as(merchant).body(template("苏州仓", false)).post(shop.api("/admin/freight-templates"))
                .then().statusCode(201)
                .header("Location", containsString("/admin/freight-templates/"))
                .body("isDefault", equalTo(false))
                .body("shipFromProvince", equalTo("江苏省"))
                .body("freeThreshold.amount", equalTo("59.00"))
                .body("freeThreshold.currency", equalTo("CNY"))
                .body("rules[0].firstFee.amount", equalTo("8.00"))
                .body("rules[1].provinces", equalTo(List.of("新疆维吾尔自治区", "西藏自治区")))
                .body("rules[2].method", equalTo("express"))
                .extract().path("id");

        Map<String, Object> edited = template("苏州仓（默认）", true);
        edited.put("pickupEnabled", true);
        edited.put("freeThreshold", null);
        shop.as(merchant).body(edited).put(shop.api("/admin/freight-templates/" + id)).then().statusCode(200)
                .body("name", equalTo("苏州仓（默认）")).body("isDefault", equalTo(true))
                .body("pickupEnabled", equalTo(true)).body("freeThreshold", equalTo(null));
        JsonPath after = templatesOf(merchant);
        assertThat(after.getList("findAll { it.isDefault }.id")).containsExactly(id);
        assertThat(after.getList("id")).contains(demoId, id);

        // give the demo template its default back, as the shop's checkout expects
        Map<String, Object> demo = shop.as(merchant).get(shop.api("/admin/freight-templates/" + demoId)).then()
                .statusCode(200).extract().as(Map.class);
        shop.as(merchant).body(draftOf(demo, true)).put(shop.api("/admin/freight-templates/" + demoId)).then()
                .statusCode(200).body("isDefault", equalTo(true)).body("rules.size()", equalTo(7));
        assertThat(templatesOf(merchant).getList("findAll { it.isDefault }.id")).containsExactly(demoId);
    }

    /** Turns a template as the API shows it back into a body (fees as plain decimals). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> draftOf(Map<String, Object> view, boolean isDefault) {
        Map<String, Object> d = new HashMap<>(view);
        d.put("isDefault", isDefault);
        Object threshold = view.get("freeThreshold");
        d.put("freeThreshold", threshold == null ? null : ((Map<String, Object>) threshold).get("amount"));
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Map<String, Object> r : (List<Map<String, Object>>) view.get("rules")) {
            Map<String, Object> rule = new HashMap<>(r);
            rule.put("firstFee", ((Map<String, Object>) r.get("firstFee")).get("amount"));
            rule.put("additionalFee", ((Map<String, Object>) r.get("additionalFee")).get("amount"));
            rules.add(rule);
        }
        d.put("rules", rules);
        return d;
    }

    @Test
    void aMerchantNeverSeesOrChangesAnotherMerchantsTemplates() {
        String merchant = shop.demoToken("merchant");
        String other = shop.demoToken("merchant2");
        int theirs = templatesOf(other).getInt("find { it.isDefault }.id");
        assertThat(templatesOf(merchant).getList("id")).doesNotContain(theirs);
        assertThat(templatesOf(merchant).getList("merchantId", Integer.class)).containsOnly(
                templatesOf(merchant).getInt("[0].merchantId"));

        shop.as(merchant).get(shop.api("/admin/freight-templates/" + theirs)).then().statusCode(404)
                .body("error", equalTo("NOT_FOUND"));
        shop.as(merchant).body(template("hijack", true)).put(shop.api("/admin/freight-templates/" + theirs))
                .then().statusCode(404).body("error", equalTo("NOT_FOUND"));
        shop.as(other).get(shop.api("/admin/freight-templates/" + theirs)).then().statusCode(200)
                .body("name", not(equalTo("hijack"))).body("shipFromCity", equalTo("深圳市"));
        shop.as(merchant).get(shop.api("/admin/freight-templates/999999")).then().statusCode(404);
    }

    @Test
    void badInputIsA400AndSavesNothing() {
        String merchant = shop.demoToken("merchant");
        int count = templatesOf(merchant).getList("id").size();

        Map<String, Object> noName = template(" ", false);
        ((List<Map<String, Object>>) noName.get("rules")).get(0).put("firstFee", -1);
        shop.as(merchant).body(noName).post(shop.api("/admin/freight-templates")).then().statusCode(400)
                .body("error", equalTo("VALIDATION"))
                .body("details.field", hasItems("name", "rules.firstFee"));

        Map<String, Object> twoDefaults = template("two defaults", false);
        ((List<Object>) twoDefaults.get("rules")).add(rule("standard", List.of(), 500, 5, 500, 1, false));
        shop.as(merchant).body(twoDefaults).post(shop.api("/admin/freight-templates")).then().statusCode(400)
                .body("error", equalTo("VALIDATION")).body("details.field", hasItem("ruleDefaultOncePerMethod"));

        Map<String, Object> unknown = template("unknown", false);
        ((List<Object>) unknown.get("rules")).add(rule("teleport", List.of("火星"), 0, 5, 500, 1, false));
        shop.as(merchant).body(unknown).post(shop.api("/admin/freight-templates")).then().statusCode(400)
                .body("details.field", hasItems("ruleProvincesKnown", "rules.method",
                        "rules.firstWeightGrams"));

        Map<String, Object> nothing = template("nothing to offer", false);
        nothing.put("rules", List.of());
        shop.as(merchant).body(nothing).post(shop.api("/admin/freight-templates")).then().statusCode(400)
                .body("details.field", hasItem("someMethodOffered"));
        shop.as(merchant).body("{not json").post(shop.api("/admin/freight-templates")).then().statusCode(400)
                .body("error", equalTo("VALIDATION"));

        int demoId = templatesOf(merchant).getInt("find { it.isDefault }.id");
        String name = templatesOf(merchant).getString("find { it.isDefault }.name");
        shop.as(merchant).body(twoDefaults).put(shop.api("/admin/freight-templates/" + demoId)).then()
                .statusCode(400);
        JsonPath after = templatesOf(merchant);
        assertThat(after.getList("id")).hasSize(count);
        assertThat(after.getString("find { it.isDefault }.name")).isEqualTo(name);
        assertThat(after.getInt("find { it.isDefault }.rules.size()")).isEqualTo(7);
    }

    @Test
    void anAdminSeesEveryShopsTemplatesAndNamesTheShopToCreateOne() {
        String admin = shop.demoToken("admin");
        JsonPath all = templatesOf(admin);
        assertThat(all.getList("merchantId", Integer.class).stream().distinct().count()).isGreaterThanOrEqualTo(2);
        int merchantId = all.getInt("find { it.shipFromCity == '深圳市' }.merchantId");
        shop.as(admin).body(template("by admin", false)).post(shop.api("/admin/freight-templates")).then()
                .statusCode(409).body("error", equalTo("MERCHANT_REQUIRED"));
        shop.as(admin).body(template("by admin", false))
                .post(shop.api("/admin/freight-templates?merchantId=" + merchantId)).then().statusCode(201)
                .body("merchantId", equalTo(merchantId)).body("isDefault", equalTo(false));
    }

    @Test
    void anAdminKeepsTheTaxRates() {
        String admin = shop.demoToken("admin");
        shop.as(admin).get(shop.api("/admin/tax-rates")).then().statusCode(200)
                .body("rate", hasItems("0.0000", "0.0910", "0.0900"))
                .body("find { it.rate == '0.0910' }.categoryId", org.hamcrest.Matchers.notNullValue());

        Map<String, Object> japan = new HashMap<>(Map.of("country", "jp", "rate", 0.1, "label", "日本消费税",
                "labelEn", "Japanese consumption tax"));
        int id = shop.as(admin).body(japan).post(shop.api("/admin/tax-rates")).then().statusCode(201)
                .body("country", equalTo("JP")).body("rate", equalTo("0.1000")).body("province", equalTo(null))
                .extract().path("id");
        japan.put("rate", "0.08");
        shop.as(admin).body(japan).put(shop.api("/admin/tax-rates/" + id)).then().statusCode(200)
                .body("rate", equalTo("0.0800"));
        shop.as(admin).body(japan).post(shop.api("/admin/tax-rates")).then().statusCode(409)
                .body("error", equalTo("TAX_RATE_EXISTS"));

        Map<String, Object> bad = new HashMap<>(Map.of("country", "Japan", "rate", 1.5, "label", "",
                "labelEn", "x"));
        shop.as(admin).body(bad).post(shop.api("/admin/tax-rates")).then().statusCode(400)
                .body("error", equalTo("VALIDATION")).body("details.field", hasItems("country", "rate", "label"));
        shop.as(admin).body(bad).put(shop.api("/admin/tax-rates/" + id)).then().statusCode(400);
        shop.as(admin).get(shop.api("/admin/tax-rates/" + id)).then().statusCode(200).body("rate",
                equalTo("0.0800"));
        Map<String, Object> noSuchCategory = new HashMap<>(japan);
        noSuchCategory.put("categoryId", 999999);
        shop.as(admin).body(noSuchCategory).post(shop.api("/admin/tax-rates")).then().statusCode(409)
                .body("error", equalTo("UNKNOWN_CATEGORY"));
    }

    @Test
    void customersMayNotTouchEitherAndMerchantsNotTaxRates() {
        String customer = shop.demoToken("customer");
        shop.as(customer).get(shop.api("/admin/freight-templates")).then().statusCode(403)
                .body("error", equalTo("FORBIDDEN"));
        shop.as(customer).body(template("x", false)).post(shop.api("/admin/freight-templates")).then()
                .statusCode(403);
        shop.as(customer).get(shop.api("/admin/tax-rates")).then().statusCode(403);
        shop.as(shop.demoToken("merchant")).get(shop.api("/admin/tax-rates")).then().statusCode(403);
        shop.as(shop.demoToken("merchant")).body(Map.of("country", "CN", "rate", 0.5, "label", "x",
                "labelEn", "x")).post(shop.api("/admin/tax-rates")).then().statusCode(403);
        shop.json().get(shop.api("/admin/tax-rates")).then().statusCode(401);
        shop.json().get(shop.api("/admin/freight-templates")).then().statusCode(401);
    }
}
