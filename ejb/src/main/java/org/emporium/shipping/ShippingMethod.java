package org.emporium.shipping;

import java.util.Arrays;
import org.emporium.platform.BusinessRuleException;

/** A way to get the goods to the buyer (配送方式); {@link #code()} is what the API and the bundles use. */
public enum ShippingMethod {

    /** 普通快递: parcel service, the method a free-shipping threshold usually covers. */
    STANDARD("standard", 3),
    /** 加急快递: faster and dearer. */
    EXPRESS("express", 1),
    /** 同城配送: courier within the ship-from city only. */
    SAME_CITY("same-city", 0),
    /** 到店自提: the buyer collects; always free. */
    PICKUP("pickup", 1);

    private final String code;
    private final int deliveryDays;

    ShippingMethod(String code, int deliveryDays) {
        this.code = code;
        this.deliveryDays = deliveryDays;
    }

    /** Days from payment to the usual delivery (or readiness for pickup), for the expected date in mails. */
    public int deliveryDays() {
        return deliveryDays;
    }

    public String code() {
        return code;
    }

    /** The method for an API code such as {@code same-city}; an unknown code is a VALIDATION error. */
    public static ShippingMethod fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code == null ? null : code.trim())).findFirst()
                .orElseThrow(() -> new BusinessRuleException("VALIDATION", "Unknown shipping method '" + code
                        + "'; one of standard, express, same-city, pickup"));
    }
}
