package org.emporium.promotion.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ValidatorFactory;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.emporium.account.Account;
import org.emporium.account.AccountService;
import org.emporium.catalog.web.CallerShop;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;
import org.emporium.platform.web.Language;
import org.emporium.platform.web.ShopTime;
import org.emporium.promotion.CouponIssuance;
import org.emporium.promotion.CouponTemplate;
import org.emporium.promotion.CouponTemplateDraft;
import org.emporium.promotion.Coupons;
import org.emporium.shipping.web.PageDrafts;

/**
 * 优惠券管理 (MERCHANT its shop's, ADMIN the platform's or any shop's): the templates with their statistics
 * (issued, used, discount given), a dialog to make one (an amount off with an optional minimum, a percentage with a
 * cap, or free shipping; claimed in the coupon centre, handed out, given to new members, given for a spend, or
 * exchanged for points), and handing coupons to members by email.
 */
@Named
@ViewScoped
public class CouponTemplatesPage implements Serializable {

    @Inject
    transient Coupons coupons;

    @Inject
    transient AccountService accounts;

    @Inject
    transient CallerShop callerShop;

    @Inject
    transient Language language;

    @Inject
    transient ShopTime shopTime;

    @Inject
    transient ValidatorFactory validation;

    @Inject
    transient FacesContext faces;

    private List<CouponTemplate> rows = List.of();
    private Map<Long, Coupons.Driven> driven = Map.of();

    private String name;
    private String nameEn;
    private boolean freeShipping;
    private boolean percentage;
    private BigDecimal amountOff;
    private BigDecimal percentOfPrice;
    private BigDecimal cap;
    private BigDecimal minimum;
    private CouponIssuance issuance = CouponIssuance.CLAIM;
    private BigDecimal spendThreshold;
    private Integer pointsPrice;
    private Integer quantity;
    private int perMember = 1;
    private Integer validDays = 30;
    private LocalDateTime issueFrom;
    private LocalDateTime issueTo;

    private Long handingOut;
    private String emails;

    @PostConstruct
    void init() {
        reload();
        startNew();
    }

    private void reload() {
        rows = coupons.templates(callerShop.scope());
        driven = coupons.driven(rows.stream().map(CouponTemplate::getId).toList());
    }

    public void startNew() {
        name = null;
        nameEn = null;
        freeShipping = false;
        percentage = false;
        amountOff = null;
        percentOfPrice = null;
        cap = null;
        minimum = null;
        issuance = CouponIssuance.CLAIM;
        spendThreshold = null;
        pointsPrice = null;
        quantity = null;
        perMember = 1;
        validDays = 30;
        LocalDateTime now = LocalDateTime.now(shopTime.zone()).withSecond(0).withNano(0);
        issueFrom = now;
        issueTo = now.plusDays(30);
    }

    public void save() {
        CouponTemplateDraft draft = new CouponTemplateDraft();
        draft.name = name;
        draft.nameEn = nameEn;
        // what a hidden field still holds from before the shopper switched kind or issuance is not sent
        if (freeShipping) {
            draft.freeShipping = true;
        } else if (percentage) {
            draft.rate = percentOfPrice == null ? null : percentOfPrice.movePointLeft(2).stripTrailingZeros();
            draft.cap = cap;
        } else {
            draft.amountOff = amountOff;
        }
        draft.minimum = minimum;
        draft.issuance = issuance;
        draft.spendThreshold = issuance == CouponIssuance.SPEND ? spendThreshold : null;
        draft.pointsPrice = issuance == CouponIssuance.POINTS ? pointsPrice : null;
        if (!complete(draft)) {
            faces.validationFailed();
            return;
        }
        draft.quantity = quantity;
        draft.perMember = perMember;
        draft.validDays = validDays;
        draft.issueFrom = issueFrom == null ? null : issueFrom.atZone(shopTime.zone()).toInstant();
        draft.issueTo = issueTo == null ? null : issueTo.atZone(shopTime.zone()).toInstant();
        if (!PageDrafts.valid(validation, faces, draft, "coupon.field")) {
            faces.validationFailed();
            return;
        }
        try {
            coupons.create(callerShop.scope(), callerShop.callerId(), draft);
            Feedback.info("coupon.template.created");
            reload();
        } catch (BusinessRuleException e) {
            Feedback.error(e);
            faces.validationFailed();
        }
    }

    /** The fields the chosen kind and issuance need, named, before the domain refuses them in its own words. */
    private boolean complete(CouponTemplateDraft draft) {
        boolean complete = true;
        if (!freeShipping && !percentage && draft.amountOff == null) {
            Feedback.error("coupon.required", Feedback.text("coupon.field.amountOff"));
            complete = false;
        }
        if (!freeShipping && percentage && draft.rate == null) {
            Feedback.error("coupon.required", Feedback.text("promotion.field.rate"));
            complete = false;
        }
        if (issuance == CouponIssuance.SPEND && draft.spendThreshold == null) {
            Feedback.error("coupon.required", Feedback.text("coupon.field.spendThreshold"));
            complete = false;
        }
        if (issuance == CouponIssuance.POINTS && draft.pointsPrice == null) {
            Feedback.error("coupon.required", Feedback.text("coupon.field.pointsPrice"));
            complete = false;
        }
        return complete;
    }

    public void startHandOut(long templateId) {
        handingOut = templateId;
        emails = null;
    }

    /** Hands one coupon to each member named by email or mobile (one a line or separated by commas). */
    public void handOut() {
        List<Long> members = new ArrayList<>();
        for (String login : Arrays.stream((emails == null ? "" : emails).split("[,，;\\s]+"))
                .filter(s -> !s.isBlank()).toList()) {
            Optional<Account> account = accounts.findByLogin(login.strip());
            if (account.isEmpty()) {
                Feedback.error("coupon.handOut.unknown", login);
                faces.validationFailed();
                return;
            }
            members.add(account.get().getId());
        }
        try {
            int given = coupons.handOut(callerShop.scope(), handingOut, members).size();
            Feedback.info("coupon.handOut.done", given);
            reload();
        } catch (BusinessRuleException e) {
            Feedback.error(e);
            faces.validationFailed();
        } catch (NotFoundException e) {
            Feedback.error("coupon.gone");
            faces.validationFailed();
        }
    }

    public String name(CouponTemplate t) {
        return language.isChinese() ? t.getName() : t.getNameEn();
    }

    public String terms(CouponTemplate t) {
        return PromotionTerms.of(t);
    }

    /** 领券中心 · 定向发放 · 注册送券 · 消费满额赠送 (with its threshold) · 积分兑换 (with its price). */
    public String issuance(CouponTemplate t) {
        return PromotionTerms.issuance(t);
    }

    public List<SelectItem> getIssuanceChoices() {
        return Stream.of(CouponIssuance.CLAIM, CouponIssuance.MANUAL, CouponIssuance.REGISTRATION,
                        CouponIssuance.SPEND, CouponIssuance.POINTS)
                .map(i -> new SelectItem(i, Feedback.text("coupon.issuance." + i.name()))).toList();
    }

    public List<CouponTemplate> getRows() {
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

    public boolean isFreeShipping() {
        return freeShipping;
    }

    public void setFreeShipping(boolean freeShipping) {
        this.freeShipping = freeShipping;
    }

    public BigDecimal getSpendThreshold() {
        return spendThreshold;
    }

    public void setSpendThreshold(BigDecimal spendThreshold) {
        this.spendThreshold = spendThreshold;
    }

    public Integer getPointsPrice() {
        return pointsPrice;
    }

    public void setPointsPrice(Integer pointsPrice) {
        this.pointsPrice = pointsPrice;
    }

    public boolean isPercentage() {
        return percentage;
    }

    public void setPercentage(boolean percentage) {
        this.percentage = percentage;
    }

    public BigDecimal getAmountOff() {
        return amountOff;
    }

    public void setAmountOff(BigDecimal amountOff) {
        this.amountOff = amountOff;
    }

    public BigDecimal getPercentOfPrice() {
        return percentOfPrice;
    }

    public void setPercentOfPrice(BigDecimal percentOfPrice) {
        this.percentOfPrice = percentOfPrice;
    }

    public BigDecimal getCap() {
        return cap;
    }

    public void setCap(BigDecimal cap) {
        this.cap = cap;
    }

    public BigDecimal getMinimum() {
        return minimum;
    }

    public void setMinimum(BigDecimal minimum) {
        this.minimum = minimum;
    }

    public CouponIssuance getIssuance() {
        return issuance;
    }

    public void setIssuance(CouponIssuance issuance) {
        this.issuance = issuance;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public int getPerMember() {
        return perMember;
    }

    public void setPerMember(int perMember) {
        this.perMember = perMember;
    }

    public Integer getValidDays() {
        return validDays;
    }

    public void setValidDays(Integer validDays) {
        this.validDays = validDays;
    }

    public LocalDateTime getIssueFrom() {
        return issueFrom;
    }

    public void setIssueFrom(LocalDateTime issueFrom) {
        this.issueFrom = issueFrom;
    }

    public LocalDateTime getIssueTo() {
        return issueTo;
    }

    public void setIssueTo(LocalDateTime issueTo) {
        this.issueTo = issueTo;
    }

    public String getEmails() {
        return emails;
    }

    public void setEmails(String emails) {
        this.emails = emails;
    }

    /** The orders a template's coupons drove, and what they cost. */
    public Coupons.Driven driven(CouponTemplate template) {
        return driven.getOrDefault(template.getId(), Coupons.Driven.NONE);
    }
}
