package org.emporium.platform.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackOfficeMenuTest {

    private static List<String> menuFor(String... roles) {
        return BackOfficeMenu.visibleTo(Set.of(roles)::contains).stream().map(BackOfficeMenu.Entry::labelKey).toList();
    }

    @Test
    void eachRoleSeesOnlyWhatItMayUse() {
        assertThat(menuFor("ADMIN")).contains("admin.menu.accounts", "admin.menu.batch");
        assertThat(menuFor("FINANCE")).contains("admin.menu.batch", "settlement.menu")
                .doesNotContain("admin.menu.accounts", "promotion.menu");
        assertThat(menuFor("ADMIN")).contains("promotion.menu");
        assertThat(menuFor("SERVICE")).contains("admin.menu.accounts", "aftersales.menu", "complaint.menu")
                .doesNotContain("admin.menu.batch");
        assertThat(menuFor("FINANCE")).doesNotContain("aftersales.menu", "complaint.menu");
        assertThat(menuFor("MERCHANT")).containsExactly("admin.menu.dashboard", "admin.menu.products",
                "admin.menu.orders", "aftersales.menu", "review.menu", "promotion.menu", "coupon.menu",
                "settlement.menu",
                "admin.menu.messages",
                "admin.menu.freight", "admin.menu.storefront");
        assertThat(menuFor("CUSTOMER")).isEmpty();
    }

    @Test
    void merchantsAndAdminsManageProductsOnlyAdminsReviewThem() {
        assertThat(menuFor("MERCHANT")).contains("admin.menu.products").doesNotContain("admin.menu.review");
        assertThat(menuFor("ADMIN")).contains("admin.menu.products", "admin.menu.review");
        for (String role : new String[] {"FINANCE", "SERVICE", "CUSTOMER"}) {
            assertThat(menuFor(role)).doesNotContain("admin.menu.products", "admin.menu.review");
        }
        assertThat(BackOfficeMenu.ENTRIES).filteredOn(e -> e.labelKey().equals("admin.menu.products"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("/admin/products.xhtml"));
        assertThat(BackOfficeMenu.ENTRIES).filteredOn(e -> e.labelKey().equals("admin.menu.review"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("/admin/review.xhtml"));
    }

    @Test
    void merchantsAndAdminsKeepFreightTemplatesOnlyAdminsTaxRates() {
        assertThat(menuFor("MERCHANT")).contains("admin.menu.freight").doesNotContain("admin.menu.taxRates");
        assertThat(menuFor("ADMIN")).contains("admin.menu.freight", "admin.menu.taxRates");
        for (String role : new String[] {"FINANCE", "SERVICE", "CUSTOMER"}) {
            assertThat(menuFor(role)).doesNotContain("admin.menu.freight", "admin.menu.taxRates");
        }
    }

    @Test
    void merchantsAndEveryStaffRoleSeeOrders() {
        for (String role : new String[] {"MERCHANT", "ADMIN", "SERVICE", "FINANCE"}) {
            assertThat(menuFor(role)).contains("admin.menu.orders", "admin.menu.messages");
        }
        assertThat(menuFor("CUSTOMER")).doesNotContain("admin.menu.orders");
        assertThat(BackOfficeMenu.ENTRIES).filteredOn(e -> e.labelKey().equals("admin.menu.orders"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("/admin/orders.xhtml"));
    }

    @Test
    void everyEntryHasALabelInBothLanguages() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_zh_CN.properties")) {
            Properties labels = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/org/emporium/i18n/" + bundle)) {
                labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(BackOfficeMenu.ENTRIES).allSatisfy(e -> assertThat(labels).containsKey(e.labelKey()));
        }
        assertThat(BackOfficeMenu.ENTRIES).allSatisfy(e -> assertThat(e.path()).startsWith("/"));
    }
}
