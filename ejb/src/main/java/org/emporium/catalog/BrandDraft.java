package org.emporium.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A brand as the back office creates or edits it. */
public class BrandDraft {

    @NotBlank
    @Size(max = 64)
    public String name;

    @NotBlank
    @Size(max = 64)
    public String nameEn;

    /** Optional logo address: an uploaded file under /media/ or an outside https:// address. */
    @Size(max = 300)
    @Pattern(regexp = "^((https?://|/)[^\\s\"'<>]+)?$", message = "{emporium.logo}")
    public String logoUrl;

    public BrandDraft() {
    }

    public BrandDraft(String name, String nameEn, String logoUrl) {
        this.name = name;
        this.nameEn = nameEn;
        this.logoUrl = logoUrl;
    }
}
