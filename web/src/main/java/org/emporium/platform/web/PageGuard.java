package org.emporium.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.util.Arrays;

/**
 * Finer role checks for back-office pages than web.xml's "any staff": a page names the roles that may open it,
 * anyone else gets the 403 page.
 */
@Named
@RequestScoped
public class PageGuard {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    public void require(String... roles) throws IOException {
        if (Arrays.stream(roles).noneMatch(security::isCallerInRole)) {
            faces.getExternalContext().responseSendError(403, "Forbidden");
            faces.responseComplete();
        }
    }
}
