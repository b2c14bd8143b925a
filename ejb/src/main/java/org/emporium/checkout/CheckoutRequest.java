package org.emporium.checkout;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.emporium.cart.CartItem;

/**
 * What the shopper chose at checkout (结算): where to, how shipped, how to pay, and — instead of the cart's
 * selected lines — optionally the items to buy directly ("buy now"). Prices are never part of it.
 */
public class CheckoutRequest {

    @NotNull
    public Long addressId;

    @NotBlank
    @Pattern(regexp = "standard|express|same-city|pickup", message = "{emporium.shippingMethod}")
    public String shippingMethod;

    @Pattern(regexp = "sandbox-alipay|sandbox-wechat|sandbox-card|cod", message = "{emporium.paymentMethod}")
    public String paymentMethod = "sandbox-alipay";

    @Size(max = 40)
    public String couponCode;

    @PositiveOrZero
    public Integer pointsToUse;

    @Size(max = 300)
    public String note;

    /** Only for placing orders: the shopper agreed to the terms of sale. */
    public boolean acceptTerms;

    @Size(max = 100)
    public List<@Valid CartItem> items = new ArrayList<>();

    /** Placing an order needs the terms accepted (a quote does not). */
    public interface Placing {
    }

    @AssertTrue(groups = Placing.class, message = "{emporium.acceptTerms}")
    public boolean isAcceptTerms() {
        return acceptTerms;
    }

    public boolean buysDirectly() {
        return items != null && !items.isEmpty();
    }

    /** The same request with another coupon (or none), for trying coupons one by one. */
    CheckoutRequest withCoupon(String code) {
        CheckoutRequest copy = new CheckoutRequest();
        copy.addressId = addressId;
        copy.shippingMethod = shippingMethod;
        copy.paymentMethod = paymentMethod;
        copy.couponCode = code;
        copy.pointsToUse = pointsToUse;
        copy.note = note;
        copy.acceptTerms = acceptTerms;
        copy.items = items;
        return copy;
    }

    /** A stable text of everything that decides the result, for Idempotency-Key checks. */
    String fingerprint() {
        StringBuilder text = new StringBuilder().append(addressId).append('|').append(shippingMethod).append('|')
                .append(paymentMethod).append('|').append(couponCode).append('|').append(pointsToUse).append('|')
                .append(note).append('|');
        if (items != null) {
            items.stream().sorted(java.util.Comparator.comparing(i -> i.skuId))
                    .forEach(i -> text.append(i.skuId).append('x').append(i.quantity).append(','));
        }
        return text.toString();
    }
}
