package org.emporium.platform.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.account.DemoAccounts;
import org.emporium.platform.database.ShopDatabase;

/**
 * Loads the demo shop: always on the embedded database, on MySQL only when {@code EMPORIUM_DEMO_DATA=true}.
 * Idempotent, so restarts keep what the demo user did. Ends the start-up log with where to go and who to be.
 */
@Singleton
@Startup
@DependsOn("ShopDatabase")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @EJB
    ShopDatabase database;

    @EJB
    DemoAccounts demoAccounts;

    @Inject
    @ConfigProperty(name = "EMPORIUM_DEMO_DATA", defaultValue = "false")
    boolean demoDataRequested;

    @Inject
    @ConfigProperty(name = "EMPORIUM_BASE_URL", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private boolean loaded;

    @PostConstruct
    void load() {
        if (!database.isEmbedded() && !demoDataRequested) {
            LOG.info("Demo data is off (set EMPORIUM_DEMO_DATA=true to load it on this database)");
            return;
        }
        int created = demoAccounts.createMissing();
        loaded = true;
        LOG.info(() -> "Demo data ready (" + created + " demo account(s) created now)");
        // Payara prints its own "ready" lines after deployment; print ours just after them.
        scheduler.schedule(this::announce, 6, TimeUnit.SECONDS);
    }

    public boolean isLoaded() {
        return loaded;
    }

    private void announce() {
        StringBuilder banner = new StringBuilder("\n")
                .append("==============================================================================\n")
                .append(" Emporium is running: ").append(baseUrl).append("/   back office: ")
                .append(baseUrl).append("/admin\n")
                .append(" Demo accounts (demo only), password '").append(DemoAccounts.PASSWORD).append("':\n");
        for (DemoAccounts.DemoAccount demo : DemoAccounts.ALL) {
            banner.append(String.format("   %-9s %s%n", demo.role(), demo.email()));
        }
        banner.append("==============================================================================");
        LOG.info(banner::toString);
    }
}
