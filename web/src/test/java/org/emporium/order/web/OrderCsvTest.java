package org.emporium.order.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderCsvTest {

    @Test
    void quotesSeparatorsAndDefusesFormulas() {
        assertThat(OrderCsv.cell("张伟")).isEqualTo("张伟");
        assertThat(OrderCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(OrderCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(OrderCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(OrderCsv.cell("-2")).isEqualTo("'-2");
        assertThat(OrderCsv.cell(null)).isEmpty();
    }

    @Test
    void startsWithAByteOrderMarkAndEndsRowsWithCrLf() {
        String text = new String(new OrderCsv().row(List.of("a", "b")).row(List.of("c")).bytes(),
                StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFFa,b\r\nc\r\n");
    }
}
