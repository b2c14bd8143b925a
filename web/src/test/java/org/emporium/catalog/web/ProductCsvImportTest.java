package org.emporium.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.emporium.catalog.SkuUpdate;
import org.junit.jupiter.api.Test;

/** Reading the product CSV back: the export's own format, each bad row with its line and reason. */
class ProductCsvImportTest {

    private static final String HEADER = "\uFEFF商品ID,名称,英文名称,状态,SKU编码,规格,价格,可用库存,原价\r\n";

    private static ProductCsvImport.Result read(String csv) {
        return ProductCsvImport.read(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheExportsRowsBack() {
        var result = read(HEADER + "12,茶杯,\"Cup, large\",在售,P12-1,颜色:红,59.90,7,79.00\r\n"
                + "12,茶杯,Cup,在售,P12-2,颜色:蓝,59.9,,\r\n");
        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).containsExactly(
                new SkuUpdate(2, 12, "P12-1", new BigDecimal("59.90"), new BigDecimal("79.00"), 7),
                new SkuUpdate(3, 12, "P12-2", new BigDecimal("59.90"), null, null));
    }

    @Test
    void anOldExportWithoutTheOriginalPriceColumnReadsToo() {
        var result = read("Product ID,Name,Name (English),Status,SKU code,Specifications,Price,Available\n"
                + "3,a,b,c,P3-1,,10,0\n");
        assertThat(result.rows()).containsExactly(new SkuUpdate(2, 3, "P3-1", new BigDecimal("10.00"), null, 0));
    }

    @Test
    void eachBadRowIsReportedWithItsLineAndReason() {
        var result = read(HEADER
                + "12,a,b,c,P12-1,,-5,1\r\n"                 // 2 negative price
                + "12,a,b,c,P12-2,,abc,1\r\n"                // 3 not a number
                + "x,a,b,c,P12-3,,5,1\r\n"                   // 4 product id
                + "12,a,b,c,,,5,1\r\n"                       // 5 no SKU
                + "12,a,b,c,P12-4,,5,-1\r\n"                 // 6 negative stock
                + "12,a,b,c,P12-5,,5,1.5\r\n"                // 7 stock not a whole number
                + "12,a,b,c,P12-6,,5.001,1\r\n"              // 8 three decimals
                + "12,a,b\r\n"                               // 9 too few columns
                + "\"12\",\"two\nlines\",b,c,P12-7,,5,1,4\r\n" // 10 original below price
                + "12,a,b,c,P12-8,,0,1\r\n"                  // 12 zero price
                + "12,a,b,c,P12-9,,5,1\r\n"                  // 13 good
                + "12,a,b,c,P12-9,,6,1\r\n");                // 14 same SKU twice
        assertThat(result.problems()).extracting(ProductCsvImport.Problem::line, ProductCsvImport.Problem::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "priceNegative"),
                        org.assertj.core.groups.Tuple.tuple(3, "priceNotNumber"),
                        org.assertj.core.groups.Tuple.tuple(4, "productId"),
                        org.assertj.core.groups.Tuple.tuple(5, "skuMissing"),
                        org.assertj.core.groups.Tuple.tuple(6, "stockNegative"),
                        org.assertj.core.groups.Tuple.tuple(7, "stockNotNumber"),
                        org.assertj.core.groups.Tuple.tuple(8, "priceDecimals"),
                        org.assertj.core.groups.Tuple.tuple(9, "columns"),
                        org.assertj.core.groups.Tuple.tuple(10, "originalBelowPrice"),
                        org.assertj.core.groups.Tuple.tuple(12, "priceTooLow"),
                        org.assertj.core.groups.Tuple.tuple(14, "duplicate"));
        assertThat(result.rows()).extracting(SkuUpdate::skuCode).containsExactly("P12-9");
    }

    @Test
    void theFormulaGuardOfTheExportIsTakenOff() {
        assertThat(org.emporium.platform.web.CsvReading.clean("'=1")).isEqualTo("=1");
        assertThat(org.emporium.platform.web.CsvReading.clean("'-5")).isEqualTo("-5");
        assertThat(org.emporium.platform.web.CsvReading.clean("'quoted'")).isEqualTo("'quoted'");
        var result = read(HEADER + "12,a,b,c,P12-1,,'-5,1\r\n");
        assertThat(result.problems()).extracting(ProductCsvImport.Problem::reason).containsExactly("priceNegative");
    }

    @Test
    void aSpreadsheetsChineseEncodingReadsToo() {
        byte[] gbk = "商品ID,名称\r\n5,茶杯,Cup,在售,P5-1,颜色:红,9.90,3\r\n".getBytes(Charset.forName("GB18030"));
        var result = ProductCsvImport.read(gbk);
        assertThat(result.rows()).extracting(SkuUpdate::skuCode).containsExactly("P5-1");
    }

    @Test
    void whatTheExportWritesTheImportReads() {
        ProductCsv csv = new ProductCsv(List.of("商品ID", "名称", "英文名称", "状态", "SKU编码", "规格", "价格", "可用库存",
                "原价"), s -> s.name());
        String text = new String(csv.bytes(), StandardCharsets.UTF_8) + "7,\"=cmd\",\"x, y\",ON_SHELF,P7-1,颜色:红,"
                + "12.50,3,\r\n";
        assertThat(read(text).rows()).containsExactly(new SkuUpdate(2, 7, "P7-1", new BigDecimal("12.50"), null, 3));
    }
}
