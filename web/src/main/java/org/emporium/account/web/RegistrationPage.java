package org.emporium.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import org.emporium.account.Account;
import org.emporium.account.AccountService;
import org.emporium.account.Registration;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.web.Feedback;

/** Sign-up: by email or mobile number; signs the new shopper in at once. */
@Named
@RequestScoped
public class RegistrationPage {

    @Inject
    AccountService accounts;

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    Validator validator;

    private String email;
    private String mobile;
    private String password;
    private String passwordRepeat;
    private String displayName;

    public void register() throws IOException {
        if (password == null || !password.equals(passwordRepeat)) {
            Feedback.error("register.passwordMismatch");
            return;
        }
        Registration registration = new Registration(email, mobile, password, displayName);
        if (!Feedback.noViolations(validator.validate(registration), "register.")) {
            return;
        }
        Account account;
        try {
            account = accounts.register(registration);
        } catch (BusinessRuleException e) {
            Feedback.error(e);
            return;
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(account.getLogin(), password)).newAuthentication(true));
        Feedback.info("register.done", account.getDisplayName());
        Feedback.keepForRedirect();
        String target = status == AuthenticationStatus.SUCCESS ? "/account/" : "/login.xhtml";
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + target);
        faces.responseComplete();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(String passwordRepeat) {
        this.passwordRepeat = passwordRepeat;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }
}
