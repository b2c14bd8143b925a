package org.emporium.catalog.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emporium.catalog.CatalogService;
import org.emporium.catalog.Product;
import org.emporium.catalog.ProductQuery;
import org.emporium.catalog.ProductStatus;
import org.emporium.merchant.Merchant;
import org.emporium.merchant.Merchants;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;
import org.emporium.platform.web.Language;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * 商品审核 (ADMIN): every shop's products waiting for review, longest waiting first. Approving puts a product on
 * shelf (or off shelf until its scheduled time); rejecting sends it back to the merchant as a draft with the reason.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    @Inject
    transient CatalogService catalog;

    @Inject
    transient CallerShop callerShop;

    @Inject
    transient Merchants merchants;

    @Inject
    transient Language language;

    @Inject
    transient FacesContext faces;

    private final Map<Long, String> shopNames = new HashMap<>();
    private ProductRow rejecting;
    private String reason;

    private final LazyDataModel<ProductRow> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filters) {
            return callerShop.isAdmin() ? (int) catalog.countProductsOf(null, query(filters)) : 0;
        }

        @Override
        public List<ProductRow> load(int first, int pageSize, Map<String, SortMeta> sort,
                                     Map<String, FilterMeta> filters) {
            return callerShop.isAdmin()
                    ? catalog.productsOf(null, query(filters), first, pageSize).stream().map(ProductRow::new).toList()
                    : List.of();
        }

        @Override
        public String getRowKey(ProductRow row) {
            return String.valueOf(row.getId());
        }
    };

    private static ProductQuery query(Map<String, FilterMeta> filters) {
        FilterMeta name = filters.get("name");
        String text = name == null || name.getFilterValue() == null ? null : name.getFilterValue().toString();
        return new ProductQuery(ProductStatus.PENDING_REVIEW, text, ProductQuery.Sort.UPDATED, true);
    }

    public void approve(long productId) {
        if (!callerShop.isAdmin()) {
            return; // the page guard turned everyone else away; actions check again
        }
        try {
            Product product = catalog.approve(productId);
            Feedback.info("admin.review.approved", nameOf(product),
                    Feedback.text("product.status." + product.getStatus().name()));
        } catch (BusinessRuleException e) {
            Feedback.error(e); // e.g. another reviewer was quicker
        } catch (NotFoundException e) {
            Feedback.error("admin.product.gone");
        }
    }

    /** Opens the reason dialog for one product. */
    public void startReject(long productId) {
        reason = null;
        rejecting = null;
        if (!callerShop.isAdmin()) {
            return;
        }
        try {
            rejecting = new ProductRow(catalog.owned(null, productId));
        } catch (NotFoundException e) {
            Feedback.error("admin.product.gone");
        }
    }

    public void reject() {
        if (!callerShop.isAdmin() || rejecting == null) {
            return;
        }
        try {
            catalog.reject(rejecting.getId(), reason);
            Feedback.info("admin.review.rejected", rejecting.name(language.isChinese()));
            rejecting = null;
            reason = null;
        } catch (BusinessRuleException e) {
            Feedback.error(e);
            faces.validationFailed(); // keeps the dialog open
        } catch (NotFoundException e) {
            Feedback.error("admin.product.gone");
        }
    }

    private String nameOf(Product product) {
        return language.isChinese() ? product.getName() : product.getNameEn();
    }

    public String shopName(long merchantId) {
        if (shopNames.isEmpty()) {
            for (Merchant m : merchants.all()) {
                shopNames.put(m.getId(), language.isChinese() || m.getNameEn() == null ? m.getName() : m.getNameEn());
            }
        }
        return shopNames.getOrDefault(merchantId, String.valueOf(merchantId));
    }

    public LazyDataModel<ProductRow> getModel() {
        return model;
    }

    public ProductRow getRejecting() {
        return rejecting;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
