package org.emporium.shipping.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.emporium.merchant.Merchant;
import org.emporium.merchant.Merchants;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.Money;
import org.emporium.platform.api.MoneyView;
import org.emporium.platform.api.RequestBodies;
import org.emporium.shipping.FreightRule;
import org.emporium.shipping.FreightTemplate;
import org.emporium.shipping.FreightTemplateDraft;
import org.emporium.shipping.FreightTemplates;

/**
 * Freight templates (运费模板) for the back office and scripts. A MERCHANT sees and changes its own shop's templates
 * only (another shop's is "not found"); an ADMIN any shop's, naming the shop with {@code ?merchantId=} to create.
 * Bodies are {@link FreightTemplateDraft}s: fees as plain decimals in, Money objects out.
 */
@Path("admin/freight-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"MERCHANT", "ADMIN"})
public class FreightTemplateResource {

    @Inject
    FreightTemplates templates;

    @Inject
    Merchants merchants;

    @Inject
    RequestBodies bodies;

    @Context
    SecurityContext security;

    public record RuleView(String method, List<String> provinces, int firstWeightGrams, MoneyView firstFee,
                           int additionalWeightGrams, MoneyView additionalFee, boolean freeShipping) {
        static RuleView of(FreightRule r, FreightTemplate t) {
            return new RuleView(r.getMethod().code(), r.getProvinces(), r.getFirstWeightGrams(),
                    MoneyView.of(Money.of(r.getFirstFee(), t.getCurrency())), r.getAdditionalWeightGrams(),
                    MoneyView.of(Money.of(r.getAdditionalFee(), t.getCurrency())), r.isFreeShipping());
        }
    }

    public record TemplateView(long id, long merchantId, String name, String shipFromProvince, String shipFromCity,
                               String currency, MoneyView freeThreshold, boolean pickupEnabled,
                               String pickupAddress, boolean isDefault, List<RuleView> rules, Instant updatedAt) {
        public static TemplateView of(FreightTemplate t) {
            return new TemplateView(t.getId(), t.getMerchantId(), t.getName(), t.getShipFromProvince(),
                    t.getShipFromCity(), t.getCurrency().getCurrencyCode(), MoneyView.of(t.getFreeThreshold()),
                    t.isPickupEnabled(), t.getPickupAddress(), t.isDefault(),
                    t.getRules().stream().map(r -> RuleView.of(r, t)).toList(), t.getUpdatedAt());
        }
    }

    /** The caller's templates (MERCHANT), or every shop's, or one shop's with {@code ?merchantId=} (ADMIN). */
    @GET
    public List<TemplateView> list(@QueryParam("merchantId") Long merchantId) {
        Long scope = scope();
        return templates.list(scope != null ? scope : merchantId).stream().map(TemplateView::of).toList();
    }

    @GET
    @Path("{id}")
    public TemplateView get(@PathParam("id") long id) {
        return TemplateView.of(templates.owned(scope(), id));
    }

    @POST
    public Response create(FreightTemplateDraft draft, @QueryParam("merchantId") Long merchantId,
                           @Context UriInfo uri) {
        Long scope = scope();
        long shop;
        if (scope != null) {
            shop = scope;
        } else if (merchantId != null) {
            shop = merchants.get(merchantId).getId();
        } else {
            throw new BusinessRuleException("MERCHANT_REQUIRED", "An admin must say for which merchant: ?merchantId=");
        }
        FreightTemplate template = templates.create(shop, bodies.valid(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(template.getId())).build())
                .entity(TemplateView.of(template)).build();
    }

    @PUT
    @Path("{id}")
    public TemplateView update(@PathParam("id") long id, FreightTemplateDraft draft) {
        return TemplateView.of(templates.update(scope(), id, bodies.valid(draft)));
    }

    /** The caller's shop for a MERCHANT, null (all shops) for an ADMIN. */
    private Long scope() {
        if (security.isUserInRole("ADMIN")) {
            return null;
        }
        long caller = Long.parseLong(security.getUserPrincipal().getName());
        return merchants.ownedBy(caller).map(Merchant::getId)
                .orElseThrow(() -> new ForbiddenException("This account runs no shop"));
    }
}
