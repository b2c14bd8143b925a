package org.emporium.order.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.emporium.merchant.Merchant;
import org.emporium.merchant.Merchants;
import org.emporium.platform.NotFoundException;

/**
 * Whose orders a back-office person may see, by the API's rule (OrderAdminResource): ADMIN, SERVICE and FINANCE
 * every shop's (null), a MERCHANT its own shop's only.
 */
@RequestScoped
public class StaffScope {

    @Inject
    SecurityContext security;

    @Inject
    Merchants merchants;

    /** The merchant id to filter by, null for all shops; NotFoundException for a caller who may see none. */
    public Long orders() {
        if (security.isCallerInRole("ADMIN") || security.isCallerInRole("SERVICE")
                || security.isCallerInRole("FINANCE")) {
            return null;
        }
        if (security.getCallerPrincipal() == null || !security.isCallerInRole("MERCHANT")) {
            throw new NotFoundException("Merchant");
        }
        return merchants.ownedBy(Long.parseLong(security.getCallerPrincipal().getName())).map(Merchant::getId)
                .orElseThrow(() -> new NotFoundException("Merchant"));
    }
}
