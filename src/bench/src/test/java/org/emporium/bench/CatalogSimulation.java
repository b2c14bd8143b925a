package org.emporium.bench;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Catalog load: shoppers list products, search in Chinese and English, and open product pages (API and HTML).
 * Bounded in time and rate, and only against the shop named by -Dbench.baseUrl, which must be on this machine.
 */
public class CatalogSimulation extends Simulation {

    private static final String BASE = System.getProperty("bench.baseUrl", "http://localhost:8080");
    private static final int RATE = Integer.getInteger("bench.usersPerSecond", 20);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final List<String> WORDS = List.of("手机", "phone", "耳机", "laptop", "连衣裙", "tea", "咖啡",
            "sneakers", "华为", "watch", "帐篷", "lego");

    static {
        String host = URI.create(BASE).getHost();
        if (!("localhost".equals(host) || host.startsWith("127.") || "[::1]".equals(host))) {
            throw new IllegalArgumentException("The benchmark only runs against this machine, not " + host);
        }
    }

    private final Iterator<Map<String, Object>> words = Stream.generate(() -> Map.<String, Object>of(
            "word", WORDS.get(ThreadLocalRandom.current().nextInt(WORDS.size())),
            "page", ThreadLocalRandom.current().nextInt(20))).iterator();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("application/json")
            .acceptLanguageHeader("zh-CN,zh;q=0.9,en;q=0.8");

    private final ScenarioBuilder browse = scenario("product list, search and product page")
            .feed(words)
            .exec(http("product list").get("/api/v1/products?page=#{page}&size=24").check(status().is(200)))
            .exec(http("search").get("/api/v1/products?q=#{word}&size=24").check(status().is(200))
                    .check(jsonPath("$.items[0].id").optional().saveAs("productId")))
            .doIf(session -> session.contains("productId")).then(
                    http("product (API)").get("/api/v1/products/#{productId}").check(status().is(200)),
                    http("product page (HTML)").get("/product.xhtml?id=#{productId}").header("Accept", "text/html")
                            .check(status().is(200)));

    {
        setUp(browse.injectOpen(constantUsersPerSec(RATE).during(SECONDS))).protocols(protocol);
    }
}
