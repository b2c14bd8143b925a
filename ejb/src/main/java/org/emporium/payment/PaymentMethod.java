package org.emporium.payment;

import java.util.Arrays;
import org.emporium.platform.BusinessRuleException;

/** How the shopper pays (支付方式); {@link #code()} is what the API, the order and the bundles use. */
public enum PaymentMethod {
    SANDBOX_ALIPAY("sandbox-alipay"),
    SANDBOX_WECHAT("sandbox-wechat"),
    /** Card data is entered on the acquirer's page only; only this method offers installments (分期). */
    SANDBOX_CARD("sandbox-card"),
    /** 货到付款: no gateway; the carrier collects the money on delivery. */
    CASH_ON_DELIVERY("cod");

    private final String code;

    PaymentMethod(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean offersInstallments() {
        return this == SANDBOX_CARD;
    }

    public static PaymentMethod fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("VALIDATION", "Unknown payment method '" + code
                        + "'; one of sandbox-alipay, sandbox-wechat, sandbox-card, cod"));
    }
}
