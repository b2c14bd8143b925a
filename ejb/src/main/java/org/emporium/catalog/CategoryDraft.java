package org.emporium.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A category as the back office creates or renames it: names in both languages, address (slug) and icon. */
public class CategoryDraft {

    /** The parent's id; null for a department (top level). Used on creation only; moving is its own action. */
    public Long parentId;

    @NotBlank
    @Size(max = 64)
    public String name;

    @NotBlank
    @Size(max = 64)
    public String nameEn;

    @NotBlank
    @Size(max = 80)
    @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "{emporium.slug}")
    public String slug;

    /** A PrimeIcons name ("pi pi-mobile"), or empty for none. */
    @Size(max = 64)
    @Pattern(regexp = "^(pi pi-[a-z0-9]+(-[a-z0-9]+)*)?$", message = "{emporium.icon}")
    public String icon;

    public CategoryDraft() {
    }

    public CategoryDraft(Long parentId, String name, String nameEn, String slug, String icon) {
        this.parentId = parentId;
        this.name = name;
        this.nameEn = nameEn;
        this.slug = slug;
        this.icon = icon;
    }
}
