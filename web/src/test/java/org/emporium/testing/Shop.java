package org.emporium.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.Map;
import java.util.UUID;

/** A client of the running shop's API, for tests: base URL, sign-in, fresh accounts. */
public final class Shop {

    public static final String DEMO_PASSWORD = "emporium-demo";

    private final String base;

    public Shop(URL deploymentUrl) {
        String url = deploymentUrl.toExternalForm();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String url(String path) {
        return base + path;
    }

    public String api(String path) {
        return base + "/api/v1" + path;
    }

    public RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public RequestSpecification as(String token) {
        return json().header("Authorization", "Bearer " + token);
    }

    public String tokenFor(String email, String password) {
        return json().body(Map.of("email", email, "password", password))
                .post(api("/auth/token")).then().statusCode(200).extract().path("token");
    }

    public String demoToken(String role) {
        return tokenFor(role + "@demo.emporium", DEMO_PASSWORD);
    }

    /** Registers a new shopper with a unique email and returns that email. */
    public String registerShopper(String password) {
        String email = "shopper-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        json().body(Map.of("email", email, "password", password, "displayName", "Test Shopper"))
                .post(api("/auth/register")).then().statusCode(201);
        return email;
    }
}
