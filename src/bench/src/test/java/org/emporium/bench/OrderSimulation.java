package org.emporium.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Order placement load: {@code POST /api/v1/orders} by many shoppers, either all for one hot SKU (the flash-sale
 * case: every order waits for the same row) or spread over the catalog's SKUs ({@code -Dbench.skus=spread}). The
 * set-up registers the shoppers and, for the hot case, publishes a product with a million units through the API
 * (demo merchant and admin accounts). Only against this machine.
 */
public class OrderSimulation extends Simulation {

    private static final String BASE = System.getProperty("bench.baseUrl", "http://localhost:8080");
    private static final int RATE = Integer.getInteger("bench.usersPerSecond", 20);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final String SKUS = System.getProperty("bench.skus", "hot");
    private static final int SHOPPERS = Integer.getInteger("bench.shoppers", 40);
    private static final int SPREAD_PRODUCTS = Integer.getInteger("bench.spreadProducts", 2000);
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    static {
        String host = URI.create(BASE).getHost();
        if (!("localhost".equals(host) || host.startsWith("127.") || "[::1]".equals(host))) {
            throw new IllegalArgumentException("The benchmark only runs against this machine, not " + host);
        }
    }

    private record Shopper(String token, long addressId) {
    }

    private final List<Shopper> shoppers = new ArrayList<>();
    private final List<Long> skuIds = new ArrayList<>();

    @Override
    public void before() {
        try {
            for (int i = 0; i < SHOPPERS; i++) {
                String email = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
                call("POST", "/auth/register", null, "{\"email\":\"" + email + "\",\"password\":\"bench-pass-1\","
                        + "\"displayName\":\"Bench\"}");
                String token = field(call("POST", "/auth/token", null, "{\"email\":\"" + email
                        + "\",\"password\":\"bench-pass-1\"}"), "token");
                long address = Long.parseLong(field(call("POST", "/me/addresses", token, "{\"recipient\":\"压测\","
                        + "\"phone\":\"13800138000\",\"country\":\"CN\",\"province\":\"浙江省\",\"city\":\"杭州市\","
                        + "\"line1\":\"文三路 90 号\",\"isDefault\":true}"), "id"));
                shoppers.add(new Shopper(token, address));
            }
            if ("spread".equals(SKUS)) {
                collectCatalogSkus();
            } else {
                skuIds.add(publishHotSku());
            }
            System.out.printf("Order benchmark: %d shoppers, %d SKU(s) (%s)%n", shoppers.size(), skuIds.size(), SKUS);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Set-up against " + BASE + " failed", e);
        }
    }

    private long publishHotSku() throws IOException, InterruptedException {
        String merchant = field(call("POST", "/auth/token", null,
                "{\"email\":\"merchant@demo.emporium\",\"password\":\"emporium-demo\"}"), "token");
        String admin = field(call("POST", "/auth/token", null,
                "{\"email\":\"admin@demo.emporium\",\"password\":\"emporium-demo\"}"), "token");
        String categories = call("GET", "/categories", null, null);
        String category = find(categories, "\"children\":\\[\\{[^}]*?\"id\":(\\d+)");
        String product = call("POST", "/admin/products", merchant, "{\"name\":\"压测爆款\",\"nameEn\":\"Bench hot item\","
                + "\"categoryId\":" + category + ",\"specs\":[{\"name\":\"颜色\",\"options\":[\"红\"]}],"
                + "\"skus\":[{\"specs\":{\"颜色\":\"红\"},\"price\":\"9.90\",\"stock\":1000000,\"weightGrams\":200}],"
                + "\"images\":[\"/images/generated/bench/1.svg\"]}");
        String id = field(product, "id");
        call("POST", "/admin/products/" + id + "/submit", merchant, "");
        call("POST", "/admin/products/" + id + "/approve", admin, "");
        return Long.parseLong(find(call("GET", "/products/" + id, null, null), "\"skus\":\\[\\{[^}]*?\"id\":(\\d+)"));
    }

    private void collectCatalogSkus() throws IOException, InterruptedException {
        Pattern skuId = Pattern.compile("\\{\"available\":\\d+,[^}]*?\"id\":(\\d+)|\"id\":(\\d+),\"image\"");
        for (int page = 0; skuIds.size() < SPREAD_PRODUCTS * 3 && page < SPREAD_PRODUCTS / 100; page++) {
            String list = call("GET", "/products?size=100&page=" + page, null, null);
            Matcher ids = Pattern.compile("\"id\":(\\d+),\"image\"").matcher(list);
            List<String> products = new ArrayList<>();
            while (ids.find()) {
                products.add(ids.group(1));
            }
            if (products.isEmpty()) {
                break;
            }
            for (String product : products) {
                String detail = call("GET", "/products/" + product, null, null);
                int skus = detail.indexOf("\"skus\":[");
                Matcher m = Pattern.compile("\\{\"available\":(\\d+),[^}]*?\"id\":(\\d+)")
                        .matcher(detail.substring(skus));
                while (m.find()) {
                    if (Integer.parseInt(m.group(1)) > 20) {
                        skuIds.add(Long.parseLong(m.group(2)));
                    }
                }
            }
        }
        if (skuIds.isEmpty()) {
            throw new IllegalStateException("No SKUs with stock found; is the demo catalog loaded?");
        }
    }

    private final Iterator<Map<String, Object>> orders = Stream.generate(() -> {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Shopper shopper = shoppers.get(random.nextInt(shoppers.size()));
        long sku = skuIds.get(random.nextInt(skuIds.size()));
        return Map.<String, Object>of("token", shopper.token(), "body", "{\"addressId\":" + shopper.addressId()
                + ",\"shippingMethod\":\"standard\",\"acceptTerms\":true,\"items\":[{\"skuId\":" + sku
                + ",\"quantity\":1}]}", "key", UUID.randomUUID().toString());
    }).iterator();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("application/json")
            .contentTypeHeader("application/json");

    private final ScenarioBuilder place = scenario("place an order (" + SKUS + ")")
            .feed(orders)
            .exec(http("POST /orders").post("/api/v1/orders").header("Authorization", "Bearer #{token}")
                    .header("Idempotency-Key", "#{key}").body(StringBody("#{body}"))
                    .check(status().in(201, 409)));

    {
        setUp(place.injectOpen(constantUsersPerSec(RATE).during(SECONDS))).protocols(protocol);
    }

    private static String call(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + "/api/v1" + path))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException(method + " " + path + " → " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String field(String json, String name) {
        return find(json, "\"" + name + "\":\"?([^\",}]+)");
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("No " + regex + " in " + text);
        }
        return m.group(1);
    }
}
