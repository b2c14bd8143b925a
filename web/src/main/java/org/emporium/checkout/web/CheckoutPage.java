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
import org.emporium.promotion.Coupons;
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
        addresses.stream().filter(Address::isDefault).findFirst().or(() -> addresses.stream().findFirst())
                .ifPresent(a -> addressId = a.getId());
        recompute();
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
                        + PromotionTerms.of(c.offer()))).toList();
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
