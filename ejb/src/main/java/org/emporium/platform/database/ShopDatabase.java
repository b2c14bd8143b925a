package org.emporium.platform.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The shop's database: defined here so that both deployables carry it (no server set-up), and brought up to date
 * by Flyway before anything else touches it. Values come from MicroProfile Config; the defaults in
 * {@code META-INF/microprofile-config.properties} give the embedded H2 file database.
 */
@DataSourceDefinition(
        name = ShopDatabase.JNDI_NAME,
        className = "org.emporium.platform.database.RoutingDataSource",
        url = "${MPCONFIG=EMPORIUM_DB_URL}",
        user = "${MPCONFIG=EMPORIUM_DB_USER}",
        password = "${MPCONFIG=EMPORIUM_DB_PASSWORD}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ShopDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/emporium";
    private static final Logger LOG = Logger.getLogger(ShopDatabase.class.getName());

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "EMPORIUM_DB_URL")
    String databaseUrl;

    private boolean embedded;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        MigrateResult result = flyway.migrate();
        embedded = databaseUrl.startsWith("jdbc:h2:");
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion()
                + " (" + result.migrationsExecuted + " migration(s) applied now)");
    }

    /** True on the embedded H2 database (the demo set-up), false on MySQL. */
    public boolean isEmbedded() {
        return embedded;
    }
}
