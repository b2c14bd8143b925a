package org.emporium.inventory;

/**
 * What can be sold of a SKU changed (fired inside the changing transaction). Observers watch for crossings:
 * falling to the product's low-stock threshold alerts the merchant, coming back from zero tells the shoppers
 * who asked for a back-in-stock notice.
 */
public record StockLevelChanged(long skuId, int availableBefore, int availableAfter) {

    public boolean cameBackInStock() {
        return availableBefore <= 0 && availableAfter > 0;
    }

    public boolean fellTo(int threshold) {
        return availableBefore > threshold && availableAfter <= threshold;
    }
}
