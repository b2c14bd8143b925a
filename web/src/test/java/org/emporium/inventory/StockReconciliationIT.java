package org.emporium.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.emporium.testing.Shop;
import org.emporium.testing.ShopDeployment;
import org.emporium.testing.TestProducts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The {@code stock-reconciliation} job over real HTTP: discrepancies planted behind the stock ledger's back and a
 * physical count are reported with their causes, corrected only when the run is asked to, and then the ledger and
 * the figures agree again.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class StockReconciliationIT {

    @Deployment(testable = false)
    static WebArchive shop() {
        WebArchive war = ShopDeployment.warAtRoot();
        war.addClass(StockTampering.class);
        war.addAsResource(new StringAsset("config_ordinal=250\nEMPORIUM_BATCH_SCHEDULE=false\n"),
                "META-INF/microprofile-config.properties");
        return war;
    }

    @ArquillianResource
    URL base;

    Shop shop;
    TestProducts products;
    String finance;

    @BeforeEach
    void connect() {
        shop = new Shop(base);
        products = new TestProducts(shop);
        finance = shop.demoToken("finance");
    }

    @Test
    void plantedDifferencesAreReportedAndCorrectedOnlyWhenAsked() {
        long edited = products.publish("merchant", "12.00", 10, 300, 0).sku();
        long reserved = products.publish("merchant", "13.00", 10, 300, 0).sku();
        long counted = products.publish("merchant", "14.00", 10, 300, 0).sku();
        long clean = products.publish("merchant", "15.00", 10, 300, 0).sku();
        tamper(edited, 3, 0);      // on hand edited in the database: 13 on the shelf, the ledger says 10
        tamper(reserved, 0, 2);    // 2 units reserved for nobody
        shop.as(shop.demoToken("merchant")).body(Map.of("counted", 7, "note", "shelf B3"))
                .post(shop.api("/admin/skus/" + counted + "/counts")).then().statusCode(201);
        shop.as(shop.demoToken("merchant2")).body(Map.of("counted", 7))
                .post(shop.api("/admin/skus/" + counted + "/counts")).then().statusCode(404);
        shop.as(shop.demoToken("merchant")).body(Map.of("counted", -1))
                .post(shop.api("/admin/skus/" + counted + "/counts")).then().statusCode(400);

        // a report only: nothing changes
        long reportOnly = run(Map.of());
        List<Map<String, Object>> found = report(reportOnly, List.of(edited, reserved, counted, clean));
        assertThat(found).extracting(d -> d.get("skuId") + ":" + d.get("kind") + ":" + d.get("difference"))
                .containsExactlyInAnyOrder(edited + ":ON_HAND:3", reserved + ":RESERVED:2",
                        reserved + ":OPEN_RESERVATIONS:2", counted + ":PHYSICAL_COUNT:-3");
        assertThat(found).allSatisfy(d -> assertThat(d.get("corrected")).isEqualTo(false));
        assertThat(stock(edited)).containsExactly(13, 0);
        assertThat(stock(reserved)).containsExactly(10, 2);
        assertThat(stock(counted)).containsExactly(10, 0);

        // autoCorrect: each difference put right by a ledger line naming its report line
        long corrected = run(Map.of("autoCorrect", "true"));
        List<Map<String, Object>> fixed = report(corrected, List.of(edited, reserved, counted, clean));
        assertThat(fixed).hasSize(4).allSatisfy(d -> assertThat(d.get("corrected")).isEqualTo(true));
        assertThat(stock(edited)).containsExactly(13, 0); // the shelf was right: the ledger learns it
        assertThat(stock(reserved)).containsExactly(10, 0); // reserved for nobody: released
        assertThat(stock(counted)).containsExactly(7, 0); // the count wins
        JsonPath ledger = ledger(counted);
        assertThat(ledger.getString("ledger[0].type")).isEqualTo("ADJUST");
        assertThat(ledger.getString("ledger[0].reference")).startsWith("REC-");

        // and now the books agree: a third run finds nothing about these SKUs
        assertThat(report(run(Map.of()), List.of(edited, reserved, counted, clean))).isEmpty();
        shop.as(shop.demoToken("merchant")).get(shop.api("/admin/stock-discrepancies")).then().statusCode(403);
    }

    private void tamper(long sku, int onHand, int reserved) {
        shop.json().post(base.toString().replaceAll("/$", "") + "/test-only/tamper?sku=" + sku + "&onHand="
                + onHand + "&reserved=" + reserved).then().statusCode(204);
    }

    private long run(Map<String, String> parameters) {
        long execution = shop.as(finance).body(Map.of("parameters", parameters))
                .post(shop.api("/admin/batch/stock-reconciliation")).then().statusCode(202).extract().jsonPath()
                .getLong("executionId");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> "COMPLETED"
                .equals(shop.as(finance).get(shop.api("/admin/batch/executions/" + execution)).then()
                        .statusCode(200).extract().path("status")));
        return execution;
    }

    /** The run's report lines about these SKUs. */
    private List<Map<String, Object>> report(long execution, List<Long> skus) {
        JsonPath report = shop.as(finance).get(shop.api("/admin/stock-discrepancies?executionId=" + execution
                + "&size=500")).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> lines = report.getList("items");
        return lines.stream().filter(l -> skus.contains(((Number) l.get("skuId")).longValue())).toList();
    }

    private int[] stock(long sku) {
        return products.stock("merchant", sku);
    }

    private JsonPath ledger(long sku) {
        return shop.as(shop.demoToken("merchant")).get(shop.api("/admin/skus/" + sku + "/stock")).then()
                .statusCode(200).extract().jsonPath();
    }
}
