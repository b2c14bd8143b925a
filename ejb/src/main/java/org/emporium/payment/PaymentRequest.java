package org.emporium.payment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** What the shopper asks to pay: which of their unpaid orders, how, and — by card — in how many installments. */
public class PaymentRequest {

    @NotEmpty
    @Size(max = 20)
    public List<@NotNull @Pattern(regexp = "\\d{18}", message = "{emporium.orderNo}") String> orderNos =
            new ArrayList<>();

    @NotBlank
    @Pattern(regexp = "sandbox-alipay|sandbox-wechat|sandbox-card|cod", message = "{emporium.paymentMethod}")
    public String method;

    /** 分期: 1 (none), 3, 6 or 12; only by card and above a configured amount. */
    @Min(1)
    @Max(12)
    public Integer installments;

    public PaymentRequest() {
    }

    public PaymentRequest(List<String> orderNos, String method, Integer installments) {
        this.orderNos = new ArrayList<>(orderNos);
        this.method = method;
        this.installments = installments;
    }

    int installmentCount() {
        return installments == null ? 1 : installments;
    }

    /** A stable text of everything that decides the result, for Idempotency-Key checks. */
    String fingerprint() {
        return String.join(",", orderNos.stream().sorted().distinct().toList()) + "|" + method + "|"
                + installmentCount();
    }
}
