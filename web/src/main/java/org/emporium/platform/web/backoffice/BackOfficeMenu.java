package org.emporium.platform.web.backoffice;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The back office's menu: each entry names the roles that may use it, and a person sees only those entries.
 * Later capabilities (products, orders, settlements...) add their entries here. The pages themselves check roles
 * too; hiding an entry is for clarity, not for security.
 */
@Named
@RequestScoped
public class BackOfficeMenu {

    /** One menu entry: bundle key of its label, PrimeIcons icon, page path, roles that may open it. */
    public record Entry(String labelKey, String icon, String path, Set<String> roles) {
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry("admin.menu.dashboard", "pi pi-home", "/admin/index.xhtml",
                    Set.of("MERCHANT", "ADMIN", "FINANCE", "SERVICE")),
            new Entry("admin.menu.products", "pi pi-box", "/admin/products.xhtml", Set.of("MERCHANT", "ADMIN")),
            new Entry("admin.menu.orders", "pi pi-list", "/admin/orders.xhtml",
                    Set.of("MERCHANT", "ADMIN", "SERVICE", "FINANCE")),
            new Entry("aftersales.menu", "pi pi-replay", "/admin/after-sales.xhtml",
                    Set.of("MERCHANT", "ADMIN", "SERVICE")),
            new Entry("complaint.menu", "pi pi-comments", "/admin/complaints.xhtml", Set.of("ADMIN", "SERVICE")),
            new Entry("review.menu", "pi pi-star", "/admin/reviews.xhtml", Set.of("MERCHANT", "ADMIN", "SERVICE")),
            new Entry("payments.menu", "pi pi-wallet", "/admin/payments.xhtml", Set.of("FINANCE", "ADMIN")),
            new Entry("journal.menu", "pi pi-book", "/admin/journal.xhtml", Set.of("FINANCE", "ADMIN")),
            new Entry("promotion.menu", "pi pi-percentage", "/admin/promotions.xhtml", Set.of("MERCHANT", "ADMIN")),
            new Entry("coupon.menu", "pi pi-ticket", "/admin/coupon-templates.xhtml", Set.of("MERCHANT", "ADMIN")),
            new Entry("membership.level.menu", "pi pi-id-card", "/admin/member-levels.xhtml", Set.of("ADMIN")),
            new Entry("settlement.menu", "pi pi-calculator", "/admin/settlements.xhtml",
                    Set.of("FINANCE", "ADMIN", "MERCHANT")),
            new Entry("admin.menu.messages", "pi pi-bell", "/admin/messages.xhtml",
                    Set.of("MERCHANT", "ADMIN", "FINANCE", "SERVICE")),
            new Entry("admin.menu.review", "pi pi-check-square", "/admin/review.xhtml", Set.of("ADMIN")),
            new Entry("admin.menu.freight", "pi pi-truck", "/admin/freight-templates.xhtml",
                    Set.of("MERCHANT", "ADMIN")),
            new Entry("admin.menu.taxRates", "pi pi-percentage", "/admin/tax-rates.xhtml", Set.of("ADMIN")),
            new Entry("admin.menu.categories", "pi pi-sitemap", "/admin/categories.xhtml", Set.of("ADMIN")),
            new Entry("admin.menu.brands", "pi pi-tags", "/admin/brands.xhtml", Set.of("ADMIN")),
            new Entry("admin.menu.accounts", "pi pi-users", "/admin/accounts.xhtml", Set.of("ADMIN", "SERVICE")),
            new Entry("discrepancy.menu", "pi pi-exclamation-triangle", "/admin/stock-discrepancies.xhtml",
                    Set.of("ADMIN", "FINANCE")),
            new Entry("admin.menu.batch", "pi pi-cog", "/admin/batch.xhtml", Set.of("ADMIN", "FINANCE")),
            new Entry("admin.menu.storefront", "pi pi-shopping-bag", "/index.xhtml",
                    Set.of("MERCHANT", "ADMIN", "FINANCE", "SERVICE")));

    @Inject
    SecurityContext security;

    public List<Entry> getEntries() {
        return visibleTo(security::isCallerInRole);
    }

    static List<Entry> visibleTo(Predicate<String> hasRole) {
        return ENTRIES.stream().filter(e -> e.roles().stream().anyMatch(hasRole)).toList();
    }
}
