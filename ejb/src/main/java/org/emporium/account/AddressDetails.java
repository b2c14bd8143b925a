package org.emporium.account;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The fields of a shipping address as a shopper enters them (and as the API receives them). A class, not a record:
 * see {@link Registration}.
 */
public final class AddressDetails {

    @NotBlank
    @Size(max = 64)
    private final String recipient;

    @NotBlank
    @Pattern(regexp = "^\\+?[0-9][0-9 -]{5,18}$", message = "{emporium.phone}")
    private final String phone;

    @NotBlank
    @Pattern(regexp = "^[A-Za-z]{2}$", message = "{emporium.country}")
    private final String country;

    @NotBlank
    @Size(max = 64)
    private final String province;

    @NotBlank
    @Size(max = 64)
    private final String city;

    @Size(max = 64)
    private final String district;

    @NotBlank
    @Size(max = 255)
    private final String line1;

    @Size(max = 16)
    private final String postcode;

    private final boolean isDefault;

    @JsonbCreator
    public AddressDetails(@JsonbProperty("recipient") String recipient, @JsonbProperty("phone") String phone,
                          @JsonbProperty("country") String country, @JsonbProperty("province") String province,
                          @JsonbProperty("city") String city, @JsonbProperty("district") String district,
                          @JsonbProperty("line1") String line1, @JsonbProperty("postcode") String postcode,
                          @JsonbProperty("isDefault") boolean isDefault) {
        this.recipient = recipient;
        this.phone = phone;
        this.country = country;
        this.province = province;
        this.city = city;
        this.district = district;
        this.line1 = line1;
        this.postcode = postcode;
        this.isDefault = isDefault;
    }

    public String recipient() {
        return recipient;
    }

    public String phone() {
        return phone;
    }

    public String country() {
        return country;
    }

    public String province() {
        return province;
    }

    public String city() {
        return city;
    }

    public String district() {
        return district;
    }

    public String line1() {
        return line1;
    }

    public String postcode() {
        return postcode;
    }

    public boolean isDefault() {
        return isDefault;
    }
}
