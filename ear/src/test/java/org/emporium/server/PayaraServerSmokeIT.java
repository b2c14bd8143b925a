package org.emporium.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The EAR as deployed by {@code asadmin deploy} on Payara Server 6 (profile {@code server} of ear/pom.xml), checked
 * over plain HTTP: health, storefront, the token sign-in, an authenticated call and an API error. On a failure the
 * end of the domain's server.log is printed, so a CI log shows why the deployment went wrong.
 */
class PayaraServerSmokeIT {

    private static final String BASE = "http://localhost:" + System.getProperty("server.http.port", "28080");
    private static final Path SERVER_LOG = Path.of(System.getProperty("server.log", "server.log"));
    private static final Duration READY_WITHIN = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @RegisterExtension
    static final TestWatcher PRINT_SERVER_LOG_ON_FAILURE = new TestWatcher() {
        private final AtomicBoolean printed = new AtomicBoolean();

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (printed.compareAndSet(false, true)) {
                printServerLogTail(200);
            }
        }
    };

    /** {@code asadmin deploy} returns when the application has started; this only allows for a slow machine. */
    @BeforeAll
    static void shopIsReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> ready = get("/health/ready", null);
                if (ready.statusCode() == 200 && ready.body().contains("\"UP\"")) {
                    return;
                }
                last = ready.statusCode() + " " + ready.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(1000);
        }
        printServerLogTail(200);
        fail("Emporium not ready on Payara Server at " + BASE + " within " + READY_WITHIN.toSeconds()
                + " s (last answer: " + last + "); see the end of " + SERVER_LOG + " above");
    }

    @Test
    void healthSaysUpAndTheDatabaseIsTheEmbeddedOne() throws Exception {
        HttpResponse<String> ready = get("/health/ready", null);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"").contains("H2");

        HttpResponse<String> health = get("/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("\"DOWN\"");
    }

    @Test
    void storefrontIsServedAtTheRoot() throws Exception {
        HttpResponse<String> home = get("/", null);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(home.body()).contains("Emporium");
    }

    @Test
    void demoCustomerSignsInAndSeesTheAccount() throws Exception {
        HttpResponse<String> issued = post("/api/v1/auth/token",
                "{\"email\":\"customer@demo.emporium\",\"password\":\"emporium-demo\"}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(issued.body());
        assertThat(token.find()).as("token in " + issued.body()).isTrue();

        HttpResponse<String> me = get("/api/v1/me", token.group(1));
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains("\"email\":\"customer@demo.emporium\"");
    }

    @Test
    void accountNeedsAToken() throws Exception {
        assertThat(get("/api/v1/me", null).statusCode()).isEqualTo(401);
    }

    @Test
    void invalidRegistrationIsAValidationError() throws Exception {
        HttpResponse<String> refused = post("/api/v1/auth/register",
                "{\"email\":\"not-an-email\",\"password\":\"\",\"displayName\":\"\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(refused.body()).contains("\"error\":\"VALIDATION\"");
    }

    /**
     * The demo shop comes with a fortnight of completed orders, past their return window: the first settlement run
     * writes each demo merchant's statement, a second run changes nothing, and the stock those orders took agrees
     * with the ledger (stock-reconciliation finds no difference).
     */
    @Test
    void demoOrdersAreSettledOnceAndTheirStockReconciles() throws Exception {
        String finance = token("finance@demo.emporium");

        assertThat(runToTheEnd(finance, "merchant-settlement")).isEqualTo("COMPLETED");
        HttpResponse<String> statements = get("/api/v1/admin/settlements?size=50", finance);
        assertThat(statements.statusCode()).as(statements.body()).isEqualTo(200);
        assertThat(statements.body()).contains("\"total\":2");
        Matcher net = Pattern.compile("\"net\"\\s*:\\s*\\{[^}]*\"amount\"\\s*:\\s*\"(-?\\d+\\.\\d{2})\"")
                .matcher(statements.body()); // a statement's net (its lines' nets are plain strings)
        for (int i = 0; i < 2; i++) {
            assertThat(net.find()).as("net of statement " + (i + 1) + " in " + statements.body()).isTrue();
            assertThat(new java.math.BigDecimal(net.group(1))).isPositive();
        }

        assertThat(runToTheEnd(finance, "merchant-settlement")).isEqualTo("COMPLETED");
        assertThat(get("/api/v1/admin/settlements?size=50", finance).body()).as("a rerun pays nothing more")
                .isEqualTo(statements.body());

        long reconciliation = start(finance, "stock-reconciliation");
        assertThat(awaitEnd(finance, reconciliation)).isEqualTo("COMPLETED");
        HttpResponse<String> report = get("/api/v1/admin/stock-discrepancies?executionId=" + reconciliation, finance);
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(report.body()).contains("\"total\":0");
    }

    /**
     * The demo shop runs its promotions — two shops' 满减, quantity prices, a flash sale and the platform's tea
     * sale, all running now — and has coupons to claim and to exchange for points.
     */
    @Test
    void demoPromotionsRun() throws Exception {
        HttpResponse<String> list = get("/api/v1/admin/promotions", token("admin@demo.emporium"));
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(list.body()).contains("\"total\":5", "店铺满减", "新茶限时 9 折", "秒杀 半价", "多买优惠");
        assertThat(Pattern.compile("\"phase\"\\s*:\\s*\"RUNNING\"").matcher(list.body()).results().count())
                .isEqualTo(5);
        HttpResponse<String> centre = get("/api/v1/coupons/centre", null);
        assertThat(centre.body()).contains("平台券 满 100 减 10", "官方旗舰店包邮券");
        HttpResponse<String> forPoints = get("/api/v1/coupons/points-exchange", null);
        assertThat(forPoints.body()).contains("\"pointsPrice\":500");
    }

    private static String token(String email) throws IOException, InterruptedException {
        HttpResponse<String> issued = post("/api/v1/auth/token",
                "{\"email\":\"" + email + "\",\"password\":\"emporium-demo\"}");
        Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(issued.body());
        assertThat(token.find()).as("token in " + issued.body()).isTrue();
        return token.group(1);
    }

    private static String runToTheEnd(String bearer, String job) throws Exception {
        return awaitEnd(bearer, start(bearer, job));
    }

    private static long start(String bearer, String job) throws IOException, InterruptedException {
        HttpResponse<String> started = post("/api/v1/admin/batch/" + job, "{\"parameters\":{}}", bearer);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        Matcher id = Pattern.compile("\"executionId\"\\s*:\\s*(\\d+)").matcher(started.body());
        assertThat(id.find()).as("execution in " + started.body()).isTrue();
        return Long.parseLong(id.group(1));
    }

    /** The execution's final status, once it has one (a job on the demo data takes seconds). */
    private static String awaitEnd(String bearer, long execution) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        Pattern status = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");
        while (Instant.now().isBefore(deadline)) {
            Matcher now = status.matcher(get("/api/v1/admin/batch/executions/" + execution, bearer).body());
            if (now.find() && List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(now.group(1))) {
                return now.group(1);
            }
            Thread.sleep(500);
        }
        return fail("execution " + execution + " did not end within 120 s");
    }

    /** A deployment can half-fail and still answer; the server log tells (CDI, batch, datasource, security). */
    @Test
    void serverLogHasNoSevereEntries() throws IOException {
        List<String> severe = readServerLog().stream()
                .filter(line -> line.contains("[SEVERE]"))
                .toList();
        assertThat(severe).as("SEVERE entries in " + SERVER_LOG).isEmpty();
    }

    private static HttpResponse<String> get(String path, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, text/html;q=0.9");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return post(path, json, null);
    }

    private static HttpResponse<String> post(String path, String json, String bearer)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Leniently decoded: a stray byte in the log must not hide the rest. */
    private static List<String> readServerLog() throws IOException {
        return new String(Files.readAllBytes(SERVER_LOG), StandardCharsets.UTF_8).lines().toList();
    }

    private static void printServerLogTail(int lines) {
        try {
            List<String> all = readServerLog();
            System.err.println("----- last " + lines + " lines of " + SERVER_LOG + " -----");
            all.subList(Math.max(0, all.size() - lines), all.size()).forEach(System.err::println);
            System.err.println("----- end of " + SERVER_LOG + " -----");
        } catch (IOException e) {
            System.err.println("Cannot read " + SERVER_LOG + ": " + e);
        }
    }
}
