package org.emporium.account;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new shopper's sign-up: by email or by mainland mobile number, with a password by the {@link PasswordPolicy}
 * (at least 8 characters, not only digits). (A class rather than a record: Payara's OpenAPI generator fails on
 * constrained record components.)
 */
public final class Registration {

    @Email
    @Size(max = 254)
    private final String email;

    @Pattern(regexp = "^1[3-9][0-9]{9}$", message = "{emporium.mobile}")
    private final String mobile;

    @NotBlank
    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH)
    private final String password;

    @NotBlank
    @Size(max = 64)
    private final String displayName;

    @JsonbCreator
    public Registration(@JsonbProperty("email") String email, @JsonbProperty("mobile") String mobile,
                        @JsonbProperty("password") String password,
                        @JsonbProperty("displayName") String displayName) {
        this.email = email;
        this.mobile = mobile;
        this.password = password;
        this.displayName = displayName;
    }

    public String email() {
        return email;
    }

    public String mobile() {
        return mobile;
    }

    public String password() {
        return password;
    }

    public String displayName() {
        return displayName;
    }

    @AssertTrue(message = "{emporium.email.or.mobile}")
    public boolean isEmailOrMobileGiven() {
        return (email != null && !email.isBlank()) || (mobile != null && !mobile.isBlank());
    }

    /** Eight digits are guessed in seconds: a password must have something besides digits ({@link PasswordPolicy}). */
    @AssertTrue(message = "{emporium.password.weak}")
    public boolean isPasswordNotOnlyDigits() {
        return PasswordPolicy.isNotOnlyDigits(password);
    }
}
