package org.emporium.message;

/**
 * What a message is about. Each kind has bundle keys {@code message.<KIND>.title} and {@code message.<KIND>.body};
 * the body's {0}, {1} ... are the message's parameters in the order listed here.
 */
public enum MessageKind {
    /** To a shopper: {0} product name, {1} option label, {2} English product name — back in stock. */
    BACK_IN_STOCK,
    /** To a merchant: {0} product name, {1} option label, {2} units still available, {3} SKU code. */
    LOW_STOCK,
    /** To a shopper: {0} order number, {1} payable total — an order was placed and awaits payment. */
    ORDER_PLACED,
    /** To a shopper: {0} order number, {1} reason code — an order was cancelled. */
    ORDER_CANCELLED,
    /** To a shopper: {0} order number, {1} total, {2} payment method code — paid, or confirmed for cash on delivery. */
    ORDER_PAID,
    /** To a shopper: {0} order number, {1} amount refunded, {2} reason code, {3} refund number. */
    REFUNDED,
    /** To a shopper: {0} order number, {1} carrier code, {2} tracking number — the parcel is on its way. */
    ORDER_SHIPPED,
    /** To a shopper: {0} order number, {1} tracking event code (COLLECTED, IN_TRANSIT, ...), {2} city (物流通知). */
    PARCEL_TRACKED,
    /**
     * To the buyer, the merchant and (once escalated) customer service: {0} request number, {1} order number,
     * {2} step code (OPENED, APPROVED, ...), {3} status code — something happened to an after-sales request.
     */
    AFTER_SALES,
    /** To a buyer: {0} complaint number, {1} status code — customer service answered or resolved a complaint. */
    COMPLAINT_ANSWERED
}
