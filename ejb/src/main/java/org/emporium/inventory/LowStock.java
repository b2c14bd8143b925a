package org.emporium.inventory;

/**
 * A SKU fell to its product's low-stock threshold. Fired after the change commits, for whatever tells the merchant
 * beyond the back office (an email, a chat message); the back-office notice is already written.
 */
public record LowStock(long merchantId, long skuId, String skuCode, int available) {
}
