package org.emporium.platform.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.emporium.platform.database.ShopDatabase;

/** Alive once the shop has started: its schema migrations ran at start-up. */
@Liveness
@ApplicationScoped
public class ApplicationHealth implements HealthCheck {

    @EJB
    ShopDatabase database;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("emporium").up()
                .withData("database", database.isEmbedded() ? "embedded" : "external").build();
    }
}
