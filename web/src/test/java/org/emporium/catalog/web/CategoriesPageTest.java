package org.emporium.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.emporium.catalog.ProductDraft;
import org.junit.jupiter.api.Test;

class CategoriesPageTest {

    @Test
    void templatesAreWrittenOneSpecificationPerLine() {
        List<ProductDraft.SpecDraft> specs = CategoriesPage.parseTemplates("颜色: 黑, 白，蓝\n\n存储：128GB、256GB\r\n");
        assertThat(specs).extracting(s -> s.name).containsExactly("颜色", "存储");
        assertThat(specs.get(0).options).containsExactly("黑", "白", "蓝");
        assertThat(specs.get(1).options).containsExactly("128GB", "256GB");
        assertThat(CategoriesPage.parseTemplates("  ")).isEmpty();
    }

    @Test
    void aLineWithoutANameIsRefused() {
        assertThatThrownBy(() -> CategoriesPage.parseTemplates("颜色 黑 白")).hasMessage("颜色 黑 白");
        assertThatThrownBy(() -> CategoriesPage.parseTemplates(": 黑")).isInstanceOf(IllegalArgumentException.class);
    }
}
