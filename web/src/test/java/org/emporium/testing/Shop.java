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

    /** The password of the shoppers {@link #shopperLivingIn} registers. */
    public static final String SHOPPER_PASSWORD = "secret-pass-1";

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
                .post(api("/auth/token")).then().log().ifValidationFails().statusCode(200).extract().path("token");
    }

    public String demoToken(String role) {
        return tokenFor(role + "@demo.emporium", DEMO_PASSWORD);
    }

    /** A signed-in shopper (API token), the id of their default address and their email. */
    public record Shopper(String token, long addressId, String email) {
    }

    /** Registers a new shopper with a default address in the given province and city, and signs them in. */
    public Shopper shopperLivingIn(String province, String city) {
        String email = registerShopper(SHOPPER_PASSWORD);
        String token = tokenFor(email, SHOPPER_PASSWORD);
        Number address = as(token).body(Map.of("recipient", "王芳", "phone", "13700137000", "country", "CN",
                        "province", province, "city", city, "line1", "人民路 1 号", "isDefault", true))
                .post(api("/me/addresses")).then().log().ifValidationFails().statusCode(201).extract().path("id");
        return new Shopper(token, address.longValue(), email);
    }

    /** Registers a new shopper with a unique email and returns that email. */
    public String registerShopper(String password) {
        String email = "shopper-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        json().body(Map.of("email", email, "password", password, "displayName", "Test Shopper"))
                .post(api("/auth/register")).then().log().ifValidationFails().statusCode(201);
        return email;
    }
}
