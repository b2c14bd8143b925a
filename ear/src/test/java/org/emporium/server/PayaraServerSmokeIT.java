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
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
