package org.emporium.catalog;

/**
 * Fired when the category tree, the brands or the specification templates changed; caches listen, and the search
 * index is rebuilt when the change affects how products are found ({@link #PRODUCTS_AFFECTED}: a category renamed
 * or moved under another parent).
 */
public record CatalogChanged(String what) {

    public static final String PRODUCTS_AFFECTED = "products-affected";

    public boolean affectsProducts() {
        return PRODUCTS_AFFECTED.equals(what);
    }
}
