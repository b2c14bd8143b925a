package org.emporium.cart;

/** How a cart line stands right now, worst first when several apply. */
public enum LineState {
    /** The product went off shelf or the SKU was withdrawn: it cannot be bought. */
    UNAVAILABLE,
    /** Nothing left to sell: the shopper may ask for a back-in-stock notice (到货通知). */
    OUT_OF_STOCK,
    /** Some left, but fewer than the line asks for. */
    INSUFFICIENT_STOCK,
    /** Can be bought, at a price other than the one it had when added. */
    PRICE_CHANGED,
    OK;

    public boolean purchasable() {
        return this == OK || this == PRICE_CHANGED;
    }
}
