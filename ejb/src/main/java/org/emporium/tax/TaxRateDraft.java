package org.emporium.tax;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A tax rate as an admin submits it: a form and an API body at once. */
public class TaxRateDraft {

    @NotNull
    @Pattern(regexp = "^[A-Za-z]{2}$", message = "{emporium.country}")
    public String country;

    /** Null or blank: the whole country. */
    @Size(max = 64)
    public String province;

    /** Null: every category. Exactly the product's category (no inheritance from parent categories). */
    public Long categoryId;

    /** A fraction: 0.0910 is 9.1%. */
    @NotNull
    @DecimalMin("0.0000")
    @DecimalMax(value = "1", inclusive = false)
    @Digits(integer = 1, fraction = 4)
    public BigDecimal rate;

    @NotBlank
    @Size(max = 64)
    public String label;

    @NotBlank
    @Size(max = 64)
    public String labelEn;

    public TaxRateDraft() {
    }

    public TaxRateDraft(String country, String province, Long categoryId, String rate, String label,
                        String labelEn) {
        this.country = country;
        this.province = province;
        this.categoryId = categoryId;
        this.rate = new BigDecimal(rate);
        this.label = label;
        this.labelEn = labelEn;
    }
}
