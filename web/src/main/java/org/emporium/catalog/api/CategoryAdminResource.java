package org.emporium.catalog.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.emporium.catalog.CatalogAdmin;
import org.emporium.catalog.Category;
import org.emporium.catalog.CategoryDraft;
import org.emporium.catalog.ProductDraft;
import org.emporium.platform.api.RequestBodies;

/** The category tree for admins (类目管理): every category, hidden ones too, and the changes to it. ADMIN only. */
@Path("admin/categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class CategoryAdminResource {

    @Inject
    CatalogAdmin admin;

    @Inject
    RequestBodies bodies;

    public record AdminCategoryNode(long id, Long parentId, String name, String nameEn, String slug, String icon,
                                    boolean hidden, int sortOrder, List<AdminCategoryNode> children) {
    }

    /**
     * {@code {"parentId": 3, "position": 0}}: under category 3, first; a null parentId moves to the top level.
     * (Request bodies are classes with fields, not records: Payara's OpenAPI generator fails on constraints on
     * record components.)
     */
    public static class Move {
        public Long parentId;

        @NotNull
        public Integer position;
    }

    /** The category's specification templates, e.g. {@code {"specs":[{"name":"颜色","options":["黑","白"]}]}}. */
    public static class Templates {
        @NotNull
        @Size(max = 10)
        public List<ProductDraft.@NotNull @Valid SpecDraft> specs;
    }

    @GET
    public List<AdminCategoryNode> tree() {
        return children(null, admin.categories());
    }

    @POST
    public Response create(CategoryDraft draft) {
        Category created = admin.createCategory(bodies.valid(draft));
        return Response.status(Response.Status.CREATED).entity(node(created, List.of())).build();
    }

    @PUT
    @Path("{id}")
    public AdminCategoryNode update(@PathParam("id") long id, CategoryDraft draft) {
        return node(admin.updateCategory(id, bodies.valid(draft)), List.of());
    }

    @POST
    @Path("{id}/move")
    public AdminCategoryNode move(@PathParam("id") long id, Move move) {
        Move valid = bodies.valid(move);
        return node(admin.moveCategory(id, valid.parentId, valid.position), List.of());
    }

    @POST
    @Path("{id}/hide")
    public AdminCategoryNode hide(@PathParam("id") long id) {
        return node(admin.setHidden(id, true), List.of());
    }

    @POST
    @Path("{id}/show")
    public AdminCategoryNode show(@PathParam("id") long id) {
        return node(admin.setHidden(id, false), List.of());
    }

    /** 204; 409 {@code CATEGORY_IN_USE} while products use it, {@code CATEGORY_HAS_CHILDREN} with sub-categories. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        admin.deleteCategory(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/spec-templates")
    public List<CatalogResource.SpecTemplateView> templates(@PathParam("id") long id) {
        return admin.specTemplates(id).stream().map(CatalogResource.SpecTemplateView::of).toList();
    }

    @PUT
    @Path("{id}/spec-templates")
    public List<CatalogResource.SpecTemplateView> saveTemplates(@PathParam("id") long id, Templates templates) {
        return admin.saveSpecTemplates(id, bodies.valid(templates).specs).stream()
                .map(CatalogResource.SpecTemplateView::of).toList();
    }

    private static List<AdminCategoryNode> children(Long parentId, List<Category> all) {
        List<AdminCategoryNode> nodes = new ArrayList<>();
        for (Category c : all) {
            if (Objects.equals(c.getParentId(), parentId)) {
                nodes.add(node(c, children(c.getId(), all)));
            }
        }
        return nodes;
    }

    private static AdminCategoryNode node(Category c, List<AdminCategoryNode> children) {
        return new AdminCategoryNode(c.getId(), c.getParentId(), c.getName(), c.getNameEn(), c.getSlug(),
                c.getIcon(), c.isHidden(), c.getSortOrder(), children);
    }
}
