package org.emporium.platform.api;

import org.emporium.platform.Money;

/** Money as the API writes it: {@code {"amount": "199.00", "currency": "CNY"}}. */
public record MoneyView(String amount, String currency) implements java.io.Serializable {

    public static MoneyView of(Money money) {
        return money == null ? null : new MoneyView(money.amountText(), money.currency().getCurrencyCode());
    }
}
