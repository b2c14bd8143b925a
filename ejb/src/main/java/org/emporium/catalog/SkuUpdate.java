package org.emporium.catalog;

import java.math.BigDecimal;

/**
 * One row of a CSV import (a row per SKU, as the export writes them): which SKU of which product, and its new
 * price, original price and available stock. A null figure leaves that figure as it is.
 *
 * @param line the row's line number in the file (for the report)
 */
public record SkuUpdate(int line, long productId, String skuCode, BigDecimal price, BigDecimal originalPrice,
                        Integer available) {
}
