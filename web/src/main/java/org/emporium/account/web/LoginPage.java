package org.emporium.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.Arrays;
import org.emporium.account.Role;
import org.emporium.account.security.ShopAuthentication;
import org.emporium.platform.web.Feedback;

/** The sign-in form and sign-out. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @NotBlank
    private String login;

    @NotBlank
    private String password;

    /** Where to go after signing in; only paths inside the shop are followed. */
    private String next;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(login, password)).newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                external.redirect(external.getRequestContextPath() + safeNext());
                faces.responseComplete();
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> Feedback.error(request.getAttribute(ShopAuthentication.THROTTLED) != null
                    ? "login.throttled" : "login.failed");
        }
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
        faces.responseComplete();
    }

    private String safeNext() {
        boolean staff = Arrays.stream(Role.STAFF).anyMatch(security::isCallerInRole);
        return landingPage(next, staff);
    }

    /**
     * Where to go after signing in: the requested path if it is inside the shop ("/account/"), never a full URL
     * or "//host" (no open redirect); otherwise the back office for staff and the home page for shoppers.
     */
    static String landingPage(String requested, boolean staff) {
        if (requested == null || !requested.startsWith("/") || requested.startsWith("//")
                || requested.contains("\\") || requested.contains("://") || requested.contains("\r")
                || requested.contains("\n")) {
            return staff ? "/admin/" : "/";
        }
        return requested;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
