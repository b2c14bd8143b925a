package org.emporium.catalog.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.List;
import org.emporium.catalog.Brand;
import org.emporium.catalog.BrandDraft;
import org.emporium.catalog.CatalogAdmin;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;

/** 品牌管理 (ADMIN): the brands, and a form to create one or edit the chosen one (names, optional logo). */
@Named
@ViewScoped
public class BrandsPage implements Serializable {

    @Inject
    transient CatalogAdmin admin;

    @Inject
    transient Validator validator;

    private List<Brand> brands;
    private Long editing;
    private String name;
    private String nameEn;
    private String logoUrl;

    public List<Brand> getBrands() {
        if (brands == null) {
            brands = admin.brands();
        }
        return brands;
    }

    public void edit(long id) {
        try {
            Brand brand = admin.brand(id);
            editing = id;
            name = brand.getName();
            nameEn = brand.getNameEn();
            logoUrl = brand.getLogoUrl();
        } catch (NotFoundException e) {
            Feedback.error("admin.brands.gone");
        }
    }

    public void startNew() {
        editing = null;
        name = null;
        nameEn = null;
        logoUrl = null;
    }

    public void save() {
        BrandDraft draft = new BrandDraft(trim(name), trim(nameEn), trim(logoUrl));
        if (!Feedback.noViolations(validator.validate(draft), "admin.brands.field.")) {
            return;
        }
        try {
            if (editing == null) {
                editing = admin.createBrand(draft).getId();
                Feedback.info("admin.brands.created");
            } else {
                admin.updateBrand(editing, draft);
                Feedback.info("admin.brands.saved");
            }
            brands = null;
        } catch (BusinessRuleException e) {
            Feedback.error(e);
        } catch (NotFoundException e) {
            Feedback.error("admin.brands.gone");
        }
    }

    private static String trim(String text) {
        return text == null ? null : text.trim();
    }

    public boolean isCreating() {
        return editing == null;
    }

    public Long getEditing() {
        return editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getLogoUrl() {
        return logoUrl;
    }

    public void setLogoUrl(String logoUrl) {
        this.logoUrl = logoUrl;
    }
}
