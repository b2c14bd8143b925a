package org.emporium.cart.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emporium.account.web.CurrentUser;
import org.emporium.membership.Points;
import org.emporium.cart.CartKey;
import org.emporium.cart.CartService;
import org.emporium.cart.CartView;
import org.emporium.cart.LineState;
import org.emporium.catalog.Catalog;
import org.emporium.catalog.Product;
import org.emporium.inventory.StockAlerts;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.promotion.PromotionKind;
import org.emporium.promotion.Promotions;
import org.emporium.platform.web.Feedback;

/**
 * 购物车: the lines grouped by shop, choosing what goes to checkout (per line, per shop, all), quantities,
 * another specification of the same product, removing; the flags for changed prices and stock; the summary of
 * what is selected and the way to checkout. Every change goes through CartService, which keeps the rules.
 */
@Named
@ViewScoped
public class CartPage implements Serializable {

    @Inject
    transient CartService carts;

    @Inject
    transient ShopCart shopCart;

    @Inject
    transient Catalog catalog;

    @Inject
    transient StockAlerts stockAlerts;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Promotions promotions;

    @Inject
    transient Points points;

    /** One shop's lines. */
    public record Group(long merchantId, String merchantName, List<CartView.Line> lines, boolean allSelected) {
    }

    /**
     * 再买 ¥20 减 ¥30, for the selected lines: the promotion, how much more to buy, what would come off then; for a
     * gift (满赠), 再买 ¥20 送赠品.
     */
    public record PromotionHint(String name, String nameEn, String missing, String reduction, boolean gift)
            implements Serializable {
    }

    /** 满赠: a gift the selected lines earn (named by its promotion), so many units. */
    public record EarnedGift(String name, String nameEn, int quantity) implements Serializable {
    }

    /** Another specification of a line's product, for the dropdown. */
    public record Option(long skuId, String label, boolean available) {
    }

    private CartView view = CartView.empty();
    private List<Group> groups = List.of();
    private final Map<Long, Integer> quantities = new HashMap<>();
    private final Map<Long, Boolean> lineChecks = new HashMap<>();
    private final Map<Long, Boolean> shopChecks = new HashMap<>();
    private final Map<Long, Long> skuChoices = new HashMap<>();
    private final Map<Long, List<Option>> options = new HashMap<>();
    private boolean allChecked;
    private List<PromotionHint> hints = List.of();
    private List<EarnedGift> gifts = List.of();
    private String promotionDiscount = "0.00";

    /** f:viewAction. */
    public void open() {
        refresh();
    }

    private Optional<CartKey> key() {
        return shopCart.key();
    }

    private void refresh() {
        show(key().map(carts::view).orElseGet(CartView::empty));
    }

    private void show(CartView cart) {
        view = cart;
        shopCart.setCount(cart.totalQuantity());
        Map<Long, List<CartView.Line>> byShop = new LinkedHashMap<>();
        quantities.clear();
        lineChecks.clear();
        skuChoices.clear();
        shopChecks.clear();
        for (CartView.Line line : cart.lines()) {
            byShop.computeIfAbsent(line.merchantId(), m -> new ArrayList<>()).add(line);
            quantities.put(line.skuId(), line.quantity());
            lineChecks.put(line.skuId(), line.selected());
            skuChoices.put(line.skuId(), line.skuId());
        }
        List<Group> made = new ArrayList<>();
        for (Map.Entry<Long, List<CartView.Line>> entry : byShop.entrySet()) {
            List<CartView.Line> lines = entry.getValue();
            boolean all = lines.stream().allMatch(CartView.Line::selected);
            made.add(new Group(entry.getKey(), lines.get(0).merchantName(), lines, all));
            shopChecks.put(entry.getKey(), all);
        }
        groups = made;
        allChecked = !cart.isEmpty() && cart.lines().stream().allMatch(CartView.Line::selected);
        options.clear();
        previewPromotions(cart);
    }

    /** The selected lines as the checkout will price them: what promotions take off, and what more would. */
    private void previewPromotions(CartView cart) {
        Map<Long, Integer> selected = new LinkedHashMap<>();
        cart.lines().stream().filter(CartView.Line::selected).forEach(l -> selected.put(l.skuId(), l.quantity()));
        var promoted = promotions.preview(selected, currentUser.isSignedIn()
                ? points.memberPrice(currentUser.getId()).stream().toList() : List.of());
        hints = promoted.map(r -> r.hints().stream().map(h -> new PromotionHint(h.offer().name(),
                h.offer().nameEn(), h.missing().amountText(), h.reduction().amountText(),
                h.offer().kind() == PromotionKind.GIFT)).toList()).orElse(List.of());
        gifts = promoted.map(r -> r.gifts().stream().map(g -> new EarnedGift(g.name(), g.nameEn(), g.quantity()))
                .toList()).orElse(List.of());
        promotionDiscount = promoted.map(r -> r.discount().amountText()).orElse("0.00");
    }

    public List<EarnedGift> getGifts() {
        return gifts;
    }

    public List<PromotionHint> getHints() {
        return hints;
    }

    /** What the running promotions take off the selected lines (the checkout shows it line by line). */
    public String getPromotionDiscount() {
        return promotionDiscount;
    }

    public boolean isDiscounted() {
        return new java.math.BigDecimal(promotionDiscount).signum() > 0;
    }

    /** Runs a cart change; a broken rule is shown in the visitor's words and the cart shown as it is. */
    private void change(java.util.function.Function<CartKey, CartView> action) {
        Optional<CartKey> key = key();
        if (key.isEmpty()) {
            refresh();
            return;
        }
        try {
            show(action.apply(key.get()));
        } catch (BusinessRuleException e) {
            Feedback.error(e);
            refresh();
        } catch (NotFoundException e) {
            Feedback.error("cart.lineGone");
            refresh();
        }
    }

    public void quantityChanged(long skuId) {
        Integer wanted = quantities.get(skuId);
        if (wanted == null || wanted < 1) {
            refresh();
            return;
        }
        change(k -> carts.setQuantity(k, skuId, wanted));
    }

    public void lineChecked(long skuId) {
        boolean on = Boolean.TRUE.equals(lineChecks.get(skuId));
        change(k -> carts.select(k, List.of(skuId), on));
    }

    public void shopChecked(long merchantId) {
        boolean on = Boolean.TRUE.equals(shopChecks.get(merchantId));
        List<Long> skus = view.lines().stream().filter(l -> l.merchantId() == merchantId).map(CartView.Line::skuId)
                .toList();
        change(k -> carts.select(k, skus, on));
    }

    public void allCheckedChanged() {
        boolean on = allChecked;
        change(k -> carts.select(k, allSkus(), on));
    }

    public void skuChanged(long fromSkuId) {
        Long to = skuChoices.get(fromSkuId);
        if (to == null || to == fromSkuId) {
            return;
        }
        change(k -> carts.changeSku(k, fromSkuId, to));
    }

    public void remove(long skuId) {
        change(k -> carts.remove(k, List.of(skuId)));
    }

    public void removeSelected() {
        List<Long> chosen = view.lines().stream().filter(CartView.Line::selected).map(CartView.Line::skuId).toList();
        if (chosen.isEmpty()) {
            Feedback.error("cart.noneSelected");
            return;
        }
        change(k -> carts.remove(k, chosen));
    }

    public void clear() {
        change(carts::removeAll);
    }

    public void acknowledgePrices() {
        change(carts::acknowledgePrices);
    }

    /** 到货通知 for a sold-out line; guests are sent to sign in first. */
    public void notifyMe(long skuId) throws IOException {
        if (!currentUser.isSignedIn()) {
            redirect("/login.xhtml?next=" + URLEncoder.encode("/cart.xhtml", StandardCharsets.UTF_8));
            return;
        }
        try {
            stockAlerts.notifyWhenBack(currentUser.getId(), skuId);
            Feedback.info("stock.notifyMe.done");
        } catch (BusinessRuleException e) {
            Feedback.error(e);
        } catch (NotFoundException e) {
            Feedback.error("cart.lineGone");
        }
    }

    /**
     * 去结算: selected lines that cannot be bought as they are (sold out, withdrawn, too few left) are unselected
     * first and the shopper told so; guests sign in first (their cart joins the account's then).
     */
    public void checkout() throws IOException {
        List<Long> problems = view.selectedProblems().stream().map(CartView.Line::skuId).toList();
        if (!problems.isEmpty()) {
            change(k -> carts.select(k, problems, false));
            Feedback.error("cart.problemsUnselected", problems.size());
            return;
        }
        if (view.selectedQuantity() == 0) {
            Feedback.error("cart.noneSelected");
            return;
        }
        redirect(currentUser.isSignedIn() ? "/checkout.xhtml"
                : "/login.xhtml?next=" + URLEncoder.encode("/checkout.xhtml", StandardCharsets.UTF_8));
    }

    private void redirect(String path) throws IOException {
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + path);
    }

    private Collection<Long> allSkus() {
        return view.lines().stream().map(CartView.Line::skuId).toList();
    }

    /** The product's specifications a line can switch to (its own included), read once per product and view. */
    public List<Option> options(CartView.Line line) {
        return options.computeIfAbsent(line.productId(), id -> {
            try {
                Product product = catalog.anyProduct(id);
                return product.getSkus().stream().filter(s -> s.isActive())
                        .map(s -> new Option(s.getId(), s.getSpecLabel(), s.getAvailable() > 0)).toList();
            } catch (NotFoundException e) {
                return List.of();
            }
        });
    }

    public boolean canChangeSpec(CartView.Line line) {
        return line.state() != LineState.UNAVAILABLE && options(line).size() > 1;
    }

    /** The checkout button works when something that can be bought is selected. */
    public boolean isCanCheckout() {
        return view.selectedQuantity() > 0;
    }

    public boolean isAnyPriceChanged() {
        return view.lines().stream().anyMatch(l -> l.state() == LineState.PRICE_CHANGED);
    }

    public String name(CartView.Line line, boolean chinese) {
        return chinese || line.nameEn() == null ? line.name() : line.nameEn();
    }

    public int maxQuantity(CartView.Line line) {
        int limit = line.purchaseLimit() > 0 ? line.purchaseLimit() : 9999;
        return Math.max(line.quantity(), Math.max(1, Math.min(limit, Math.max(line.available(), 1))));
    }

    public CartView getView() {
        return view;
    }

    public List<Group> getGroups() {
        return groups;
    }

    public Map<Long, Integer> getQuantities() {
        return quantities;
    }

    public Map<Long, Boolean> getLineChecks() {
        return lineChecks;
    }

    public Map<Long, Boolean> getShopChecks() {
        return shopChecks;
    }

    public Map<Long, Long> getSkuChoices() {
        return skuChoices;
    }

    public boolean isAllChecked() {
        return allChecked;
    }

    public void setAllChecked(boolean allChecked) {
        this.allChecked = allChecked;
    }
}
