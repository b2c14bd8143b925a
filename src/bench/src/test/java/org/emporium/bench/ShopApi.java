package org.emporium.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The few calls the batch benchmark makes to a running shop: sign in, start a job and follow its execution over
 * the batch API ({@code /api/v1/admin/batch}), and read the JVM's used heap from MicroProfile Metrics. Only this
 * machine is accepted. The answers are small and flat, so a few patterns read them (as the Gatling scenarios do).
 */
final class ShopApi {

    /** One execution as {@code GET /admin/batch/executions/{id}} shows it. */
    record Execution(long id, String status, String exitStatus, Instant startTime, Instant endTime) {

        boolean isOver() {
            return List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(status);
        }
    }

    /** One step of an execution, with the batch runtime's metrics. */
    record Step(String name, String status, String exitStatus, long read, long written, long commits,
                long rollbacks, Instant startTime, Instant endTime) {

        Duration duration() {
            return Duration.between(startTime, endTime);
        }
    }

    private static final Pattern STEP = Pattern.compile("\\{[^{}]*\"name\":\"[^\"]*\"[^{}]*}");
    private static final Pattern USED_HEAP = Pattern.compile("(?m)^memory_usedHeap_bytes\\{[^}]*} (\\S+)$");

    private final String base;
    private final HttpClient client = HttpClient.newHttpClient();
    private String token;

    ShopApi(String baseUrl) {
        String host = URI.create(baseUrl).getHost();
        if (!("localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host))) {
            throw new IllegalArgumentException("The benchmark only runs against this machine, not " + host);
        }
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void signIn(String email, String password) throws IOException, InterruptedException {
        token = field(send("POST", "/api/v1/auth/token", "{\"email\":\"" + email + "\",\"password\":\""
                + password + "\"}", 200), "token");
    }

    long start(String job, Map<String, String> parameters) throws IOException, InterruptedException {
        String json = parameters.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                .collect(Collectors.joining(",", "{\"parameters\":{", "}}"));
        return Long.parseLong(field(send("POST", "/api/v1/admin/batch/" + job, json, 202), "executionId"));
    }

    Execution execution(long id) throws IOException, InterruptedException {
        String json = send("GET", "/api/v1/admin/batch/executions/" + id, null, 200);
        return new Execution(id, field(json, "status"), field(json, "exitStatus"), instant(json, "startTime"),
                instant(json, "endTime"));
    }

    List<Step> steps(long id) throws IOException, InterruptedException {
        List<Step> steps = new ArrayList<>();
        Matcher m = STEP.matcher(send("GET", "/api/v1/admin/batch/executions/" + id + "/steps", null, 200));
        while (m.find()) {
            String step = m.group();
            steps.add(new Step(field(step, "name"), field(step, "status"), field(step, "exitStatus"),
                    number(step, "read"), number(step, "written"), number(step, "commits"),
                    number(step, "rollbacks"), instant(step, "startTime"), instant(step, "endTime")));
        }
        return steps;
    }

    /** The shop JVM's used heap in bytes (the base gauge {@code memory.usedHeap}). */
    long usedHeap() throws IOException, InterruptedException {
        Matcher m = USED_HEAP.matcher(send("GET", "/metrics?scope=base&name=memory.usedHeap", null, 200));
        if (!m.find()) {
            throw new IllegalStateException("No memory_usedHeap_bytes in " + base + "/metrics");
        }
        return new BigDecimal(m.group(1)).longValue(); // Prometheus writes e.g. 2.00646048E8
    }

    private String send(String method, String path, String body, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", path.startsWith("/metrics") ? "text/plain" : "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null && path.startsWith("/api/")) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    /** A string or number field of a flat JSON object; null if absent or null. */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(?:\"([^\"]*)\"|([-0-9.]+))").matcher(json);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    private static long number(String json, String name) {
        String value = field(json, name);
        return value == null ? 0 : Long.parseLong(value);
    }

    private static Instant instant(String json, String name) {
        String value = field(json, name);
        return value == null ? null : Instant.parse(value);
    }
}
