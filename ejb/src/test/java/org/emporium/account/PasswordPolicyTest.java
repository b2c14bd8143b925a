package org.emporium.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void needsEightToOneHundredTwentyEightCharactersNotOnlyDigits() {
        assertThat(PasswordPolicy.isAcceptable("secret-1")).isTrue();
        assertThat(PasswordPolicy.isAcceptable("secret1")).isFalse();
        assertThat(PasswordPolicy.isAcceptable("12345678")).isFalse();
        assertThat(PasswordPolicy.isAcceptable("        ")).isFalse();
        assertThat(PasswordPolicy.isAcceptable(null)).isFalse();
        assertThat(PasswordPolicy.isAcceptable("a".repeat(128))).isTrue();
        assertThat(PasswordPolicy.isAcceptable("a".repeat(129))).isFalse();
    }

    @Test
    void registrationUsesTheSameRule() {
        assertThat(new Registration("li@example.com", null, "12345678", "Li").isPasswordNotOnlyDigits())
                .isEqualTo(PasswordPolicy.isNotOnlyDigits("12345678"));
    }
}
