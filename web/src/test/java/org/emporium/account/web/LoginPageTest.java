package org.emporium.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginPageTest {

    @Test
    void followsOnlyPathsInsideTheShop() {
        assertThat(LoginPage.landingPage("/account/addresses.xhtml", false)).isEqualTo("/account/addresses.xhtml");
        assertThat(LoginPage.landingPage("https://evil.example/phish", false)).isEqualTo("/");
        assertThat(LoginPage.landingPage("//evil.example", false)).isEqualTo("/");
        assertThat(LoginPage.landingPage("/\\evil.example", false)).isEqualTo("/");
        assertThat(LoginPage.landingPage("/x\r\nSet-Cookie: a=b", false)).isEqualTo("/");
    }

    @Test
    void staffLandInTheBackOfficeAndShoppersOnTheHomePage() {
        assertThat(LoginPage.landingPage(null, true)).isEqualTo("/admin/");
        assertThat(LoginPage.landingPage("", false)).isEqualTo("/");
    }
}
