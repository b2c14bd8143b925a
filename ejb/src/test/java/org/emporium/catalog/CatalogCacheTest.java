package org.emporium.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogCacheTest {

    @Test
    void cachedValuesAreCopiesThatSurviveTheRoundTrip() throws Exception {
        Category phones = new Category(1L, "手机", "Mobile Phones", "phones", "pi pi-mobile", 3);
        ArrayList<Category> tree = new ArrayList<>(List.of(phones));
        byte[] bytes = CatalogCache.serialize(tree);
        @SuppressWarnings("unchecked")
        List<Category> back = (List<Category>) CatalogCache.deserialize(bytes, getClass().getClassLoader());
        assertThat(back).singleElement().satisfies(c -> {
            assertThat(c).isNotSameAs(phones);
            assertThat(c.getName()).isEqualTo("手机");
            assertThat(c.getSlug()).isEqualTo("phones");
            assertThat(c.getSortOrder()).isEqualTo(3);
            assertThat(c.isHidden()).isFalse();
        });
    }

    @Test
    void withoutAJCacheProviderEveryReadLoads() {
        CatalogCache none = new CatalogCache(); // not opened: no provider
        int[] loads = {0};
        none.get("k", String.class, () -> "v" + ++loads[0]);
        assertThat(none.get("k", String.class, () -> "v" + ++loads[0])).isEqualTo("v2");
        assertThat(none.isActive()).isFalse();
    }

    @Test
    void friendlyAddresses() {
        assertThat(CatalogPaths.product(42, "green-tea-cup")).isEqualTo("/p/42/green-tea-cup");
        assertThat(CatalogPaths.product(42, null)).isEqualTo("/p/42/product");
        assertThat(CatalogPaths.category("phones")).isEqualTo("/c/phones");
        assertThat(CatalogPaths.category("a b/c")).isEqualTo("/c/a%20b%2Fc");
    }
}
