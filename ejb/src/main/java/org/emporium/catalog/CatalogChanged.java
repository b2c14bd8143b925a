package org.emporium.catalog;

/** Fired when the category tree, the brands or the specification templates changed; caches listen. */
public record CatalogChanged(String what) {
}
