package org.emporium.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class RoutingDataSourceTest {

    @Test
    void opensTheEmbeddedDatabaseWhenTheUrlSaysH2() throws SQLException {
        RoutingDataSource ds = new RoutingDataSource();
        ds.setUrl("jdbc:h2:mem:routing;MODE=MySQL");
        ds.setUser("sa");
        ds.setPassword("${MPCONFIG=EMPORIUM_DB_PASSWORD}");
        try (Connection c = ds.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("H2");
        }
    }

    @Test
    void anUnresolvedEmptyPasswordIsEmpty() {
        assertThat(RoutingDataSource.unresolvedToEmpty("${MPCONFIG=EMPORIUM_DB_PASSWORD}")).isEmpty();
        assertThat(RoutingDataSource.unresolvedToEmpty("s3cret")).isEqualTo("s3cret");
    }

    @Test
    void refusesUnknownDatabases() {
        RoutingDataSource ds = new RoutingDataSource();
        ds.setUrl("jdbc:oracle:thin:@db");
        assertThatThrownBy(ds::getConnection).isInstanceOf(SQLException.class).hasMessageContaining("jdbc:mysql:");
    }
}
