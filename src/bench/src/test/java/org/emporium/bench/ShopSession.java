package org.emporium.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One signed-in account's calls to the JSON API of a shop on this machine ({@code /api/v1}), for the quote
 * benchmark. Its answers are nested (product details, carts, quotes), so they are read with JSON-P rather than the
 * patterns of {@link ShopApi}. One session may be shared by the benchmark's client threads ({@link HttpClient} is
 * thread-safe and pools its connections).
 */
final class ShopSession {

    /** An answer as it came: status and body, read only after the clock has stopped. */
    record Answer(int status, String body) {

        JsonObject object() {
            return (JsonObject) parse(body);
        }
    }

    private final String api;
    private final HttpClient client;
    private final String token;

    private ShopSession(String api, HttpClient client, String token) {
        this.api = api;
        this.client = client;
        this.token = token;
    }

    static ShopSession signIn(String baseUrl, String email, String password) throws IOException,
            InterruptedException {
        String host = URI.create(baseUrl).getHost();
        if (!("localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host))) {
            throw new IllegalArgumentException("The benchmark only runs against this machine, not " + host);
        }
        String api = (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + "/api/v1";
        // HTTP/1.1: the default HTTP/2 client would ask a plain-text server to upgrade on every new connection
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ShopSession anonymous = new ShopSession(api, client, null);
        JsonObject token = anonymous.call("POST", "/auth/token", Json.createObjectBuilder().add("email", email)
                .add("password", password).build().toString(), 200).asJsonObject();
        return new ShopSession(api, client, token.getString("token"));
    }

    JsonObject getObject(String path) throws IOException, InterruptedException {
        return call("GET", path, null, 200).asJsonObject();
    }

    JsonArray getArray(String path) throws IOException, InterruptedException {
        return call("GET", path, null, 200).asJsonArray();
    }

    /** A call that must answer {@code expected}; anything else stops the benchmark with the shop's answer. */
    JsonStructure call(String method, String path, String body, int expected) throws IOException,
            InterruptedException {
        Answer answer = send(method, path, body);
        if (answer.status() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.status() + ", not "
                    + expected + ": " + answer.body());
        }
        return parse(answer.body());
    }

    /** One request, whatever its status; the body is read whole, as a client must before it can use it. */
    Answer send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    private static JsonStructure parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.read();
        }
    }
}
