package org.emporium.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.emporium.merchant.Merchant;
import org.emporium.merchant.Merchants;
import jakarta.ws.rs.ForbiddenException;

/**
 * Whose products the caller may see and change, the one rule for the back-office pages and the API
 * (ProductAdminResource): an ADMIN every shop's, a MERCHANT its own shop's only. A caller who runs no shop is
 * refused with 403 in both: the account exists and is signed in, it lacks a shop (nothing is being hidden).
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
     * ForbiddenException (403 in the API; pages answer 403 too) when the caller runs no shop.
     */
    public Long scope() {
        if (isAdmin()) {
            return null;
        }
        if (security.getCallerPrincipal() == null || !security.isCallerInRole("MERCHANT")) {
            throw new ForbiddenException("This account runs no shop");
        }
        return merchants.ownedBy(callerId()).map(Merchant::getId)
                .orElseThrow(() -> new ForbiddenException("This account runs no shop"));
    }

    public long callerId() {
        return Long.parseLong(security.getCallerPrincipal().getName());
    }
}
