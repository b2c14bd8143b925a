package org.emporium.catalog;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;

/**
 * The admin's side of the catalog (类目与品牌管理): the category tree (create, rename, move and reorder, hide,
 * delete while unused), brands, and each category's specification templates. Every change fires
 * {@link CatalogChanged}, so caches forget what they remembered. Callers check that the caller is an ADMIN.
 */
@Stateless
public class CatalogAdmin {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<CatalogChanged> changes;

    /** Every category, hidden ones too, in tree order within each parent. */
    public List<Category> categories() {
        return em.createNamedQuery("Category.all", Category.class).getResultList();
    }

    public Category category(long id) {
        Category category = em.find(Category.class, id);
        if (category == null) {
            throw new NotFoundException("Category");
        }
        return category;
    }

    /** A new category after its parent's last child (the demo numbers all categories in one sequence). */
    public Category createCategory(@NotNull @Valid CategoryDraft draft) {
        if (draft.parentId != null) {
            category(draft.parentId);
        }
        String slug = draft.slug.trim();
        requireFreeSlug(slug, null);
        int last = children(draft.parentId).stream().mapToInt(Category::getSortOrder).max().orElse(-1);
        Category category = new Category(draft.parentId, draft.name.trim(), draft.nameEn.trim(), slug,
                blankToNull(draft.icon), last + 1);
        em.persist(category);
        em.flush();
        changed("category");
        return category;
    }

    /** New names, address (slug) and icon; the place in the tree stays (see {@link #moveCategory}). */
    public Category updateCategory(long id, @NotNull @Valid CategoryDraft draft) {
        Category category = category(id);
        String slug = draft.slug.trim();
        requireFreeSlug(slug, id);
        category.rename(draft.name.trim(), draft.nameEn.trim(), slug, blankToNull(draft.icon));
        changed(CatalogChanged.PRODUCTS_AFFECTED); // products are found by their categories' names
        return category;
    }

    /**
     * Moves a category under another parent (null: top level) at the given position among its new siblings
     * (0 = first; beyond the end = last), and numbers the siblings of both places anew.
     */
    public Category moveCategory(long id, Long parentId, int position) {
        Category category = category(id);
        if (parentId != null) {
            category(parentId);
            for (Long at = parentId; at != null; at = em.find(Category.class, at).getParentId()) {
                if (at == id) {
                    throw new BusinessRuleException("CATEGORY_CYCLE",
                            "A category cannot be moved into itself or one of its sub-categories");
                }
            }
        }
        Long oldParent = category.getParentId();
        List<Category> siblings = new ArrayList<>(children(parentId));
        siblings.removeIf(c -> c.getId() == id);
        siblings.add(Math.max(0, Math.min(position, siblings.size())), category);
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).placeUnder(parentId, i);
        }
        if (!Objects.equals(oldParent, parentId)) {
            List<Category> left = children(oldParent).stream().filter(c -> c.getId() != id).toList();
            for (int i = 0; i < left.size(); i++) {
                left.get(i).placeUnder(oldParent, i);
            }
            changed(CatalogChanged.PRODUCTS_AFFECTED); // products are filtered by their categories' ancestors
        } else {
            changed("category");
        }
        return category;
    }

    /** Hides a category from the storefront's navigation (its products stay searchable), or shows it again. */
    public Category setHidden(long id, boolean hidden) {
        Category category = category(id);
        category.setHidden(hidden);
        changed("category");
        return category;
    }

    /** Deletes an empty category; refused while products or sub-categories still use it. */
    public void deleteCategory(long id) {
        Category category = category(id);
        long products = em.createQuery("SELECT COUNT(p) FROM Product p WHERE p.categoryId = :c", Long.class)
                .setParameter("c", id).getSingleResult();
        if (products > 0) {
            throw new BusinessRuleException("CATEGORY_IN_USE",
                    "The category still has " + products + " product(s); move them to another category first");
        }
        if (!children(id).isEmpty()) {
            throw new BusinessRuleException("CATEGORY_HAS_CHILDREN",
                    "The category still has sub-categories; move or delete them first");
        }
        em.createQuery("DELETE FROM SpecTemplate t WHERE t.categoryId = :c").setParameter("c", id).executeUpdate();
        em.remove(category);
        changed("category");
    }

    public List<Brand> brands() {
        return em.createNamedQuery("Brand.all", Brand.class).getResultList();
    }

    public Brand brand(long id) {
        Brand brand = em.find(Brand.class, id);
        if (brand == null) {
            throw new NotFoundException("Brand");
        }
        return brand;
    }

    public Brand createBrand(@NotNull @Valid BrandDraft draft) {
        requireFreeBrandName(draft.name.trim(), null);
        Brand brand = new Brand(draft.name.trim(), draft.nameEn.trim());
        brand.edit(draft.name.trim(), draft.nameEn.trim(), blankToNull(draft.logoUrl));
        em.persist(brand);
        em.flush();
        changed("brand");
        return brand;
    }

    public Brand updateBrand(long id, @NotNull @Valid BrandDraft draft) {
        Brand brand = brand(id);
        requireFreeBrandName(draft.name.trim(), id);
        brand.edit(draft.name.trim(), draft.nameEn.trim(), blankToNull(draft.logoUrl));
        changed("brand");
        return brand;
    }

    /** The category's own specification templates (none inherited), in order. */
    public List<SpecTemplate> specTemplates(long categoryId) {
        category(categoryId);
        return em.createNamedQuery("SpecTemplate.ofCategory", SpecTemplate.class)
                .setParameter("category", categoryId).getResultList();
    }

    /** Replaces the category's specification templates with the given ones (an empty list removes them all). */
    public List<SpecTemplate> saveSpecTemplates(long categoryId,
                                                @NotNull List<ProductDraft.@NotNull @Valid SpecDraft> specs) {
        category(categoryId);
        if (specs.size() > 10) {
            throw new BusinessRuleException("INVALID_TEMPLATE", "A category has at most 10 specification templates");
        }
        Set<String> names = new HashSet<>();
        for (ProductDraft.SpecDraft spec : specs) {
            if (!names.add(spec.name.trim())) {
                throw new BusinessRuleException("INVALID_TEMPLATE", "Specification " + spec.name + " is listed twice");
            }
            List<String> options = spec.options.stream().map(String::trim).toList();
            if (new HashSet<>(options).size() != options.size()) {
                throw new BusinessRuleException("INVALID_TEMPLATE", "Specification " + spec.name
                        + " repeats an option");
            }
        }
        em.createQuery("DELETE FROM SpecTemplate t WHERE t.categoryId = :c").setParameter("c", categoryId)
                .executeUpdate();
        List<SpecTemplate> saved = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ProductDraft.SpecDraft spec = specs.get(i);
            SpecTemplate template = new SpecTemplate(categoryId, i, spec.name.trim(),
                    spec.options.stream().map(String::trim).toList());
            em.persist(template);
            saved.add(template);
        }
        changed("template");
        return saved;
    }

    private List<Category> children(Long parentId) {
        return categories().stream().filter(c -> Objects.equals(c.getParentId(), parentId)).toList();
    }

    private void requireFreeSlug(String slug, Long self) {
        for (Category other : em.createNamedQuery("Category.bySlug", Category.class).setParameter("slug", slug)
                .getResultList()) {
            if (!other.getId().equals(self)) {
                throw new BusinessRuleException("CATEGORY_SLUG_TAKEN",
                        "Another category already uses the address " + slug);
            }
        }
    }

    private void requireFreeBrandName(String name, Long self) {
        for (Brand other : em.createNamedQuery("Brand.byName", Brand.class).setParameter("name", name)
                .getResultList()) {
            if (!other.getId().equals(self)) {
                throw new BusinessRuleException("BRAND_TAKEN", "There is already a brand named " + name);
            }
        }
    }

    private void changed(String what) {
        changes.fire(new CatalogChanged(what));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
