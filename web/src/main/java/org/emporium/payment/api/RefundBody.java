package org.emporium.payment.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A refund staff ask for: how much of the order's payment, and why (the buyer sees the reason). */
public class RefundBody {

    @NotNull
    @Positive
    @Digits(integer = 17, fraction = 2)
    public BigDecimal amount;

    @NotBlank
    @Size(max = 200)
    public String reason;
}
