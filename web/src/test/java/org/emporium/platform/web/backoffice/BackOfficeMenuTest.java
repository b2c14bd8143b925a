package org.emporium.platform.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackOfficeMenuTest {

    private static List<String> menuFor(String... roles) {
        return BackOfficeMenu.visibleTo(Set.of(roles)::contains).stream().map(BackOfficeMenu.Entry::labelKey).toList();
    }

    @Test
    void eachRoleSeesOnlyWhatItMayUse() {
        assertThat(menuFor("ADMIN")).contains("admin.menu.accounts", "admin.menu.batch");
        assertThat(menuFor("FINANCE")).contains("admin.menu.batch").doesNotContain("admin.menu.accounts");
        assertThat(menuFor("SERVICE")).contains("admin.menu.accounts").doesNotContain("admin.menu.batch");
        assertThat(menuFor("MERCHANT")).containsExactly("admin.menu.dashboard", "admin.menu.storefront");
        assertThat(menuFor("CUSTOMER")).isEmpty();
    }
}
