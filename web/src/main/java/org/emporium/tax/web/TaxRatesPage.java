package org.emporium.tax.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ValidatorFactory;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.emporium.catalog.Catalog;
import org.emporium.catalog.Category;
import org.emporium.catalog.web.CallerShop;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;
import org.emporium.platform.web.Language;
import org.emporium.shipping.web.PageDrafts;
import org.emporium.tax.TaxRate;
import org.emporium.tax.TaxRateDraft;
import org.emporium.tax.TaxRates;

/**
 * 税率 (ADMIN): the tax rates in a table and a dialog to add or change one. Rates are entered as percentages
 * (9.1) and stored as fractions (0.0910).
 */
@Named
@ViewScoped
public class TaxRatesPage implements Serializable {

    @Inject
    transient TaxRates taxRates;

    @Inject
    transient Catalog catalog;

    @Inject
    transient CallerShop callerShop;

    @Inject
    transient Language language;

    @Inject
    transient ValidatorFactory validation;

    @Inject
    transient FacesContext faces;

    private List<TaxRate> rows = List.of();
    private Map<Long, Category> categories = Map.of();

    private Long editingId;
    private String country;
    private String province;
    private Long categoryId;
    private BigDecimal percent;
    private String label;
    private String labelEn;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        rows = callerShop.isAdmin() ? taxRates.all() : List.of();
        categories = catalog.categoriesById();
    }

    public void startNew() {
        editingId = null;
        country = "CN";
        province = null;
        categoryId = null;
        percent = null;
        label = null;
        labelEn = null;
    }

    public void startEdit(long id) {
        if (!callerShop.isAdmin()) {
            return;
        }
        try {
            TaxRate r = taxRates.get(id);
            editingId = r.getId();
            country = r.getCountry();
            province = r.getProvince();
            categoryId = r.getCategoryId();
            percent = percentOf(r);
            label = r.getLabel();
            labelEn = r.getLabelEn();
        } catch (NotFoundException e) {
            Feedback.error("admin.tax.gone");
            faces.validationFailed();
        }
    }

    public void save() {
        if (!callerShop.isAdmin()) {
            return; // the page guard turned everyone else away; actions check again
        }
        TaxRateDraft draft = new TaxRateDraft();
        draft.country = country;
        draft.province = province;
        draft.categoryId = categoryId;
        draft.rate = percent == null ? null : percent.movePointLeft(2).setScale(4, RoundingMode.UNNECESSARY);
        draft.label = label;
        draft.labelEn = labelEn;
        if (!PageDrafts.valid(validation, faces, draft, "admin.tax.field")) {
            faces.validationFailed();
            return;
        }
        try {
            if (editingId == null) {
                taxRates.create(draft);
                Feedback.info("admin.tax.created");
            } else {
                taxRates.update(editingId, draft);
                Feedback.info("admin.tax.saved");
            }
            reload();
        } catch (BusinessRuleException e) {
            Feedback.error(e);
            faces.validationFailed();
        } catch (NotFoundException e) {
            Feedback.error("admin.tax.gone");
            faces.validationFailed();
        }
    }

    /** 9.10 for 0.0910. */
    public BigDecimal percentOf(TaxRate r) {
        return r.getRate().movePointRight(2).setScale(2, RoundingMode.UNNECESSARY);
    }

    public String categoryName(Long id) {
        if (id == null) {
            return Feedback.text("admin.tax.allCategories");
        }
        Category c = categories.get(id);
        return c == null ? String.valueOf(id) : language.isChinese() ? c.getName() : c.getNameEn();
    }

    public String labelOf(TaxRate r) {
        return language.isChinese() ? r.getLabel() : r.getLabelEn();
    }

    public List<SelectItem> getCategoryChoices() {
        boolean zh = language.isChinese();
        return categories.values().stream().filter(c -> c.getParentId() != null)
                .sorted(java.util.Comparator.comparingInt(Category::getSortOrder))
                .map(c -> new SelectItem(c.getId(), zh ? c.getName() : c.getNameEn())).toList();
    }

    public List<TaxRate> getRows() {
        return rows;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public void setPercent(BigDecimal percent) {
        this.percent = percent;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }
}
