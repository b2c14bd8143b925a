package org.emporium.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emporium.testing.Shop;
import org.emporium.testing.ShopDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The accounts API as clients use it (API.md "Accounts"), over real HTTP against the deployed shop. */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class AccountApiIT {

    private static final String PASSWORD = "correct-horse-7";

    @Deployment(testable = false)
    static WebArchive shop() {
        return ShopDeployment.warAtRoot();
    }

    @ArquillianResource
    URL base;

    Shop shop;

    @BeforeEach
    void connect() {
        shop = new Shop(base);
    }

    @Test
    void registersOnceAndSignsInWithAToken() {
        String email = shop.registerShopper(PASSWORD);

        shop.json().body(Map.of("email", email.toUpperCase(), "password", PASSWORD, "displayName", "Again"))
                .post(shop.api("/auth/register"))
                .then().statusCode(409).body("error", equalTo("EMAIL_TAKEN"));

        String token = shop.json().body(Map.of("email", email, "password", PASSWORD))
                .post(shop.api("/auth/token"))
                .then().statusCode(200)
                .body("token", notNullValue()).body("expiresAt", notNullValue())
                .body("roles", equalTo(List.of("CUSTOMER")))
                .extract().path("token");
        assertThat(token).hasSizeGreaterThanOrEqualTo(43); // 256 random bits, base64url

        shop.as(token).get(shop.api("/me"))
                .then().statusCode(200)
                .body("email", equalTo(email)).body("roles", equalTo(List.of("CUSTOMER")))
                .body("level", notNullValue()).body("points", equalTo(0));
    }

    @Test
    void invalidRegistrationsAreRefusedFieldByFieldAndCreateNothing() {
        shop.json().body(Map.of("email", "not-an-email", "password", "1234", "displayName", ""))
                .post(shop.api("/auth/register"))
                .then().statusCode(400)
                .body("error", equalTo("VALIDATION"))
                .body("details.field", hasItems("email", "password", "displayName"));

        shop.json().body("{\"email\": ").post(shop.api("/auth/register"))
                .then().statusCode(400).body("error", equalTo("VALIDATION"));

        shop.json().body(Map.of("email", "not-an-email", "password", "1234")).post(shop.api("/auth/token"))
                .then().statusCode(401).body("error", equalTo("INVALID_CREDENTIALS"));
    }

    @Test
    void wrongPasswordsGet401AndRepeatedFailuresAreThrottled() {
        String email = shop.registerShopper(PASSWORD);
        for (int attempt = 1; attempt <= 5; attempt++) {
            shop.json().body(Map.of("email", email, "password", "guess-" + attempt)).post(shop.api("/auth/token"))
                    .then().statusCode(401).body("error", equalTo("INVALID_CREDENTIALS"))
                    .body("message", equalTo("Wrong email or password"));
        }
        // even the right password is refused while the account is throttled
        shop.json().body(Map.of("email", email, "password", PASSWORD)).post(shop.api("/auth/token"))
                .then().statusCode(429).body("error", equalTo("RATE_LIMITED"));
    }

    @Test
    void theApiNeedsAValidToken() {
        shop.json().get(shop.api("/me")).then().statusCode(401).body("error", equalTo("UNAUTHORIZED"));
        shop.as("forged-token").get(shop.api("/me")).then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));

        String token = shop.tokenFor(shop.registerShopper(PASSWORD), PASSWORD);
        shop.as(token).get(shop.api("/me")).then().statusCode(200);
        shop.as(token).delete(shop.api("/auth/token")).then().statusCode(204);
        shop.as(token).get(shop.api("/me")).then().statusCode(401);
    }

    @Test
    void keepsSeveralAddressesWithExactlyOneDefault() {
        String token = shop.tokenFor(shop.registerShopper(PASSWORD), PASSWORD);

        int home = shop.as(token).body(address("张三", false)).post(shop.api("/me/addresses"))
                .then().statusCode(201).body("isDefault", equalTo(true)) // the first address is the default
                .body("province", equalTo("浙江省")).extract().path("id");
        int office = shop.as(token).body(address("李四", true)).post(shop.api("/me/addresses"))
                .then().statusCode(201).body("isDefault", equalTo(true)).extract().path("id");

        shop.as(token).get(shop.api("/me/addresses")).then().statusCode(200)
                .body("", hasSize(2))
                .body("find { it.id == " + office + " }.isDefault", equalTo(true))
                .body("find { it.id == " + home + " }.isDefault", equalTo(false));

        shop.as(token).post(shop.api("/me/addresses/" + home + "/default")).then().statusCode(200);
        shop.as(token).get(shop.api("/me/addresses/" + office)).then().body("isDefault", equalTo(false));

        shop.as(token).body(address("张三丰", true)).put(shop.api("/me/addresses/" + home))
                .then().statusCode(200).body("recipient", equalTo("张三丰"));

        shop.as(token).delete(shop.api("/me/addresses/" + home)).then().statusCode(204);
        shop.as(token).get(shop.api("/me/addresses")).then()
                .body("", hasSize(1)).body("[0].id", equalTo(office)).body("[0].isDefault", equalTo(true));
    }

    @Test
    void badAddressesAreRefusedAndNothingIsStored() {
        String token = shop.tokenFor(shop.registerShopper(PASSWORD), PASSWORD);
        Map<String, Object> bad = address("", false);
        bad.put("phone", "call me");
        bad.put("country", "China");
        shop.as(token).body(bad).post(shop.api("/me/addresses"))
                .then().statusCode(400).body("error", equalTo("VALIDATION"))
                .body("details.field", hasItems("recipient", "phone", "country"));
        shop.as(token).get(shop.api("/me/addresses")).then().body("", hasSize(0));
    }

    @Test
    void anotherShoppersAddressIsNotFoundNeverForbidden() {
        String alice = shop.tokenFor(shop.registerShopper(PASSWORD), PASSWORD);
        String bob = shop.tokenFor(shop.registerShopper(PASSWORD), PASSWORD);
        int alicesAddress = shop.as(alice).body(address("Alice", true)).post(shop.api("/me/addresses"))
                .then().statusCode(201).extract().path("id");

        shop.as(bob).get(shop.api("/me/addresses/" + alicesAddress))
                .then().statusCode(404).body("error", equalTo("NOT_FOUND"));
        shop.as(bob).body(address("Bob", false)).put(shop.api("/me/addresses/" + alicesAddress))
                .then().statusCode(404);
        shop.as(bob).delete(shop.api("/me/addresses/" + alicesAddress)).then().statusCode(404);
        shop.as(bob).post(shop.api("/me/addresses/" + alicesAddress + "/default")).then().statusCode(404);
        shop.as(bob).get(shop.api("/me/addresses/999999")).then().statusCode(404);

        shop.as(alice).get(shop.api("/me/addresses/" + alicesAddress))
                .then().statusCode(200).body("recipient", equalTo("Alice"));
    }

    @Test
    void updatesTheProfile() {
        String token = shop.tokenFor(shop.registerShopper(PASSWORD), PASSWORD);
        Map<String, Object> profile = new HashMap<>();
        profile.put("displayName", "王小明");
        profile.put("nickname", "小明");
        profile.put("gender", "MALE");
        profile.put("birthday", "1990-05-20");
        profile.put("phone", "13912345678");
        profile.put("avatarUrl", "https://example.com/me.png");
        shop.as(token).body(profile).put(shop.api("/me")).then().statusCode(200)
                .body("nickname", equalTo("小明")).body("birthday", equalTo("1990-05-20"));
        shop.as(token).get(shop.api("/me")).then().body("displayName", equalTo("王小明"))
                .body("gender", equalTo("MALE"));

        profile.put("birthday", "2999-01-01");
        shop.as(token).body(profile).put(shop.api("/me")).then().statusCode(400)
                .body("details.field", hasItem("birthday"));
    }

    @Test
    void everyRoleSignsInAndOnlyStaffWithTheRightRoleRunBatchJobs() {
        for (String role : List.of("customer", "merchant", "admin", "finance", "service")) {
            shop.as(shop.demoToken(role)).get(shop.api("/me")).then().statusCode(200)
                    .body("roles", equalTo(List.of(role.toUpperCase())));
        }
        shop.as(shop.demoToken("customer")).body("{}").post(shop.api("/admin/batch/housekeeping"))
                .then().statusCode(403).body("error", equalTo("FORBIDDEN"));
        shop.as(shop.demoToken("merchant")).body("{}").post(shop.api("/admin/batch/housekeeping"))
                .then().statusCode(403);
        shop.json().body("{}").post(shop.api("/admin/batch/housekeeping")).then().statusCode(401);

        String finance = shop.demoToken("finance");
        shop.as(finance).body("{}").post(shop.api("/admin/batch/no-such-job")).then().statusCode(404);
        int execution = shop.as(finance).body("{\"parameters\":{}}").post(shop.api("/admin/batch/housekeeping"))
                .then().statusCode(202).extract().path("executionId");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                shop.as(finance).get(shop.api("/admin/batch/executions/" + execution))
                        .then().statusCode(200)
                        .body("jobName", equalTo("housekeeping"))
                        .body("status", equalTo("COMPLETED")));
    }

    @Test
    void errorsAreJsonAndResponsesCarrySecurityHeaders() {
        shop.json().get(shop.api("/no/such/thing")).then().statusCode(404)
                .body("error", equalTo("NOT_FOUND"));
        shop.json().get(shop.url("/")).then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "SAMEORIGIN")
                .header("Content-Security-Policy", containsString("frame-ancestors"));
    }

    @Test
    void healthReportsTheDatabase() {
        shop.json().get(shop.url("/health/ready")).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("database"));
    }

    private static Map<String, Object> address(String recipient, boolean isDefault) {
        Map<String, Object> a = new HashMap<>();
        a.put("recipient", recipient);
        a.put("phone", "13800138000");
        a.put("country", "CN");
        a.put("province", "浙江省");
        a.put("city", "杭州市");
        a.put("district", "西湖区");
        a.put("line1", "文三路 100 号");
        a.put("postcode", "310000");
        a.put("isDefault", isDefault);
        return a;
    }
}
