package org.emporium.bench;

import java.math.BigDecimal;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Writes a {@link SeedPlan} into the shop's own MySQL database with batched JDBC inserts, after the shop has
 * created the schema (Flyway) and its demo data. The rows are those the jobs and the back office read, as the
 * shop's services write them: accounts and roles, merchants, products with a size specification and SKUs, orders
 * with lines, status history, payment, parcel and refunds, and the stock ledger (the payment journal, gateway
 * notifications and buyers' messages are left out). Then it plants stock differences for the reconciliation to
 * find. Everything seeded is recognisable (e-mails {@code bench-*@bench.emporium}, SKU codes {@code BENCH-*}).
 */
final class BatchSeed {

    static final String EMAIL_DOMAIN = "@bench.emporium";
    /** Rows per JDBC batch; Connector/J rewrites each batch into multi-row INSERTs. */
    private static final int BATCH = 1_000;
    /** EMPORIUM_ORDER_PAY_WITHIN's default: an order's and its payment's deadline. */
    private static final Duration PAY_WITHIN = Duration.ofMinutes(30);

    /** What the benchmark changes behind the ledger's back, and what the reconciliation must report for it. */
    record Planted(List<Long> onHandChanged, List<Long> reservedChanged, List<Long> counted) {

        int expectedFindings() {
            // a reserved change is both a RESERVED (ledger) and an OPEN_RESERVATIONS (holders) difference
            return onHandChanged.size() + 2 * reservedChanged.size() + counted.size();
        }
    }

    /** The ids the database gave the seeded rows, in plan order. */
    record Ids(long[] merchants, long[] skus) {
    }

    private final Connection db;
    private final SeedPlan plan;

    BatchSeed(Connection db, SeedPlan plan) {
        this.db = db;
        this.plan = plan;
    }

    /** A database seeded before would make the figures meaningless (and clash on unique keys): refuse it. */
    static void refuseIfSeeded(Connection db) throws SQLException {
        try (Statement query = db.createStatement();
             ResultSet rs = query.executeQuery("SELECT COUNT(*) FROM account WHERE email LIKE 'bench-%"
                     + EMAIL_DOMAIN + "'")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException("This database holds benchmark data already. Drop and create it"
                        + " (README, \"Nightly batches\"), start the shop on it again, then rerun the benchmark.");
            }
        }
    }

    static long count(Connection db, String sql) throws SQLException {
        try (Statement query = db.createStatement(); ResultSet rs = query.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<Long> leafCategories(Connection db) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement query = db.createStatement();
             ResultSet rs = query.executeQuery("SELECT c.id FROM category c WHERE NOT EXISTS (SELECT 1 FROM"
                     + " category k WHERE k.parent_id = c.id) ORDER BY c.id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("No categories: start the shop with EMPORIUM_DEMO_DATA=true first");
        }
        return ids;
    }

    /**
     * Writes the plan, a table at a time, each in a transaction of its own. Auto-commit is back on afterwards: a
     * transaction left open would keep reading the snapshot of before the jobs ran (REPEATABLE READ).
     */
    Ids write() throws SQLException {
        db.setAutoCommit(false);
        try {
            String hash = unusablePasswordHash();
            long[] owners = accounts("merchant", plan.merchants, "MERCHANT", hash);
            long[] buyers = accounts("buyer", plan.buyers, "CUSTOMER", hash);
            long[] merchants = merchants(owners);
            long[] products = products(merchants);
            long[] skus = skus(products);
            ledger(skus);
            long[] orders = orders(merchants, buyers);
            long[] shipments = shipments(orders, merchants, owners);
            orderLines(orders, shipments, products, skus);
            history(orders, buyers, owners);
            payments(orders, buyers);
            return new Ids(merchants, skus);
        } finally {
            db.setAutoCommit(true);
        }
    }

    private long[] accounts(String kind, int count, String role, String hash) throws SQLException {
        List<Integer> rows = range(count);
        long[] ids = insert("INSERT INTO account (email, password_hash, display_name, enabled, created_at)"
                + " VALUES (?, ?, ?, TRUE, ?)", rows, n -> new Object[] {
                "bench-" + kind + "-" + n + EMAIL_DOMAIN, hash, "压测" + (kind.equals("buyer") ? "买家 " : "商户 ") + n,
                daysAgo(90)});
        insertWithoutIds("INSERT INTO account_role (account_id, role_name) VALUES (?, ?)", rows,
                n -> new Object[] {ids[n], role});
        return ids;
    }

    private long[] merchants(long[] owners) throws SQLException {
        return insert("INSERT INTO merchant (owner_id, name, name_en, created_at) VALUES (?, ?, ?, ?)",
                range(owners.length), m -> new Object[] {owners[m], "压测商户 " + m, "Bench merchant " + m, daysAgo(90)});
    }

    private long[] products(long[] merchants) throws SQLException {
        // off the shelf: the seeded catalog is for the jobs, it stays out of the storefront and its search index
        long[] ids = insert("INSERT INTO product (merchant_id, category_id, name, name_en, slug, status, price_from,"
                + " currency, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'OFF_SHELF', ?, ?, ?, ?)",
                plan.products, p -> new Object[] {merchants[p.merchant()], p.categoryId(), p.name(), p.nameEn(),
                        p.slug(), p.price(), SeedPlan.CURRENCY, daysAgo(60), daysAgo(60)});
        insertWithoutIds("INSERT INTO product_spec (product_id, sort_order, name, option_list) VALUES (?, 0, ?, ?)",
                range(ids.length), p -> new Object[] {ids[p], "尺码", String.join("|", SeedPlan.SIZES)});
        return ids;
    }

    private long[] skus(long[] products) throws SQLException {
        int[] onHand = plan.onHand();
        return insert("INSERT INTO sku (product_id, code, specs, price, currency, weight_grams, on_hand, reserved,"
                + " active) VALUES (?, ?, ?, ?, ?, ?, ?, 0, TRUE)", range(plan.skus.size()), i -> {
                    SeedPlan.Sku s = plan.skus.get(i);
                    return new Object[] {products[s.product()], s.code(), "尺码:" + s.size(), s.price(),
                            SeedPlan.CURRENCY, s.weightGrams(), onHand[i]};
                });
    }

    private void ledger(long[] skus) throws SQLException {
        insertWithoutIds("INSERT INTO stock_movement (sku_id, movement_type, quantity, on_hand_after, reserved_after,"
                + " reason, reference, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", plan.ledger(),
                m -> new Object[] {skus[m.sku()], m.type(), m.quantity(), m.onHandAfter(), m.reservedAfter(),
                        m.type().equals("RECEIPT") ? "opening stock (benchmark)" : null, m.reference(),
                        time(m.at())});
    }

    private long[] orders(long[] merchants, long[] buyers) throws SQLException {
        return insert("INSERT INTO shop_order (order_no, checkout_no, buyer_id, merchant_id, status, currency,"
                + " items_total, discount_total, shipping_fee, tax_total, total, shipping_method, payment_method,"
                + " recipient, phone, country, province, city, line1, created_at, pay_by, paid_at, shipped_at,"
                + " delivered_at, completed_at, parcels) VALUES (?, ?, ?, ?, 'COMPLETED', ?, ?, ?, ?, ?, ?,"
                + " 'standard', 'sandbox-alipay', '压测买家', '13800138000', 'CN', '浙江省', '杭州市',"
                + " '文三路 90 号', ?, ?, ?, ?, ?, ?, 1)", plan.orders, o -> new Object[] {
                o.orderNo(), o.orderNo(), buyers[o.buyer()], merchants[o.merchant()], SeedPlan.CURRENCY,
                o.itemsTotal(), o.discountTotal(), o.shippingFee(), o.taxTotal(), o.total(), time(o.createdAt()),
                time(o.createdAt().plus(PAY_WITHIN)), time(o.paidAt()), time(o.shippedAt()),
                time(o.deliveredAt()), time(o.completedAt())});
    }

    private long[] shipments(long[] orders, long[] merchants, long[] owners) throws SQLException {
        return insert("INSERT INTO shipment (order_id, order_no, merchant_id, carrier, tracking_no, status, shipped_at,"
                + " delivered_at, shipped_by) VALUES (?, ?, ?, 'sandbox-express', ?, 'DELIVERED', ?, ?, ?)",
                plan.orders, o -> new Object[] {orders[o.number()], o.orderNo(), merchants[o.merchant()],
                        "BENCH" + o.orderNo(), time(o.shippedAt()), time(o.deliveredAt()), owners[o.merchant()]});
    }

    private void orderLines(long[] orders, long[] shipments, long[] products, long[] skus) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (SeedPlan.Order o : plan.orders) {
            for (SeedPlan.Line l : o.lines()) {
                SeedPlan.Sku sku = plan.skus.get(l.sku());
                SeedPlan.Product product = plan.products.get(sku.product());
                rows.add(new Object[] {orders[o.number()], l.lineNo(), skus[l.sku()], products[sku.product()],
                        product.categoryId(), sku.code(), product.name(), product.nameEn(), sku.size(),
                        l.unitPrice(), l.quantity(), l.lineTotal(), l.discount(), l.tax(), sku.weightGrams(),
                        shipments[o.number()]});
            }
        }
        insertWithoutIds("INSERT INTO order_line (order_id, line_no, sku_id, product_id, category_id, sku_code,"
                + " product_name, product_name_en, spec_label, unit_price, quantity, line_total, discount, tax,"
                + " weight_grams, shipment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows,
                row -> row);
    }

    /** Every order's life: placed, paid, shipped, delivered, received — as the order's own history records it. */
    private void history(long[] orders, long[] buyers, long[] owners) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (SeedPlan.Order o : plan.orders) {
            long order = orders[o.number()];
            long buyer = buyers[o.buyer()];
            rows.add(new Object[] {order, null, "PENDING_PAYMENT", buyer, "BUYER", "placed", time(o.createdAt())});
            rows.add(new Object[] {order, "PENDING_PAYMENT", "PAID", null, "SYSTEM", "paid", time(o.paidAt())});
            rows.add(new Object[] {order, "PAID", "SHIPPED", owners[o.merchant()], "MERCHANT", "shipped",
                    time(o.shippedAt())});
            rows.add(new Object[] {order, "SHIPPED", "DELIVERED", null, "SYSTEM", "delivered", time(o.deliveredAt())});
            rows.add(new Object[] {order, "DELIVERED", "COMPLETED", buyer, "BUYER", "received",
                    time(o.completedAt())});
        }
        insertWithoutIds("INSERT INTO order_status_change (order_id, from_status, to_status, actor_id, actor_kind,"
                + " reason, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows, row -> row);
    }

    /** One sandbox payment per order, and the refunds (SUCCEEDED) that settlement must take off. */
    private void payments(long[] orders, long[] buyers) throws SQLException {
        long[] payments = insert("INSERT INTO payment (payment_no, buyer_id, method, gateway, status, amount, refunded,"
                + " currency, installments, gateway_trade_no, created_at, expires_at, paid_at) VALUES (?, ?,"
                + " 'sandbox-alipay', 'sandbox', 'PAID', ?, ?, ?, 1, ?, ?, ?, ?)", plan.orders, o -> new Object[] {
                o.paymentNo(), buyers[o.buyer()], o.total(), refunded(o), SeedPlan.CURRENCY, "SBX" + o.paymentNo(),
                time(o.createdAt()), time(o.createdAt().plus(PAY_WITHIN)), time(o.paidAt())});
        insertWithoutIds("INSERT INTO payment_order (payment_id, order_id, order_no, amount, refunded)"
                + " VALUES (?, ?, ?, ?, ?)", plan.orders, o -> new Object[] {payments[o.number()],
                orders[o.number()], o.orderNo(), o.total(), refunded(o)});
        List<SeedPlan.Order> refunded = plan.orders.stream().filter(o -> o.refund() != null).toList();
        insertWithoutIds("INSERT INTO refund (refund_no, payment_id, order_no, amount, currency, status, reason,"
                + " gateway_refund_no, created_at, completed_at) VALUES (?, ?, ?, ?, ?, 'SUCCEEDED', ?, ?, ?, ?)",
                refunded, o -> new Object[] {o.refund().refundNo(), payments[o.number()], o.orderNo(),
                        o.refund().amount(), SeedPlan.CURRENCY, "压测退款: 尺码不合适", "SBX" + o.refund().refundNo(),
                        time(o.refund().completedAt().minusSeconds(60)), time(o.refund().completedAt())});
    }

    private static BigDecimal refunded(SeedPlan.Order order) {
        return order.refund() == null ? BigDecimal.ZERO.setScale(2) : order.refund().amount();
    }

    /**
     * Changes behind the ledger's back, on seeded SKUs only: on hand edited directly (half up, half down), units
     * reserved without a ledger line or a holder, and physical counts one unit short. Auto-committed, each.
     */
    Planted plantDifferences(long[] skus, int onHandEdits, int reservedEdits, int counts) throws SQLException {
        // evenly spread, one SKU for each kind of change, so that every page the job reads has at most one
        int step = skus.length / (onHandEdits + reservedEdits + counts + 1);
        List<Long> onHand = new ArrayList<>();
        List<Long> reserved = new ArrayList<>();
        List<Long> counted = new ArrayList<>();
        int next = step;
        for (int i = 0; i < onHandEdits; i++, next += step) {
            onHand.add(skus[next]);
            update("UPDATE sku SET on_hand = on_hand " + (i % 2 == 0 ? "+ 3" : "- 2") + " WHERE id = ?", skus[next]);
        }
        for (int i = 0; i < reservedEdits; i++, next += step) {
            reserved.add(skus[next]);
            update("UPDATE sku SET reserved = reserved + 1 WHERE id = ?", skus[next]);
        }
        for (int i = 0; i < counts; i++, next += step) {
            counted.add(skus[next]);
            update("INSERT INTO stock_count (sku_id, counted, note, counted_at) SELECT id, on_hand - 1,"
                    + " '压测盘点 (benchmark)', CURRENT_TIMESTAMP(6) FROM sku WHERE id = ?", skus[next]);
        }
        return new Planted(onHand, reserved, counted);
    }

    private void update(String sql, long id) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }

    /** Inserts the rows in batches and commits; the generated ids, in row order. */
    private <T> long[] insert(String sql, List<T> rows, Function<T, Object[]> values) throws SQLException {
        long[] ids = new long[rows.size()];
        int got = 0;
        try (PreparedStatement insert = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int from = 0; from < rows.size(); from += BATCH) {
                for (T row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                    bind(insert, values.apply(row));
                    insert.addBatch();
                }
                insert.executeBatch();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids[got++] = keys.getLong(1);
                    }
                }
            }
        }
        if (got != rows.size()) {
            throw new IllegalStateException("Expected " + rows.size() + " generated ids, got " + got + ": " + sql);
        }
        db.commit();
        return ids;
    }

    private <T> void insertWithoutIds(String sql, List<T> rows, Function<T, Object[]> values) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (int from = 0; from < rows.size(); from += BATCH) {
                for (T row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                    bind(insert, values.apply(row));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        db.commit();
    }

    private static void bind(PreparedStatement statement, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    /**
     * The shop stores instants as DATETIME in the server's time zone (README, "Operations"); the benchmark runs on
     * the same machine, so the local zone is the shop's.
     */
    private static LocalDateTime time(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
    }

    private LocalDateTime daysAgo(int days) {
        return time(plan.now.minus(Duration.ofDays(days)));
    }

    private static List<Integer> range(int count) {
        List<Integer> numbers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    /**
     * A well-formed PBKDF2 hash (the shop's format) of a random password nobody knows: seeded accounts exist for
     * their orders and shops, nobody signs in with them.
     */
    private static String unusablePasswordHash() {
        SecureRandom random = new SecureRandom();
        byte[] salt = new byte[16];
        byte[] password = new byte[32];
        random.nextBytes(salt);
        random.nextBytes(password);
        int iterations = 210_000;
        try {
            PBEKeySpec spec = new PBEKeySpec(Base64.getEncoder().encodeToString(password).toCharArray(), salt,
                    iterations, 512);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
            return "PBKDF2WithHmacSHA512:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }
}
