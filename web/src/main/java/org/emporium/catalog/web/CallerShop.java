package org.emporium.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.emporium.merchant.Merchant;
import org.emporium.merchant.Merchants;
import org.emporium.platform.NotFoundException;

/**
 * Whose products the person at a back-office page may see and change, by the API's rule (ProductAdminResource):
 * an ADMIN every shop's, a MERCHANT its own shop's only.
 */
@RequestScoped
public class CallerShop {

    @Inject
    SecurityContext security;

    @Inject
    Merchants merchants;

    public boolean isAdmin() {
        return security.isCallerInRole("ADMIN");
    }

    /**
     * The merchant id to hand to CatalogService: the caller's shop, or null for an ADMIN (all shops). Throws
     * NotFoundException when the caller runs no shop.
     */
    public Long scope() {
        if (isAdmin()) {
            return null;
        }
        if (security.getCallerPrincipal() == null || !security.isCallerInRole("MERCHANT")) {
            throw new NotFoundException("Merchant");
        }
        return merchants.ownedBy(callerId()).map(Merchant::getId).orElseThrow(() -> new NotFoundException("Merchant"));
    }

    public long callerId() {
        return Long.parseLong(security.getCallerPrincipal().getName());
    }
}
