package org.emporium.tax.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.emporium.platform.api.RequestBodies;
import org.emporium.tax.TaxRate;
import org.emporium.tax.TaxRateDraft;
import org.emporium.tax.TaxRates;

/**
 * Tax rates (税率), ADMIN only. A rate is a fraction ({@code 0.0910} is 9.1%), written as a string with four
 * decimals; the most specific rate for a destination and category applies at checkout.
 */
@Path("admin/tax-rates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class TaxRateResource {

    @Inject
    TaxRates taxRates;

    @Inject
    RequestBodies bodies;

    public record TaxRateView(long id, String country, String province, Long categoryId, String rate, String label,
                              String labelEn, Instant updatedAt) {
        public static TaxRateView of(TaxRate r) {
            return new TaxRateView(r.getId(), r.getCountry(), r.getProvince(), r.getCategoryId(),
                    r.getRate().setScale(4).toPlainString(), r.getLabel(), r.getLabelEn(), r.getUpdatedAt());
        }
    }

    @GET
    public List<TaxRateView> list() {
        return taxRates.all().stream().map(TaxRateView::of).toList();
    }

    @GET
    @Path("{id}")
    public TaxRateView get(@PathParam("id") long id) {
        return TaxRateView.of(taxRates.get(id));
    }

    @POST
    public Response create(TaxRateDraft draft, @Context UriInfo uri) {
        TaxRate rate = taxRates.create(bodies.valid(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(rate.getId())).build())
                .entity(TaxRateView.of(rate)).build();
    }

    @PUT
    @Path("{id}")
    public TaxRateView update(@PathParam("id") long id, TaxRateDraft draft) {
        return TaxRateView.of(taxRates.update(id, bodies.valid(draft)));
    }
}
