package org.emporium.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductQueryTest {

    @Test
    void blankTextMeansNoTextAndNoSortMeansLatestChangesFirst() {
        ProductQuery query = new ProductQuery(null, "   ", null, false);
        assertThat(query.text()).isNull();
        assertThat(query.sort()).isEqualTo(ProductQuery.Sort.UPDATED);
        assertThat(new ProductQuery(ProductStatus.DRAFT, " 茶杯 ", null, true).text()).isEqualTo("茶杯");
    }

    @Test
    void aSearchTextIsTakenLiterallyInLikePatterns() {
        assertThat(CatalogService.containing("Tea Cup")).isEqualTo("%tea cup%");
        assertThat(CatalogService.containing("100%_new!")).isEqualTo("%100!%!_new!!%");
    }
}
