package org.emporium.payment;

import java.util.List;

/**
 * Orders became PAID (or, paying cash on delivery, were confirmed for shipping). Fired inside the transaction that
 * made the change, exactly once per order: observers that write (messages, the mail outbox) share its fate.
 */
public record PaymentConfirmed(String paymentNo, long buyerId, String method, List<String> orderNos) {

    public boolean cashOnDelivery() {
        return PaymentMethod.CASH_ON_DELIVERY.code().equals(method);
    }
}
