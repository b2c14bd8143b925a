package org.emporium.shipping.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ValidatorFactory;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.emporium.catalog.web.CallerShop;
import org.emporium.merchant.Merchant;
import org.emporium.merchant.Merchants;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;
import org.emporium.platform.web.Language;
import org.emporium.shipping.FreightRule;
import org.emporium.shipping.FreightTemplate;
import org.emporium.shipping.FreightTemplateDraft;
import org.emporium.shipping.FreightTemplates;
import org.emporium.shipping.Provinces;
import org.emporium.shipping.ShippingMethod;

/**
 * 运费模板 (MERCHANT: its own shop's; ADMIN: every shop's): the templates in a table, and one dialog to create or
 * edit a template with its rules. The form fills a {@link FreightTemplateDraft}, checked with Bean Validation in
 * the page's language, then saved by {@link FreightTemplates} in one transaction.
 */
@Named
@ViewScoped
public class FreightTemplatesPage implements Serializable {

    @Inject
    transient FreightTemplates templates;

    @Inject
    transient Merchants merchants;

    @Inject
    transient CallerShop callerShop;

    @Inject
    transient Language language;

    @Inject
    transient ValidatorFactory validation;

    @Inject
    transient FacesContext faces;

    private boolean admin;
    private Long scope;
    private List<FreightTemplate> rows = List.of();
    private final Map<Long, String> shopNames = new HashMap<>();

    /** The template in the dialog: null id for a new one. */
    private Long editingId;
    private Long merchantId;
    private String name;
    private String shipFromProvince;
    private String shipFromCity;
    private BigDecimal freeThreshold;
    private boolean pickupEnabled;
    private String pickupAddress;
    private boolean isDefault;
    private List<RuleRow> rules = new ArrayList<>();

    /** One editable rule of the dialog. */
    public static class RuleRow implements Serializable {
        private String method = ShippingMethod.STANDARD.code();
        private List<String> provinces = new ArrayList<>();
        private Integer firstWeightGrams = 1000;
        private BigDecimal firstFee;
        private Integer additionalWeightGrams = 500;
        private BigDecimal additionalFee;
        private boolean freeShipping = true;

        FreightTemplateDraft.RuleDraft draft() {
            FreightTemplateDraft.RuleDraft d = new FreightTemplateDraft.RuleDraft();
            d.method = method;
            d.provinces = provinces == null ? new ArrayList<>() : new ArrayList<>(provinces);
            d.firstWeightGrams = firstWeightGrams == null ? 0 : firstWeightGrams;
            d.firstFee = firstFee;
            d.additionalWeightGrams = additionalWeightGrams == null ? 0 : additionalWeightGrams;
            d.additionalFee = additionalFee;
            d.freeShipping = freeShipping;
            return d;
        }

        static RuleRow of(FreightRule r) {
            RuleRow row = new RuleRow();
            row.method = r.getMethod().code();
            row.provinces = new ArrayList<>(r.getProvinces());
            row.firstWeightGrams = r.getFirstWeightGrams();
            row.firstFee = r.getFirstFee();
            row.additionalWeightGrams = r.getAdditionalWeightGrams();
            row.additionalFee = r.getAdditionalFee();
            row.freeShipping = r.isFreeShipping();
            return row;
        }

        public String getMethod() {
            return method;
        }

        public void setMethod(String method) {
            this.method = method;
        }

        public List<String> getProvinces() {
            return provinces;
        }

        public void setProvinces(List<String> provinces) {
            this.provinces = provinces;
        }

        public Integer getFirstWeightGrams() {
            return firstWeightGrams;
        }

        public void setFirstWeightGrams(Integer firstWeightGrams) {
            this.firstWeightGrams = firstWeightGrams;
        }

        public BigDecimal getFirstFee() {
            return firstFee;
        }

        public void setFirstFee(BigDecimal firstFee) {
            this.firstFee = firstFee;
        }

        public Integer getAdditionalWeightGrams() {
            return additionalWeightGrams;
        }

        public void setAdditionalWeightGrams(Integer additionalWeightGrams) {
            this.additionalWeightGrams = additionalWeightGrams;
        }

        public BigDecimal getAdditionalFee() {
            return additionalFee;
        }

        public void setAdditionalFee(BigDecimal additionalFee) {
            this.additionalFee = additionalFee;
        }

        public boolean isFreeShipping() {
            return freeShipping;
        }

        public void setFreeShipping(boolean freeShipping) {
            this.freeShipping = freeShipping;
        }
    }

    @PostConstruct
    void init() {
        admin = callerShop.isAdmin();
        try {
            scope = callerShop.scope();
        } catch (NotFoundException e) {
            scope = -1L; // a merchant account without a shop sees nothing (the page guard lets only staff in)
        }
        reload();
    }

    private void reload() {
        rows = scope != null && scope < 0 ? List.of() : templates.list(scope);
    }

    /** Opens the dialog on an empty template with the usual rules to start from. */
    public void startNew() {
        editingId = null;
        merchantId = null;
        name = null;
        shipFromProvince = null;
        shipFromCity = null;
        freeThreshold = null;
        pickupEnabled = false;
        pickupAddress = null;
        isDefault = rows.stream().noneMatch(t -> t.isDefault() && (admin || t.getMerchantId().equals(scope)));
        rules = new ArrayList<>();
        RuleRow standard = new RuleRow();
        standard.firstFee = new BigDecimal("8.00");
        standard.additionalFee = new BigDecimal("2.00");
        rules.add(standard);
    }

    /** Opens the dialog on a stored template. */
    public void startEdit(long id) {
        try {
            FreightTemplate t = templates.owned(scope, id);
            editingId = t.getId();
            merchantId = t.getMerchantId();
            name = t.getName();
            shipFromProvince = t.getShipFromProvince();
            shipFromCity = t.getShipFromCity();
            freeThreshold = t.getFreeThreshold() == null ? null : t.getFreeThreshold().amount();
            pickupEnabled = t.isPickupEnabled();
            pickupAddress = t.getPickupAddress();
            isDefault = t.isDefault();
            rules = t.getRules().stream().map(RuleRow::of).collect(Collectors.toCollection(ArrayList::new));
        } catch (NotFoundException e) {
            Feedback.error("admin.freight.gone");
            faces.validationFailed();
        }
    }

    public void addRule() {
        RuleRow row = new RuleRow();
        row.freeShipping = false;
        rules.add(row);
    }

    public void removeRule(int index) {
        if (index >= 0 && index < rules.size()) {
            rules.remove(index);
        }
    }

    FreightTemplateDraft draft() {
        FreightTemplateDraft d = new FreightTemplateDraft();
        d.name = name;
        d.shipFromProvince = shipFromProvince;
        d.shipFromCity = shipFromCity;
        d.freeThreshold = freeThreshold;
        d.pickupEnabled = pickupEnabled;
        d.pickupAddress = pickupAddress;
        d.isDefault = isDefault;
        d.rules = rules.stream().map(RuleRow::draft).collect(Collectors.toCollection(ArrayList::new));
        return d;
    }

    /** Checks and saves the dialog; on any problem the dialog stays open with the problems shown. */
    public void save() {
        FreightTemplateDraft draft = draft();
        if (!PageDrafts.valid(validation, faces, draft, "admin.freight.field")) {
            faces.validationFailed();
            return;
        }
        try {
            if (editingId != null) {
                templates.update(scope, editingId, draft);
                Feedback.info("admin.freight.saved", draft.name);
            } else {
                long shop;
                if (scope != null) {
                    shop = scope;
                } else if (merchantId != null) {
                    shop = merchants.get(merchantId).getId();
                } else {
                    Feedback.error("admin.freight.chooseShop");
                    faces.validationFailed();
                    return;
                }
                templates.create(shop, draft);
                Feedback.info("admin.freight.created", draft.name);
            }
            reload();
        } catch (BusinessRuleException e) {
            Feedback.error(e);
            faces.validationFailed();
        } catch (NotFoundException e) {
            Feedback.error("admin.freight.gone");
            faces.validationFailed();
        }
    }

    /** "普通快递, 加急快递, 同城配送, 到店自提": the methods a template offers somewhere. */
    public String methodsOf(FreightTemplate t) {
        List<String> offered = new ArrayList<>();
        for (ShippingMethod m : ShippingMethod.values()) {
            boolean on = m == ShippingMethod.PICKUP ? t.isPickupEnabled()
                    : t.getRules().stream().anyMatch(r -> r.getMethod() == m);
            if (on) {
                offered.add(Feedback.text("shipping.method." + m.code()));
            }
        }
        return String.join(language.isChinese() ? "、" : ", ", offered);
    }

    public String shopName(Long id) {
        if (shopNames.isEmpty()) {
            for (Merchant m : merchants.all()) {
                shopNames.put(m.getId(), language.isChinese() || m.getNameEn() == null ? m.getName() : m.getNameEn());
            }
        }
        return shopNames.getOrDefault(id, String.valueOf(id));
    }

    public List<SelectItem> getMethodChoices() {
        return Arrays.stream(ShippingMethod.values()).filter(m -> m != ShippingMethod.PICKUP)
                .map(m -> new SelectItem(m.code(), Feedback.text("shipping.method." + m.code()))).toList();
    }

    public List<String> getProvinceChoices() {
        return Provinces.ALL;
    }

    public List<SelectItem> getMerchantChoices() {
        return merchants.all().stream().map(m -> new SelectItem(m.getId(),
                language.isChinese() || m.getNameEn() == null ? m.getName() : m.getNameEn())).toList();
    }

    public boolean isAdmin() {
        return admin;
    }

    public List<FreightTemplate> getRows() {
        return rows;
    }

    public boolean isEditingNew() {
        return editingId == null;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public void setMerchantId(Long merchantId) {
        this.merchantId = merchantId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShipFromProvince() {
        return shipFromProvince;
    }

    public void setShipFromProvince(String shipFromProvince) {
        this.shipFromProvince = shipFromProvince;
    }

    public String getShipFromCity() {
        return shipFromCity;
    }

    public void setShipFromCity(String shipFromCity) {
        this.shipFromCity = shipFromCity;
    }

    public BigDecimal getFreeThreshold() {
        return freeThreshold;
    }

    public void setFreeThreshold(BigDecimal freeThreshold) {
        this.freeThreshold = freeThreshold;
    }

    public boolean isPickupEnabled() {
        return pickupEnabled;
    }

    public void setPickupEnabled(boolean pickupEnabled) {
        this.pickupEnabled = pickupEnabled;
    }

    public String getPickupAddress() {
        return pickupAddress;
    }

    public void setPickupAddress(String pickupAddress) {
        this.pickupAddress = pickupAddress;
    }

    public boolean isDefaultTemplate() {
        return isDefault;
    }

    public void setDefaultTemplate(boolean value) {
        this.isDefault = value;
    }

    public List<RuleRow> getRules() {
        return rules;
    }
}
