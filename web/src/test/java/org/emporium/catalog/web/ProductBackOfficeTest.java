package org.emporium.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure parts of the back-office product pages. */
class ProductBackOfficeTest {

    @Test
    void csvCellsAreQuotedAndNeverRunAsFormulas() {
        assertThat(ProductCsv.cell("茶杯")).isEqualTo("茶杯");
        assertThat(ProductCsv.cell("Cup, \"large\"")).isEqualTo("\"Cup, \"\"large\"\"\"");
        assertThat(ProductCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(ProductCsv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(ProductCsv.cell("+1")).isEqualTo("'+1");
        assertThat(ProductCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ProductCsv.cell(null)).isEmpty();
        assertThat(ProductCsv.cell("59.90")).isEqualTo("59.90");
    }

    @Test
    void theCsvStartsWithAByteOrderMarkAndItsHeader() {
        String csv = new String(new ProductCsv(List.of("商品ID", "名称"), s -> s.name()).bytes(),
                StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFF商品ID,名称\r\n");
    }
}
