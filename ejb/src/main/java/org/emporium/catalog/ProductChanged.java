package org.emporium.catalog;

/** Fired when a product's data or status changed; the search index and caches listen. */
public record ProductChanged(long productId) {
}
