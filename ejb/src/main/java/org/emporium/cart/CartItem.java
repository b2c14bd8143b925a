package org.emporium.cart;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A SKU and how many of it: what a shopper adds to the cart or buys directly. */
public class CartItem {

    @NotNull
    public Long skuId;

    @Positive
    @Max(9999)
    public int quantity;

    public CartItem() {
        // for JSON-B
    }

    public CartItem(long skuId, int quantity) {
        this.skuId = skuId;
        this.quantity = quantity;
    }
}
