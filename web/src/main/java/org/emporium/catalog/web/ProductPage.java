package org.emporium.catalog.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.emporium.account.web.CurrentUser;
import org.emporium.cart.CartService;
import org.emporium.cart.CartView;
import org.emporium.cart.web.ShopCart;
import org.emporium.inventory.StockAlerts;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.web.Feedback;
import org.emporium.catalog.Catalog;
import org.emporium.catalog.Favourites;
import org.emporium.catalog.MediaService;
import org.emporium.catalog.Product;
import org.emporium.catalog.ProductStatus;
import org.emporium.catalog.Sku;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Language;
import org.emporium.promotion.FlashSale;
import org.emporium.promotion.Offer;
import org.emporium.promotion.Promotions;
import org.emporium.promotion.web.PromotionTerms;

/**
 * The product page: gallery, the specification selector that shows the chosen SKU's price and availability, the
 * quantity within the purchase limit, description and specifications. A product taken off shelf says it is
 * unavailable; one never shown to shoppers (draft, in review) is not found.
 */
@Named
@ViewScoped
public class ProductPage implements Serializable {

    @Inject
    transient Catalog catalog;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Favourites favourites;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient CartService carts;

    @Inject
    transient ShopCart shopCart;

    @Inject
    transient StockAlerts stockAlerts;

    @Inject
    transient Promotions promotions;

    @Inject
    transient Language language;

    private boolean favourite;

    private Long id;
    private Product product;
    private final Map<String, String> chosen = new LinkedHashMap<>();
    private int quantity = 1;
    private List<String> promotionBadges = List.of();
    private Map<Long, String> salePrices = new HashMap<>();
    /** SKUs whose sale price is a flash sale's (秒杀价), not a limited-time discount's (限时价). */
    private Set<Long> flashSaleSkus = Set.of();

    /** f:viewAction: loads the product or answers 404. */
    public void load() throws IOException {
        try {
            product = id == null ? null : catalog.anyProduct(id);
        } catch (NotFoundException e) {
            product = null;
        }
        if (product == null || product.getStatus() == ProductStatus.DRAFT
                || product.getStatus() == ProductStatus.PENDING_REVIEW) {
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
            return;
        }
        if (currentUser.isSignedIn() && product.isVisible()) {
            favourites.viewed(currentUser.getId(), product.getId());
            favourite = favourites.isFavourite(currentUser.getId(), product.getId());
        }
        salePrices = new HashMap<>();
        if (product.isVisible()) {
            promotions.salePrices(product).forEach((sku, price) -> salePrices.put(sku, price.amountText()));
        }
        List<Offer> running = product.isVisible()
                ? promotions.runningFor(product, product.getSkus().stream().map(Sku::getId).toList()) : List.of();
        promotionBadges = running.stream().map(o -> (language.isChinese() ? o.name() : o.nameEn()) + " · "
                + PromotionTerms.of(o)).toList();
        flashSaleSkus = running.stream().filter(FlashSale.class::isInstance).map(o -> ((FlashSale) o).skuId())
                .collect(Collectors.toSet());
        if (chosen.isEmpty()) {
            product.getSkus().stream().filter(s -> s.getAvailable() > 0).findFirst()
                    .or(() -> product.getSkus().stream().findFirst())
                    .ifPresent(s -> chosen.putAll(s.getSpecs()));
        }
    }

    /** The chosen SKU's price while a limited-time discount runs on it (限时价), or null. */
    public String getSalePrice() {
        Sku sku = getSelectedSku();
        return sku == null ? null : salePrices.get(sku.getId());
    }

    /** 秒杀价 when the chosen SKU's sale price is a flash sale's, else 限时价. */
    public String getSalePriceLabel() {
        Sku sku = getSelectedSku();
        return Feedback.text(sku != null && flashSaleSkus.contains(sku.getId())
                ? "promotion.flashSalePrice" : "promotion.salePrice");
    }

    /** The running promotions this product is in, as badges: name and terms (满 ¥200 减 ¥20, 8.5 折). */
    public List<String> getPromotions() {
        return promotionBadges;
    }

    /** Adds to or removes from the favourites (signed-in shoppers; others are sent to sign in). */
    public void toggleFavourite() throws IOException {
        if (!currentUser.isSignedIn()) {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/login.xhtml?next=" + java.net.URLEncoder.encode(org.emporium.catalog.CatalogPaths.product(product),
                    java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        if (favourite) {
            favourites.remove(currentUser.getId(), product.getId());
        } else {
            favourites.add(currentUser.getId(), product.getId());
        }
        favourite = !favourite;
    }

    /** 加入购物车: guests too (their cart is known by a cookie made now). */
    public void addToCart() {
        Sku sku = getSelectedSku();
        if (sku == null || !isAvailable()) {
            Feedback.error("product.chooseOption");
            return;
        }
        try {
            CartView cart = carts.add(shopCart.keyOrCreate(), sku.getId(), quantity);
            shopCart.setCount(cart.totalQuantity());
            Feedback.info("cart.added", cart.totalQuantity());
        } catch (BusinessRuleException e) {
            Feedback.error(e);
        }
    }

    /** 立即购买: straight to the checkout with this SKU only (the cart stays as it is); guests sign in first. */
    public void buyNow() throws IOException {
        Sku sku = getSelectedSku();
        if (sku == null || !isAvailable()) {
            Feedback.error("product.chooseOption");
            return;
        }
        String checkout = "/checkout.xhtml?product=" + product.getId() + "&sku=" + sku.getId() + "&qty=" + quantity;
        String target = currentUser.isSignedIn() ? checkout : "/login.xhtml?next="
                + java.net.URLEncoder.encode(checkout, java.nio.charset.StandardCharsets.UTF_8);
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + target);
    }

    /** 到货通知 for the chosen sold-out SKU (signed-in shoppers; others are sent to sign in). */
    public void notifyMe() throws IOException {
        Sku sku = getSelectedSku();
        if (sku == null) {
            return;
        }
        if (!currentUser.isSignedIn()) {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/login.xhtml?next=" + java.net.URLEncoder.encode("/product.xhtml?id=" + id,
                    java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        try {
            stockAlerts.notifyWhenBack(currentUser.getId(), sku.getId());
            Feedback.info("stock.notifyMe.done");
        } catch (BusinessRuleException e) {
            Feedback.error(e);
        }
    }

    public boolean isFavourite() {
        return favourite;
    }

    public void choose(String spec, String option) {
        chosen.put(spec, option);
        quantity = Math.max(1, Math.min(quantity, getMaxQuantity()));
    }

    public boolean isChosen(String spec, String option) {
        return option.equals(chosen.get(spec));
    }

    /** Whether picking this option (with the others as chosen) leads to a SKU that exists. */
    public boolean isOffered(String spec, String option) {
        Map<String, String> wanted = new LinkedHashMap<>(chosen);
        wanted.put(spec, option);
        return product.getSkus().stream().anyMatch(s -> s.getSpecs().equals(wanted))
                || product.getSpecs().size() > 1 && product.getSkus().stream()
                .anyMatch(s -> option.equals(s.getSpecs().get(spec)));
    }

    public Optional<Sku> selected() {
        return product.getSkus().stream().filter(s -> s.getSpecs().equals(chosen)).findFirst();
    }

    /** The chosen SKU's own picture (480 px), or null when it shows the product's pictures. */
    public String getSelectedSkuPicture() {
        Sku sku = getSelectedSku();
        return sku == null || sku.getImageUrl() == null ? null : MediaService.mediumOf(sku.getImageUrl());
    }

    public Sku getSelectedSku() {
        return selected().orElse(null);
    }

    public boolean isAvailable() {
        return product.isVisible() && selected().map(s -> s.getAvailable() > 0).orElse(false);
    }

    /** At most the purchase limit (if any) and what is available. */
    public int getMaxQuantity() {
        int available = selected().map(Sku::getAvailable).orElse(0);
        int limit = product.getPurchaseLimit() > 0 ? product.getPurchaseLimit() : Integer.MAX_VALUE;
        return Math.max(1, Math.min(available, limit));
    }

    public List<String> getDescriptionParagraphs() {
        return product.getDescription() == null ? List.of() : List.of(product.getDescription().split("\\R"));
    }

    public Product getProduct() {
        return product;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }
}
