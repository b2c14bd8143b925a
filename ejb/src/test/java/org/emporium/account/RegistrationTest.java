package org.emporium.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegistrationTest {

    @Test
    void needsAnEmailOrAMobileNumber() {
        assertThat(new Registration(null, null, "secret-123", "Li").isEmailOrMobileGiven()).isFalse();
        assertThat(new Registration(" ", "", "secret-123", "Li").isEmailOrMobileGiven()).isFalse();
        assertThat(new Registration("li@example.com", null, "secret-123", "Li").isEmailOrMobileGiven()).isTrue();
        assertThat(new Registration(null, "13800138000", "secret-123", "Li").isEmailOrMobileGiven()).isTrue();
    }

    @Test
    void refusesAllDigitPasswords() {
        assertThat(new Registration("li@example.com", null, "12345678", "Li").isPasswordNotOnlyDigits()).isFalse();
        assertThat(new Registration("li@example.com", null, "1234567a", "Li").isPasswordNotOnlyDigits()).isTrue();
    }

    @Test
    void anAccountSignsInWithItsEmailInLowerCase() {
        Account account = new Account(" Li@Example.COM ", null, "hash", "Li",
                java.util.Set.of(), java.time.Instant.EPOCH);
        assertThat(account.getLogin()).isEqualTo("li@example.com");
        assertThat(account.getRoles()).containsExactly(Role.CUSTOMER);
    }
}
