package org.emporium.catalog.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.emporium.catalog.Brand;
import org.emporium.catalog.BrandDraft;
import org.emporium.catalog.CatalogAdmin;
import org.emporium.platform.api.RequestBodies;

/** Brands for admins (品牌管理): list, create, edit. ADMIN only. */
@Path("admin/brands")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class BrandAdminResource {

    @Inject
    CatalogAdmin admin;

    @Inject
    RequestBodies bodies;

    public record BrandView(long id, String name, String nameEn, String logoUrl) {

        static BrandView of(Brand b) {
            return new BrandView(b.getId(), b.getName(), b.getNameEn(), b.getLogoUrl());
        }
    }

    @GET
    public List<BrandView> brands() {
        return admin.brands().stream().map(BrandView::of).toList();
    }

    /** 201; 409 {@code BRAND_TAKEN} when another brand has the Chinese name. */
    @POST
    public Response create(BrandDraft draft) {
        return Response.status(Response.Status.CREATED).entity(BrandView.of(admin.createBrand(bodies.valid(draft))))
                .build();
    }

    @PUT
    @Path("{id}")
    public BrandView update(@PathParam("id") long id, BrandDraft draft) {
        return BrandView.of(admin.updateBrand(id, bodies.valid(draft)));
    }
}
