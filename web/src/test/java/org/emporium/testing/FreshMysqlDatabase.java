package org.emporium.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Run by the mysql profile before the integration tests: drops and creates the test database named in the URL,
 * so no run depends on what an earlier one left.
 */
public final class FreshMysqlDatabase {

    private FreshMysqlDatabase() {
    }

    public static void main(String[] args) throws SQLException {
        String url = args[0];
        String user = args.length > 1 ? args[1] : "root";
        String password = args.length > 2 ? args[2] : "";
        int slash = url.indexOf('/', "jdbc:mysql://".length());
        String server = url.substring(0, slash + 1);
        String database = url.substring(slash + 1).replaceAll("[?;].*$", "");
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Unexpected database name in " + url);
        }
        try (Connection connection = DriverManager.getConnection(server, user, password);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("DROP DATABASE IF EXISTS " + database);
            statement.executeUpdate("CREATE DATABASE " + database
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        System.out.println("Fresh test database " + database + " at " + server);
    }
}
