package org.emporium.bench;

import java.math.BigDecimal;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Benchmark (not a test) of the two nightly Jakarta Batch jobs on MySQL: {@code merchant-settlement} over 100,000
 * order lines of 50 merchants and {@code stock-reconciliation} over 50,000 SKUs. It seeds the database of a shop
 * that is already running on it (see {@link BatchSeed}), starts each job over the batch API as the demo finance
 * user, samples the shop's used heap every 500 ms while the job runs, checks the job's result in SQL, and prints a
 * table for the README ("Nightly batches"). Settings are system properties ({@code -Dbench.dbUrl=...}, see
 * {@link Settings}); shop and database must be on this machine.
 */
public final class BatchBenchmark {

    private static final String SETTLEMENT = "merchant-settlement";
    private static final String RECONCILIATION = "stock-reconciliation";
    private static final Duration SAMPLE_EVERY = Duration.ofMillis(500);
    /** Stock differences planted for the reconciliation: on hand edited, reserved edited, counts one short. */
    private static final int ON_HAND_EDITS = 50;
    private static final int RESERVED_EDITS = 10;
    private static final int SHORT_COUNTS = 20;
    private static final String BENCH_MERCHANTS = "(SELECT m.id FROM merchant m JOIN account a ON a.id = m.owner_id"
            + " WHERE a.email LIKE 'bench-merchant-%" + BatchSeed.EMAIL_DOMAIN + "')";

    /** The benchmark's settings, from system properties with the figures as defaults. */
    record Settings(String baseUrl, String dbUrl, String dbUser, String dbPassword, int merchants, int orders,
                    int linesPerOrder, int skus, int buyers, String threads, LocalDate period, String financeEmail,
                    String financePassword) {

        static Settings fromSystemProperties() {
            // EMPORIUM_TIME_ZONE's default: the nightly run settles "yesterday" in the shop's zone
            ZoneId shopZone = ZoneId.of(System.getProperty("bench.timeZone", "Asia/Shanghai"));
            String period = System.getProperty("bench.period");
            return new Settings(System.getProperty("bench.baseUrl", "http://localhost:8080"),
                    System.getProperty("bench.dbUrl", "jdbc:mysql://127.0.0.1:3306/emporium_bench"),
                    System.getProperty("bench.dbUser", "root"),
                    System.getProperty("bench.dbPassword", ""),
                    Integer.getInteger("bench.merchants", 50),
                    Integer.getInteger("bench.orders", 25_000),
                    Integer.getInteger("bench.linesPerOrder", 4),
                    Integer.getInteger("bench.skus", 50_000),
                    Integer.getInteger("bench.buyers", 200),
                    System.getProperty("bench.threads", "2"),
                    period == null ? LocalDate.now(shopZone).minusDays(1) : LocalDate.parse(period),
                    // the demo finance account of README "Demo accounts" (demo only, public)
                    System.getProperty("bench.financeEmail", "finance@demo.emporium"),
                    System.getProperty("bench.financePassword", "emporium-demo"));
        }

        /** A connection to the shop's database on this machine, with batched inserts rewritten into multi-row ones. */
        Connection connect() throws SQLException {
            String host = URI.create(dbUrl.substring("jdbc:".length())).getHost();
            if (!("localhost".equals(host) || "127.0.0.1".equals(host))) {
                throw new IllegalArgumentException("The benchmark only seeds a database on this machine, not " + host);
            }
            String url = dbUrl.contains("rewriteBatchedStatements") ? dbUrl
                    : dbUrl + (dbUrl.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
            return DriverManager.getConnection(url, dbUser, dbPassword);
        }
    }

    /** One run of a job: its execution and steps, how long it took and the shop's heap meanwhile. */
    record JobRun(String label, ShopApi.Execution execution, List<ShopApi.Step> steps, long heapBefore,
                  long peakHeap) {

        Duration duration() {
            return Duration.between(execution.startTime(), execution.endTime());
        }

        ShopApi.Step step(String name) {
            return steps.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        }
    }

    private final Settings settings;
    private final ShopApi shop;
    private final Connection db;
    private final List<String[]> table = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private BatchBenchmark(Settings settings, ShopApi shop, Connection db) {
        this.settings = settings;
        this.shop = shop;
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        ShopApi shop = new ShopApi(settings.baseUrl());
        try (Connection db = settings.connect()) {
            new BatchBenchmark(settings, shop, db).run();
        }
    }

    private void run() throws Exception {
        BatchSeed.refuseIfSeeded(db);
        long demoSkus = BatchSeed.count(db, "SELECT COUNT(*) FROM sku"); // the demo catalog's
        SeedPlan plan = new SeedPlan(settings.merchants(), settings.buyers(), settings.orders(),
                settings.linesPerOrder(), (int) (settings.skus() - demoSkus), BatchSeed.leafCategories(db),
                Instant.now());
        BatchSeed seed = new BatchSeed(db, plan);
        Instant seeding = Instant.now();
        BatchSeed.Ids ids = seed.write();
        BatchSeed.Planted planted = seed.plantDifferences(ids.skus(), ON_HAND_EDITS, RESERVED_EDITS, SHORT_COUNTS);
        System.out.printf("Seeded in %s: %d merchants, %d SKUs (%d of the demo), %d orders with %d lines"
                        + " (%d refunds), %d stock differences planted%n", seconds(Duration.between(seeding,
                        Instant.now())), settings.merchants(), BatchSeed.count(db, "SELECT COUNT(*) FROM sku"),
                demoSkus, plan.orders.size(), plan.lineCount(), plan.refundCount(), planted.expectedFindings());

        shop.signIn(settings.financeEmail(), settings.financePassword());
        settle(plan, ids);
        reconcile(planted);
        printTable();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The jobs' results differ from what was seeded:\n  "
                    + String.join("\n  ", problems));
        }
    }

    // --- merchant settlement ---

    private void settle(SeedPlan plan, BatchSeed.Ids ids) throws Exception {
        Map<String, String> parameters = Map.of("period", settings.period().toString(), "threads",
                settings.threads());
        JobRun first = runJob("settlement, cold", SETTLEMENT, parameters);
        Map<String, Long> lines = settlementLines();
        expect("SALE lines", plan.lineCount(), lines.getOrDefault("SALE", 0L));
        expect("FREIGHT lines", plan.orders.size(), lines.getOrDefault("FREIGHT", 0L));
        expect("REFUND lines", plan.refundCount(), lines.getOrDefault("REFUND", 0L));
        expect("statements", settings.merchants(), BatchSeed.count(db, "SELECT COUNT(*) FROM settlement WHERE"
                + " merchant_id IN " + BENCH_MERCHANTS + " AND period_from = '" + settings.period() + "'"));
        int matching = statementsMatching(plan, ids);
        addRow(first, String.format("%,d orders, %,d lines, %d merchants; threads=%s", plan.orders.size(),
                        plan.lineCount(), settings.merchants(), settings.threads()),
                rate(plan.lineCount(), first.duration()) + " lines/s",
                String.format("%,d statement lines; %d of %d statements as computed", total(lines), matching,
                        settings.merchants()));

        JobRun second = runJob("settlement, rerun", SETTLEMENT, parameters);
        long added = total(settlementLines()) - total(lines);
        expect("lines added by the rerun", 0, added);
        addRow(second, "the same period again", second.step("settle").read() + " orders read",
                added + " lines added");
    }

    /** Statement lines of the seeded merchants, by kind. */
    private Map<String, Long> settlementLines() throws SQLException {
        Map<String, Long> byKind = new LinkedHashMap<>();
        try (PreparedStatement query = db.prepareStatement("SELECT l.kind, COUNT(*) FROM settlement_line l JOIN"
                + " settlement s ON s.id = l.settlement_id WHERE s.merchant_id IN " + BENCH_MERCHANTS
                + " GROUP BY l.kind ORDER BY l.kind"); ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                byKind.put(rs.getString(1), rs.getLong(2));
            }
        }
        return byKind;
    }

    /**
     * How many seeded merchants' statements have exactly the figures the plan computes. Only with the standard
     * rate alone (a fresh shop): other rates would need the whole rate schedule here.
     */
    private int statementsMatching(SeedPlan plan, BatchSeed.Ids ids) throws SQLException {
        if (BatchSeed.count(db, "SELECT COUNT(*) FROM commission_rate WHERE merchant_id IS NOT NULL"
                + " OR category_id IS NOT NULL") > 0) {
            System.out.println("Statement figures not checked: commission rates other than the standard exist");
            return 0;
        }
        BigDecimal rate = standardRate();
        Map<Long, Integer> merchantIndex = new HashMap<>();
        for (int m = 0; m < ids.merchants().length; m++) {
            merchantIndex.put(ids.merchants()[m], m);
        }
        int matching = 0;
        try (PreparedStatement query = db.prepareStatement("SELECT merchant_id, sales, freight, refunds, commission,"
                + " net, line_count FROM settlement WHERE period_from = ? AND period_to = ? AND merchant_id IN "
                + BENCH_MERCHANTS)) {
            query.setObject(1, settings.period());
            query.setObject(2, settings.period());
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    SeedPlan.Statement found = new SeedPlan.Statement(rs.getBigDecimal(2), rs.getBigDecimal(3),
                            rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getInt(7));
                    SeedPlan.Statement expected = plan.expectedStatement(merchantIndex.get(rs.getLong(1)), rate);
                    if (sameFigures(expected, found)) {
                        matching++;
                    } else {
                        problems.add("statement of merchant " + rs.getLong(1) + ": expected " + expected
                                + ", found " + found);
                    }
                }
            }
        }
        return matching;
    }

    private BigDecimal standardRate() throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT rate FROM commission_rate WHERE merchant_id IS"
                + " NULL AND category_id IS NULL AND effective_from <= ? ORDER BY effective_from DESC LIMIT 1")) {
            query.setObject(1, settings.period().minusDays(30)); // on or before the seeded orders completed
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getBigDecimal(1) : BigDecimal.ZERO.setScale(4);
            }
        }
    }

    private static boolean sameFigures(SeedPlan.Statement a, SeedPlan.Statement b) {
        return a.sales().compareTo(b.sales()) == 0 && a.freight().compareTo(b.freight()) == 0
                && a.refunds().compareTo(b.refunds()) == 0 && a.commission().compareTo(b.commission()) == 0
                && a.net().compareTo(b.net()) == 0 && a.lines() == b.lines();
    }

    // --- stock reconciliation ---

    private void reconcile(BatchSeed.Planted planted) throws Exception {
        long skus = BatchSeed.count(db, "SELECT COUNT(*) FROM sku");
        String data = String.format("%,d SKUs, %,d ledger lines", skus,
                BatchSeed.count(db, "SELECT COUNT(*) FROM stock_movement"));

        long before = lastReport();
        JobRun report = runJob("reconciliation, report", RECONCILIATION, Map.of());
        long found = findings(before, planted, false);
        expect("planted differences reported", planted.expectedFindings(), found);
        addRow(report, data, rate(skus, report.duration()) + " SKUs/s", found + " of " + planted.expectedFindings()
                + " planted differences reported" + others(before, planted));

        before = lastReport();
        JobRun correct = runJob("reconciliation, autoCorrect=true", RECONCILIATION, Map.of("autoCorrect", "true"));
        long corrected = findings(before, planted, true);
        expect("planted differences corrected", planted.expectedFindings(), corrected);
        addRow(correct, data, rate(skus, correct.duration()) + " SKUs/s", corrected + " corrected");

        before = lastReport();
        JobRun after = runJob("reconciliation, after corrections", RECONCILIATION, Map.of());
        long left = findings(before, planted, false);
        expect("planted differences left after autoCorrect", 0, left);
        addRow(after, data, rate(skus, after.duration()) + " SKUs/s", left + " planted differences left");
    }

    /** The newest report's run id so far (reports are keyed by the job instance). */
    private long lastReport() throws SQLException {
        return BatchSeed.count(db, "SELECT COALESCE(MAX(run_id), 0) FROM stock_discrepancy");
    }

    /** Report lines of runs after {@code before} on the planted SKUs; with {@code corrected}, only corrected ones. */
    private long findings(long before, BatchSeed.Planted planted, boolean corrected) throws SQLException {
        List<Long> skus = new ArrayList<>(planted.onHandChanged());
        skus.addAll(planted.reservedChanged());
        skus.addAll(planted.counted());
        return BatchSeed.count(db, "SELECT COUNT(*) FROM stock_discrepancy WHERE run_id > " + before
                + (corrected ? " AND corrected = TRUE" : "") + " AND sku_id IN ("
                + skus.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
    }

    /** Report lines on SKUs the benchmark did not touch (the demo catalog's, or a bug). */
    private String others(long before, BatchSeed.Planted planted) throws SQLException {
        long all = BatchSeed.count(db, "SELECT COUNT(*) FROM stock_discrepancy WHERE run_id > " + before);
        long others = all - findings(before, planted, false);
        return others == 0 ? "" : ", " + others + " other";
    }

    // --- running a job ---

    /** Starts a job and waits for its end, sampling the shop's used heap meanwhile. */
    private JobRun runJob(String label, String job, Map<String, String> parameters) throws Exception {
        long heapBefore = shop.usedHeap();
        AtomicLong peak = new AtomicLong(heapBefore);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> {
            try {
                peak.accumulateAndGet(shop.usedHeap(), Math::max);
            } catch (Exception e) {
                // a missed sample only makes the peak less exact
            }
        }, 0, SAMPLE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        ShopApi.Execution execution;
        try {
            long id = shop.start(job, parameters);
            do {
                Thread.sleep(SAMPLE_EVERY.toMillis());
                execution = shop.execution(id);
            } while (!execution.isOver());
        } finally {
            sampler.shutdownNow();
        }
        JobRun run = new JobRun(label, execution, shop.steps(execution.id()), heapBefore, peak.get());
        System.out.printf("%s: execution %d %s (%s) in %s, peak heap %d MB%n", label, execution.id(),
                execution.status(), execution.exitStatus(), seconds(run.duration()), megabytes(run.peakHeap()));
        for (ShopApi.Step step : run.steps()) {
            System.out.printf("  step %-16s %-9s read %7d written %7d commits %5d rollbacks %d  %s  %s%n",
                    step.name(), step.status(), step.read(), step.written(), step.commits(), step.rollbacks(),
                    seconds(step.duration()), step.exitStatus());
        }
        if (!"COMPLETED".equals(execution.status())) {
            problems.add(label + ": execution " + execution.id() + " ended " + execution.status());
        }
        return run;
    }

    // --- the summary ---

    private void expect(String what, long expected, long found) {
        if (expected != found) {
            problems.add(what + ": expected " + expected + ", found " + found);
        }
    }

    private void addRow(JobRun run, String data, String throughput, String result) {
        table.add(new String[] {run.label(), data, seconds(run.duration()), throughput,
                megabytes(run.heapBefore()) + " → " + megabytes(run.peakHeap()) + " MB", result});
    }

    private void printTable() {
        System.out.println();
        System.out.println("| job | data | duration | throughput | used heap (before → peak) | result |");
        System.out.println("|---|---|---|---|---|---|");
        table.forEach(row -> System.out.println("| " + String.join(" | ", row) + " |"));
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String rate(long items, Duration duration) {
        return String.format("%,.0f", items * 1000.0 / Math.max(1, duration.toMillis()));
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
