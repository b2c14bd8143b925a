package org.emporium.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pure parts of the back-office product pages: the SKU matrix and the CSV cells. */
class ProductBackOfficeTest {

    @Test
    void theMatrixHasOneCombinationPerOptionOfEverySpecificationInOrder() {
        List<Map<String, String>> matrix = ProductEditorPage.combinations(List.of(
                new ProductEditorPage.SpecRow(" 颜色 ", List.of("红", " 蓝", "红")),
                new ProductEditorPage.SpecRow("尺码", List.of("M", "L"))));
        assertThat(matrix).containsExactly(Map.of("颜色", "红", "尺码", "M"), Map.of("颜色", "红", "尺码", "L"),
                Map.of("颜色", "蓝", "尺码", "M"), Map.of("颜色", "蓝", "尺码", "L"));
        assertThat(matrix.get(0).keySet()).containsExactly("颜色", "尺码");
        assertThat(ProductEditorPage.combinations(List.of())).containsExactly(Map.of());
    }

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
