package org.emporium.order;

/** Who moved an order: its buyer, the merchant's staff, back-office staff, or the shop itself (timeouts). */
public enum ActorKind {
    BUYER,
    MERCHANT,
    STAFF,
    SYSTEM
}
