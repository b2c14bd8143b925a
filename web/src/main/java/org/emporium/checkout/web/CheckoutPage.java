package org.emporium.checkout.web;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.emporium.account.Address;
import org.emporium.account.AddressBook;
import org.emporium.account.AddressDetails;
import org.emporium.account.web.AddressForm;
import org.emporium.account.web.CurrentUser;
import org.emporium.cart.CartItem;
import org.emporium.cart.CartKey;
import org.emporium.cart.CartService;
import org.emporium.cart.CartView;
import org.emporium.catalog.Catalog;
import org.emporium.catalog.Product;
import org.emporium.checkout.Checkout;
import org.emporium.checkout.CheckoutRequest;
import org.emporium.membership.MemberLevel;
import org.emporium.membership.Points;
import org.emporium.membership.PointsRules;
import org.emporium.promotion.Coupons;
import org.emporium.promotion.PromotionKind;
import org.emporium.promotion.web.PromotionTerms;
import org.emporium.checkout.PlacedOrders;
import org.emporium.checkout.Quote;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;
import org.emporium.platform.web.Language;
import org.emporium.shipping.Destination;
import org.emporium.shipping.ShippingMethod;
import org.emporium.shipping.ShippingRates;

/**
 * 结算: what is bought (the cart's selected lines, or one item bought directly), where to (a saved address or a
 * new one), how shipped (only methods every shop involved can use there), the priced quote recomputed on every
 * change, how to pay, the terms, and placing the orders once — the idempotency key is made when the page is
 * rendered and kept in the view, so a double click or a repeated submit places one set of orders.
 */
@Named
@ViewScoped
public class CheckoutPage implements Serializable {

    /** Payment methods offered (sandboxes until payments arrive) — codes as CheckoutRequest takes them. */
    static final List<String> PAYMENT_METHODS = List.of("sandbox-alipay", "sandbox-wechat", "sandbox-card", "cod");

    @Inject
    transient Checkout checkout;

    @Inject
    transient AddressBook addressBook;

    @Inject
    transient CartService carts;

    @Inject
    transient Catalog catalog;

    @Inject
    transient ShippingRates shippingRates;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Validator validator;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Coupons coupons;

    @Inject
    transient Language language;

    @Inject
    transient Points points;

    // an application-scoped bean: @ConfigProperty straight into this view-scoped bean would break deployment
    @Inject
    transient PointsRules pointsRules;

    /** "Buy now": the product, SKU and quantity passed by parameter. */
    private Long productId;
    private Long skuId;
    private Integer qty;

    private final String idempotencyKey = UUID.randomUUID().toString();
    private List<Address> addresses = List.of();
    private Long addressId;
    private final Set<Long> merchantIds = new LinkedHashSet<>();
    private List<String> shippingMethods = List.of();
    private String shippingMethod;
    private String paymentMethod = PAYMENT_METHODS.get(0);
    private String note;
    private boolean acceptTerms;
    private String couponCode;
    private List<SelectItem> couponChoices = List.of();
    /** The shopper picked a coupon (or none) themselves: never preselect over their choice. */
    private boolean couponChosen;
    /** 推荐用券: the coupon preselected on first load and what it saves (¥ text), while it is still the choice. */
    private String bestCouponCode;
    private String bestCouponSaving;
    /** 使用积分: what the shopper offers (the engine caps it at the order's share); the balance they have. */
    private Integer pointsToUse;
    private long pointsBalance;
    private long pointsUsed;
    /** The member's level name in the visitor's language, for the 会员价 line. */
    private String levelName;
    private Quote quote;
    private String quoteProblem;

    /** The new address of the dialog. */
    /** The "new address" dialog. */
    private final AddressForm newAddress = new AddressForm();

    /** f:viewAction: guests sign in first (their cart joins the account's then) and come back here. */
    public void open() throws IOException {
        if (faces.isPostback() || faces.getResponseComplete()) {
            return;
        }
        if (!currentUser.isSignedIn()) {
            redirect("/login.xhtml?next=" + URLEncoder.encode(selfPath(), StandardCharsets.UTF_8));
            return;
        }
        long buyer = currentUser.getId();
        if (buysDirectly()) {
            Product product;
            try {
                product = catalog.visibleProduct(productId);
            } catch (NotFoundException e) {
                product = null;
            }
            if (product == null || product.getSkus().stream().noneMatch(s -> s.getId().equals(skuId))) {
                faces.getExternalContext().responseSendError(404, "Not found");
                faces.responseComplete();
                return;
            }
            merchantIds.add(product.getMerchantId());
        } else {
            CartView cart = carts.view(CartKey.account(buyer));
            cart.lines().stream().filter(CartView.Line::selected).forEach(l -> merchantIds.add(l.merchantId()));
            if (merchantIds.isEmpty()) {
                Feedback.error("checkout.nothing");
                Feedback.keepForRedirect();
                redirect("/cart.xhtml");
                return;
            }
        }
        addresses = addressBook.list(buyer);
        loadCoupons();
        pointsBalance = points.membership(buyer).getPoints();
        MemberLevel level = points.level(buyer);
        levelName = language.isChinese() ? level.getName() : level.getNameEn();
        addresses.stream().filter(Address::isDefault).findFirst().or(() -> addresses.stream().findFirst())
                .ifPresent(a -> addressId = a.getId());
        recompute();
        preselectBestCoupon();
    }

    /**
     * On first load, with no coupon chosen yet: the usable coupon that saves most here (the domain prices each one
     * like the real thing), chosen and priced, with what it saves said next to the choice.
     */
    private void preselectBestCoupon() {
        if (couponChosen || couponCode != null || quote == null || couponChoices.isEmpty()) {
            return;
        }
        try {
            checkout.bestCoupon(currentUser.getId(), request(false)).ifPresent(best -> {
                couponCode = best.coupon().getCode();
                bestCouponCode = couponCode;
                bestCouponSaving = best.saving().amountText();
            });
        } catch (BusinessRuleException | NotFoundException e) {
            return; // no suggestion: the quote without a coupon stands
        }
        if (bestCouponCode != null) {
            recompute();
        }
    }

    /** The coupon menu changed: the shopper's choice from now on, even "no coupon". */
    public void couponChanged() {
        couponChosen = true;
        recompute();
    }

    /** "已为您选择最优惠的券，省 ¥x" while the preselected coupon is still the one chosen. */
    public String getBestCouponNote() {
        return bestCouponSaving != null && bestCouponCode != null && bestCouponCode.equals(couponCode)
                ? Feedback.text("checkout.bestCoupon", bestCouponSaving) : null;
    }

    private boolean buysDirectly() {
        return productId != null && skuId != null;
    }

    private String selfPath() {
        return buysDirectly() ? "/checkout.xhtml?product=" + productId + "&sku=" + skuId + "&qty=" + quantity()
                : "/checkout.xhtml";
    }

    private int quantity() {
        return qty == null || qty < 1 ? 1 : Math.min(qty, 9999);
    }

    /** The shipping methods every shop can use for the address, then the quote; on every change. */
    public void recompute() {
        quote = null;
        quoteProblem = null;
        pointsUsed = 0;
        Address address = address();
        if (address == null) {
            shippingMethods = List.of();
            quoteProblem = Feedback.text("checkout.address.none");
            return;
        }
        Destination to = Destination.of(address);
        List<ShippingMethod> common = new ArrayList<>(List.of(ShippingMethod.values()));
        for (Long merchantId : merchantIds) {
            common.retainAll(shippingRates.methodsFor(merchantId, to));
        }
        shippingMethods = common.stream().map(ShippingMethod::code).toList();
        if (shippingMethods.isEmpty()) {
            quoteProblem = Feedback.text("checkout.shipping.none");
            return;
        }
        if (shippingMethod == null || !shippingMethods.contains(shippingMethod)) {
            shippingMethod = shippingMethods.get(0);
        }
        try {
            quote = checkout.quote(currentUser.getId(), request(false));
            pointsUsed = checkout.pointsUsed(quote);
        } catch (BusinessRuleException e) {
            quoteProblem = Feedback.ruleText(e);
        } catch (NotFoundException e) {
            quoteProblem = Feedback.text("checkout.gone");
        }
    }

    private Address address() {
        if (addressId == null) {
            return null;
        }
        return addresses.stream().filter(a -> a.getId().equals(addressId)).findFirst().orElse(null);
    }

    /** The member's coupons usable now, for the checkout's coupon choice (优惠券). */
    private void loadCoupons() {
        boolean zh = language.isChinese();
        couponChoices = coupons.usable(currentUser.getId()).stream().map(c -> new SelectItem(c.getCode(),
                (zh ? c.getTemplate().getName() : c.getTemplate().getNameEn()) + " · "
                        + PromotionTerms.of(c.getTemplate()))).toList();
    }

    public List<SelectItem> getCouponChoices() {
        return couponChoices;
    }

    public String getCouponCode() {
        return couponCode;
    }

    public void setCouponCode(String couponCode) {
        this.couponCode = couponCode;
    }

    private CheckoutRequest request(boolean placing) {
        CheckoutRequest request = new CheckoutRequest();
        request.addressId = addressId;
        request.shippingMethod = shippingMethod;
        request.paymentMethod = paymentMethod;
        request.note = note == null || note.isBlank() ? null : note.trim();
        request.couponCode = couponCode == null || couponCode.isBlank() ? null : couponCode;
        request.pointsToUse = pointsToUse == null || pointsToUse <= 0 ? null : pointsToUse;
        request.acceptTerms = placing && acceptTerms;
        if (buysDirectly()) {
            request.items = new ArrayList<>(List.of(new CartItem(skuId, quantity())));
        }
        return request;
    }

    /** 提交订单: places the orders once (the view's idempotency key) and shows them. */
    public void place() throws IOException {
        if (!acceptTerms) {
            Feedback.error("checkout.terms.required");
            return;
        }
        if (quote == null) {
            recompute();
            if (quote == null) {
                Feedback.error("checkout.cannotPlace", quoteProblem == null ? "" : quoteProblem);
                return;
            }
        }
        CheckoutRequest request = request(true);
        try {
            PlacedOrders placed;
            try {
                placed = checkout.place(currentUser.getId(), request, idempotencyKey);
            } catch (EJBException e) {
                // a repeat of this form (same key) lost the race on the unique key: show the winner's orders
                placed = checkout.previous(currentUser.getId(), idempotencyKey, Checkout.requestHash(request))
                        .orElseThrow(() -> e);
            }
            redirect("/account/placed.xhtml?checkout=" + placed.checkoutNo());
        } catch (BusinessRuleException e) {
            Feedback.error(e);
            pointsBalance = points.membership(currentUser.getId()).getPoints(); // spent elsewhere meanwhile?
            recompute();
        } catch (NotFoundException e) {
            Feedback.error("checkout.gone");
            recompute();
        }
    }

    /** Saves the dialog's address, chooses it and prices again. */
    public void saveAddress() {
        newAddress.setIsDefault(addresses.isEmpty());
        AddressDetails details = newAddress.details();
        if (!Feedback.noViolations(validator.validate(details), "address.")) {
            faces.validationFailed();
            return;
        }
        try {
            Address added = addressBook.add(currentUser.getId(), details);
            addresses = addressBook.list(currentUser.getId());
            addressId = added.getId();
            newAddress.clear(null, null, false);
            Feedback.info("address.saved");
            recompute();
        } catch (BusinessRuleException e) {
            Feedback.error(e);
            faces.validationFailed();
        }
    }

    public String addressSummary(Address a) {
        return String.join(" ", nonNull(a.getProvince()), nonNull(a.getCity()), nonNull(a.getDistrict()),
                nonNull(a.getLine1())).replaceAll("\\s+", " ").trim();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /**
     * A discount's or line adjustment's label: points and member prices are the shopper's own, not promotions
     * with a name staff chose, so they read from the bundle (积分抵扣 / 银卡会员价).
     */
    public String discountName(String kind, String name, String nameEn) {
        String text = language.isChinese() || nameEn == null ? name : nameEn;
        if (PromotionKind.POINTS.name().equals(kind)) {
            return Feedback.text("promotion.kind.POINTS");
        }
        if (PromotionKind.MEMBER_PRICE.name().equals(kind)) {
            return levelName == null ? text : Feedback.text("checkout.memberPrice", levelName);
        }
        return text;
    }

    /** The kind of a line's adjustment, as a small tag before its name (限时折扣, 满减, 秒杀, 优惠券, 会员价). */
    public String kindTag(String kind) {
        return PromotionKind.POINTS.name().equals(kind) || PromotionKind.MEMBER_PRICE.name().equals(kind) ? null
                : Feedback.text("promotion.kind." + kind);
    }

    public Integer getPointsToUse() {
        return pointsToUse;
    }

    public void setPointsToUse(Integer pointsToUse) {
        this.pointsToUse = pointsToUse;
    }

    public long getPointsBalance() {
        return pointsBalance;
    }

    /** How many points the quote pays with (at most the order's share, whatever was offered). */
    public long getPointsUsed() {
        return pointsUsed;
    }

    public String getPointsBalanceWorth() {
        return pointsRules.valueOf(pointsBalance).amountText();
    }

    public String getPointsUsedWorth() {
        return pointsRules.valueOf(pointsUsed).amountText();
    }

    /** "100 积分 = ¥1，最多抵扣商品金额的 50%". */
    public String getPointsRule() {
        return Feedback.text("checkout.points.rule", pointsRules.pointsPerYuan(),
                pointsRules.maxShare().movePointRight(2).stripTrailingZeros().toPlainString());
    }

    /** Offered more than the order lets points pay: say how many it used. */
    public boolean isPointsCapped() {
        return quote != null && pointsToUse != null && pointsToUse > pointsUsed;
    }

    public String lineName(Quote.Line line, boolean chinese) {
        return chinese || line.nameEn() == null ? line.name() : line.nameEn();
    }

    private void redirect(String path) throws IOException {
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + path);
    }

    public boolean isCanPlace() {
        return quote != null && quote.allAvailable();
    }

    public List<String> getPaymentMethods() {
        return PAYMENT_METHODS;
    }

    public List<String> getShippingMethods() {
        return shippingMethods;
    }

    public List<Address> getAddresses() {
        return addresses;
    }

    public Quote getQuote() {
        return quote;
    }

    public String getQuoteProblem() {
        return quoteProblem;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public Long getSkuId() {
        return skuId;
    }

    public void setSkuId(Long skuId) {
        this.skuId = skuId;
    }

    public Integer getQty() {
        return qty;
    }

    public void setQty(Integer qty) {
        this.qty = qty;
    }

    public Long getAddressId() {
        return addressId;
    }

    public void setAddressId(Long addressId) {
        this.addressId = addressId;
    }

    public String getShippingMethod() {
        return shippingMethod;
    }

    public void setShippingMethod(String shippingMethod) {
        this.shippingMethod = shippingMethod;
    }

    public String getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(String paymentMethod) {
        this.paymentMethod = PAYMENT_METHODS.contains(paymentMethod) ? paymentMethod : PAYMENT_METHODS.get(0);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isAcceptTerms() {
        return acceptTerms;
    }

    public void setAcceptTerms(boolean acceptTerms) {
        this.acceptTerms = acceptTerms;
    }

    public AddressForm getNewAddress() {
        return newAddress;
    }
}
