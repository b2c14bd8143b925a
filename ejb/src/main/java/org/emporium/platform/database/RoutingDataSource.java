package org.emporium.platform.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The shop's one datasource class, chosen by URL: an operator switches from the embedded H2 database to MySQL by
 * setting {@code EMPORIUM_DB_URL} (plus user and password) and nothing else. The application server pools the
 * connections; this class only picks the vendor's own {@link DataSource} and hands its connections over.
 * Payara sets the JavaBean properties below from {@link ShopDatabase}'s {@code @DataSourceDefinition}.
 */
public class RoutingDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private volatile DataSource vendor;

    public void setUrl(String url) {
        this.url = url;
        this.vendor = null;
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = unresolvedToEmpty(user);
        this.vendor = null;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = unresolvedToEmpty(password);
        this.vendor = null;
    }

    /**
     * MicroProfile Config treats an empty value as missing, so Payara hands an empty password over as the
     * unresolved expression itself ("${MPCONFIG=EMPORIUM_DB_PASSWORD}"). An empty password is what was meant.
     */
    static String unresolvedToEmpty(String value) {
        return value == null || value.startsWith("${MPCONFIG=") ? "" : value;
    }

    public String getPassword() {
        return password;
    }

    private DataSource vendor() throws SQLException {
        DataSource ds = vendor;
        if (ds == null) {
            ds = createVendorDataSource();
            vendor = ds;
        }
        return ds;
    }

    private DataSource createVendorDataSource() throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("No database URL: set EMPORIUM_DB_URL");
        }
        String pass = unresolvedToEmpty(password);
        if (url.startsWith("jdbc:h2:")) {
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            // a rush on one row (a flash sale, a hot SKU) waits its turn as long as on MySQL
            // (innodb_lock_wait_timeout, 50 s) instead of failing after H2's few seconds
            h2.setURL(url.toUpperCase(java.util.Locale.ROOT).contains("LOCK_TIMEOUT") ? url
                    : url + ";LOCK_TIMEOUT=50000");
            h2.setUser(user);
            h2.setPassword(pass);
            return h2;
        }
        if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
            com.mysql.cj.jdbc.MysqlDataSource mysql = new com.mysql.cj.jdbc.MysqlDataSource();
            mysql.setURL(url.replaceFirst("^jdbc:mariadb:", "jdbc:mysql:"));
            // EclipseLink 4.0.7 (Payara 6) leaves the statement of every IDENTITY insert open
            // (eclipse-ee4j/eclipselink#2366); Connector/J would keep each one for the life of the pooled
            // connection — 5 KB per inserted row, 700 MB after one large settlement run (README, "Nightly batches")
            mysql.setDontTrackOpenResources(true);
            mysql.setUser(user);
            mysql.setPassword(pass);
            return mysql;
        }
        throw new SQLException("Unsupported database URL (use jdbc:h2: or jdbc:mysql:): " + url);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return vendor().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return vendor().getConnection(username, pass);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // the pool logs; nothing to do here
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // vendor defaults apply
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return vendor().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || vendor().isWrapperFor(iface);
    }
}
