package org.emporium.inventory;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Test-only (added to the deployment by {@link StockReconciliationIT}, never part of the shop): plants a
 * discrepancy the way a careless manual fix would — on hand or reserved changed in the database behind the stock
 * ledger's back. {@code POST /test-only/tamper?sku=&onHand=&reserved=} adds the deltas.
 */
@WebServlet("/test-only/tamper")
public class StockTampering extends HttpServlet {

    @Resource(lookup = "java:app/jdbc/emporium")
    DataSource database;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE sku SET on_hand = on_hand + ?, reserved = reserved + ? WHERE id = ?")) {
            update.setInt(1, Integer.parseInt(request.getParameter("onHand")));
            update.setInt(2, Integer.parseInt(request.getParameter("reserved")));
            update.setLong(3, Long.parseLong(request.getParameter("sku")));
            response.setStatus(update.executeUpdate() == 1 ? 204 : 404);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
