package org.emporium.membership.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ValidatorFactory;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.emporium.catalog.web.CallerShop;
import org.emporium.membership.LevelTerms;
import org.emporium.membership.MemberLevel;
import org.emporium.membership.Points;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;
import org.emporium.platform.web.Language;
import org.emporium.shipping.web.PageDrafts;

/**
 * 会员等级 (ADMIN): the levels with their growth thresholds and benefits, and a dialog to change one. The member rate
 * is entered as a percentage of the list price (98 = 98 %); saving regrades every member at once.
 */
@Named
@ViewScoped
public class MemberLevelsPage implements Serializable {

    @Inject
    transient Points points;

    @Inject
    transient CallerShop callerShop;

    @Inject
    transient Language language;

    @Inject
    transient ValidatorFactory validation;

    @Inject
    transient FacesContext faces;

    private List<MemberLevel> rows = List.of();

    private String editingCode;
    private String name;
    private String nameEn;
    private Long minGrowth;
    private BigDecimal percentOfPrice;
    private BigDecimal pointsMultiplier;
    private boolean freeShipping;
    private boolean priorityService;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        rows = callerShop.isAdmin() ? points.levels() : List.of();
    }

    public void startEdit(String code) {
        rows.stream().filter(l -> l.getCode().equals(code)).findFirst().ifPresent(l -> {
            editingCode = l.getCode();
            name = l.getName();
            nameEn = l.getNameEn();
            minGrowth = l.getMinGrowth();
            percentOfPrice = percentOf(l);
            pointsMultiplier = l.getPointsMultiplier();
            freeShipping = l.isFreeShipping();
            priorityService = l.isPriorityService();
        });
    }

    public void save() {
        if (!callerShop.isAdmin() || editingCode == null) {
            return; // the page guard turned everyone else away; actions check again
        }
        LevelTerms terms = new LevelTerms();
        terms.name = name;
        terms.nameEn = nameEn;
        terms.minGrowth = minGrowth;
        terms.discountRate = percentOfPrice == null ? null
                : percentOfPrice.movePointLeft(2).setScale(4, RoundingMode.HALF_UP);
        terms.pointsMultiplier = pointsMultiplier;
        terms.freeShipping = freeShipping;
        terms.priorityService = priorityService;
        if (!PageDrafts.valid(validation, faces, terms, "membership.level.field")) {
            faces.validationFailed();
            return;
        }
        try {
            points.changeLevel(editingCode, terms);
            Feedback.info("membership.level.saved");
            reload();
        } catch (BusinessRuleException e) {
            Feedback.error("membership.level.invalid", Feedback.ruleText(e), e.getMessage());
            faces.validationFailed();
        } catch (NotFoundException e) {
            reload();
            faces.validationFailed();
        }
    }

    /** 98 for a member rate of 0.9800 (100 for none). */
    public BigDecimal percentOf(MemberLevel level) {
        return level.getDiscountRate().movePointRight(2).stripTrailingZeros();
    }

    /** The member rate as the table shows it: "98", "100", "97.5". */
    public String percentText(MemberLevel level) {
        return percentOf(level).toPlainString();
    }

    public String nameOf(MemberLevel level) {
        return language.isChinese() ? level.getName() : level.getNameEn();
    }

    public List<MemberLevel> getRows() {
        return rows;
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

    public Long getMinGrowth() {
        return minGrowth;
    }

    public void setMinGrowth(Long minGrowth) {
        this.minGrowth = minGrowth;
    }

    public BigDecimal getPercentOfPrice() {
        return percentOfPrice;
    }

    public void setPercentOfPrice(BigDecimal percentOfPrice) {
        this.percentOfPrice = percentOfPrice;
    }

    public BigDecimal getPointsMultiplier() {
        return pointsMultiplier;
    }

    public void setPointsMultiplier(BigDecimal pointsMultiplier) {
        this.pointsMultiplier = pointsMultiplier;
    }

    public boolean isFreeShipping() {
        return freeShipping;
    }

    public void setFreeShipping(boolean freeShipping) {
        this.freeShipping = freeShipping;
    }

    public boolean isPriorityService() {
        return priorityService;
    }

    public void setPriorityService(boolean priorityService) {
        this.priorityService = priorityService;
    }
}
