package org.emporium.platform.schedule;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * In a cluster every node keeps the nightly schedule: when they all fire at once against the shared database, one
 * node starts a job's night and the others leave it — the next night, or another job, is again one node's.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class NightlyRunsIT {

    @Deployment(testable = false)
    static WebArchive shop() {
        WebArchive war = ShopDeployment.warAtRoot();
        war.addClass(RacingNodes.class);
        return war;
    }

    @ArquillianResource
    URL base;

    @Test
    void ofTwelveNodesFiringAtOnceExactlyOneRunsTheNight() {
        Shop shop = new Shop(base);

        assertThat(claimed(shop, "merchant-settlement", "2026-11-28", 12)).isEqualTo(1);
        assertThat(claimed(shop, "merchant-settlement", "2026-11-28", 12)).as("the same night again").isZero();
        assertThat(claimed(shop, "stock-reconciliation", "2026-11-28", 12)).as("another job").isEqualTo(1);
        assertThat(claimed(shop, "merchant-settlement", "2026-11-29", 12)).as("the next night").isEqualTo(1);
    }

    private static int claimed(Shop shop, String job, String night, int nodes) {
        return shop.json().queryParam("job", job).queryParam("night", night).queryParam("nodes", nodes)
                .post(shop.url("/test-only/nightly-claims")).then().statusCode(200).extract().path("claimed");
    }
}
