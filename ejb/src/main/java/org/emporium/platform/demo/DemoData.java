package org.emporium.platform.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.account.AccountService;
import org.emporium.account.Address;
import org.emporium.account.AddressBook;
import org.emporium.account.DemoAccounts;
import org.emporium.catalog.Catalog;
import org.emporium.catalog.DemoCatalog;
import org.emporium.merchant.Merchants;
import org.emporium.platform.database.ShopDatabase;
import org.emporium.promotion.DemoPromotions;
import org.emporium.shipping.DemoShipping;
import org.emporium.tax.DemoTaxRates;

/**
 * Loads the demo shop (accounts, two merchants, a catalog of 312 products, a fortnight of completed orders): always on the embedded database, on MySQL only when {@code EMPORIUM_DEMO_DATA=true}.
 * Idempotent, so restarts keep what the demo user did. Ends the start-up log with where to go and who to be.
 */
@Singleton
@Startup
@DependsOn({"ShopDatabase", "ProductSearch"})
@TransactionManagement(TransactionManagementType.BEAN) // each step commits on its own, so later steps see it
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @EJB
    ShopDatabase database;

    @EJB
    DemoAccounts demoAccounts;

    @EJB
    AccountService accounts;

    @EJB
    Merchants merchants;

    @EJB
    DemoCatalog demoCatalog;

    @EJB
    Catalog catalog;

    @EJB
    DemoShipping demoShipping;

    @EJB
    DemoTaxRates demoTaxRates;

    @EJB
    DemoOrders demoOrders;

    @EJB
    AddressBook addressBook;

    @EJB
    DemoPromotions demoPromotions;

    @Inject
    @ConfigProperty(name = "EMPORIUM_DEMO_DATA", defaultValue = "false")
    boolean demoDataRequested;

    @Inject
    @ConfigProperty(name = "EMPORIUM_BASE_URL", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** A few completed orders of the demo customer from the last two weeks, ready for the nightly settlement. */
    @Inject
    @ConfigProperty(name = "EMPORIUM_DEMO_ORDERS", defaultValue = "true")
    boolean orderHistoryRequested;

    /** The demo shops' and the platform's running promotions (满减, 每满减, 限时折扣). */
    @Inject
    @ConfigProperty(name = "EMPORIUM_DEMO_PROMOTIONS", defaultValue = "true")
    boolean promotionsRequested;

    /** Multiplies the demo catalog (336 products per unit); the load benchmark uses 30, about 10,000 products. */
    @Inject
    @ConfigProperty(name = "EMPORIUM_DEMO_SCALE", defaultValue = "1")
    int scale;

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
        long[] ownerIds = {accounts.findByLogin("merchant@demo.emporium").orElseThrow().getId(),
                accounts.findByLogin("merchant2@demo.emporium").orElseThrow().getId()};
        long[] merchantIds = {merchants.open(ownerIds[0], "Emporium 官方旗舰店", "Emporium Official Store").getId(),
                merchants.open(ownerIds[1], "优选生活馆", "Good Life Store").getId()};
        demoCatalog.createCategories();
        int products = 0;
        if (catalog.productCount() == 0) {
            int perCategory = DemoCatalog.PER_CATEGORY * Math.max(1, scale);
            // the benchmark's extra generations first, in large transactions ...
            for (String category : demoCatalog.categorySlugs()) {
                for (int from = DemoCatalog.PER_CATEGORY; from < perCategory; from += 60) {
                    products += demoCatalog.createProducts(category, merchantIds, from,
                            Math.min(perCategory, from + 60));
                }
            }
            // ... then the base catalog round-robin over the categories, so "new arrivals" shows a mix
            for (int i = 0; i < DemoCatalog.PER_CATEGORY; i++) {
                for (String category : demoCatalog.categorySlugs()) {
                    products += demoCatalog.createProducts(category, merchantIds, i, i + 1);
                }
            }
        }
        int templates = demoShipping.createTemplates(merchantIds);
        int taxRates = demoTaxRates.createRates();
        LOG.info(() -> "Demo freight templates and tax rates ready (" + templates + " template(s) and " + taxRates
                + " rate(s) created now)");
        if (orderHistoryRequested) {
            createOrderHistory(merchantIds, ownerIds);
        }
        if (promotionsRequested) {
            // after the history, which was bought at list prices
            int promotions = demoPromotions.createMissing(merchantIds, ownerIds,
                    accounts.findByLogin("admin@demo.emporium").orElseThrow().getId());
            LOG.info(() -> "Demo promotions and coupons ready (" + promotions + " created now)");
        }
        loaded = true;
        int productsCreated = products;
        LOG.info(() -> "Demo data ready (" + created + " demo account(s) and " + productsCreated
                + " product(s) created now)");
        // Payara prints its own "ready" lines after deployment; print ours just after them.
        scheduler.schedule(this::announce, 6, TimeUnit.SECONDS);
    }

    /** A shop without its demo history is still a shop: a failure here is logged, never fatal. */
    private void createOrderHistory(long[] merchantIds, long[] ownerIds) {
        try {
            long buyerId = accounts.findByLogin("customer@demo.emporium").orElseThrow().getId();
            long addressId = addressBook.list(buyerId).stream().filter(Address::isDefault).findFirst().orElseThrow()
                    .getId();
            int orders = demoOrders.createMissing(buyerId, addressId, merchantIds, ownerIds, baseUrl);
            LOG.info(() -> "Demo order history ready (" + orders + " completed order(s) created now)");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The demo order history could not be created; the shop runs without it", e);
        }
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
