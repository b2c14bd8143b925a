package org.emporium.catalog.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.ForbiddenException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
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
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

/**
 * 商品管理: the caller's products (an ADMIN sees every shop's) in a lazy table that the database sorts, filters and
 * pages; bulk moves along the life cycle; a CSV export of the listed products' SKUs.
 */
@Named
@ViewScoped
public class ProductsPage implements Serializable {

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

    /** The caller's shop, null for an ADMIN (all shops); passed to every CatalogService call. */
    private Long scope;
    private boolean admin;
    private final Map<Long, String> shopNames = new HashMap<>();
    /** What the table shows now (filters and sort), so the export lists the same products. */
    private ProductQuery shown = ProductQuery.latestFirst();
    private List<ProductRow> selected = new ArrayList<>();

    private final LazyDataModel<ProductRow> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) catalog.countProductsOf(scope, query(Map.of(), filters));
        }

        @Override
        public List<ProductRow> load(int first, int pageSize, Map<String, SortMeta> sort,
                                     Map<String, FilterMeta> filters) {
            shown = query(sort, filters);
            return catalog.productsOf(scope, shown, first, pageSize).stream().map(ProductRow::new).toList();
        }

        @Override
        public String getRowKey(ProductRow row) {
            return String.valueOf(row.getId());
        }

        /** Selected rows come back as keys; a key of a product outside the caller's shop selects nothing. */
        @Override
        public ProductRow getRowData(String rowKey) {
            List<ProductRow> page = getWrappedData();
            if (page != null) {
                for (ProductRow row : page) {
                    if (rowKey.equals(getRowKey(row))) {
                        return row;
                    }
                }
            }
            try {
                Product product = catalog.owned(scope, Long.parseLong(rowKey));
                return new ProductRow(product);
            } catch (NotFoundException | NumberFormatException e) {
                return null;
            }
        }
    };

    /** f:viewAction: whose products the caller may see; an account that runs no shop may not use the page. */
    public void open() throws IOException {
        if (faces.getResponseComplete()) {
            return;
        }
        try {
            scope = callerShop.scope();
        } catch (ForbiddenException e) {
            faces.getExternalContext().responseSendError(403, "Forbidden");
            faces.responseComplete();
            return;
        }
        admin = scope == null;
        if (admin) {
            for (Merchant m : merchants.all()) {
                shopNames.put(m.getId(), language.isChinese() || m.getNameEn() == null ? m.getName() : m.getNameEn());
            }
        }
    }

    private ProductQuery query(Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        ProductStatus status = statusOf(filterValue(filters, "status"));
        String text = filterValue(filters, "name");
        SortMeta by = sort.values().stream().filter(SortMeta::isActive).findFirst().orElse(null);
        if (by == null) {
            return new ProductQuery(status, text, ProductQuery.Sort.UPDATED, false);
        }
        ProductQuery.Sort column = switch (by.getField()) {
            case "name" -> language.isChinese() ? ProductQuery.Sort.NAME : ProductQuery.Sort.NAME_EN;
            case "status" -> ProductQuery.Sort.STATUS;
            case "priceFrom" -> ProductQuery.Sort.PRICE;
            default -> ProductQuery.Sort.UPDATED;
        };
        return new ProductQuery(status, text, column, by.getOrder() == SortOrder.ASCENDING);
    }

    private static String filterValue(Map<String, FilterMeta> filters, String field) {
        FilterMeta filter = filters.get(field);
        return filter == null || filter.getFilterValue() == null ? null : filter.getFilterValue().toString();
    }

    private static ProductStatus statusOf(String value) {
        for (ProductStatus status : ProductStatus.values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        return null;
    }

    public void submitSelected() {
        moveSelected(ProductStatus.PENDING_REVIEW, id -> catalog.submitForReview(scope, id));
    }

    public void putSelectedOnShelf() {
        moveSelected(ProductStatus.ON_SHELF, id -> catalog.putOnShelf(scope, id));
    }

    public void takeSelectedOffShelf() {
        moveSelected(ProductStatus.OFF_SHELF, id -> catalog.takeOffShelf(scope, id));
    }

    /**
     * One CatalogService call, so one transaction, per product: a refused product leaves the others moved. Each
     * refusal is reported with its reason, the successes together.
     */
    private void moveSelected(ProductStatus target, LongFunction<Product> move) {
        List<ProductRow> rows = selected.stream().filter(Objects::nonNull).toList();
        if (rows.isEmpty()) {
            Feedback.error("admin.products.bulk.none");
            return;
        }
        List<String> moved = new ArrayList<>();
        for (ProductRow row : rows) {
            String name = row.name(language.isChinese());
            try {
                move.apply(row.getId());
                moved.add(name);
            } catch (BusinessRuleException e) {
                Feedback.error("admin.products.bulk.refused", name, statusText(row.getStatus()), Feedback.ruleText(e));
            } catch (NotFoundException e) {
                Feedback.error("admin.products.bulk.gone", name);
            }
        }
        if (!moved.isEmpty()) {
            Feedback.info("admin.products.bulk.moved", moved.size(), statusText(target), String.join(", ", moved));
        }
        selected = new ArrayList<>();
    }

    /** The SKUs of every product the table lists with its current filters (all pages), one CSV row each. */
    public StreamedContent getCsv() {
        ProductCsv csv = new ProductCsv(List.of(Feedback.text("admin.products.csv.productId"),
                Feedback.text("admin.products.csv.name"), Feedback.text("admin.products.csv.nameEn"),
                Feedback.text("admin.products.status"), Feedback.text("admin.products.csv.skuCode"),
                Feedback.text("admin.products.csv.specs"), Feedback.text("admin.products.csv.price"),
                Feedback.text("admin.products.available")), this::statusText);
        catalog.skusOf(scope, shown).forEach(csv::add);
        byte[] bytes = csv.bytes();
        return DefaultStreamedContent.builder().name("products.csv").contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    private String statusText(ProductStatus status) {
        return Feedback.text("product.status." + status.name());
    }

    public String shopName(long merchantId) {
        return shopNames.getOrDefault(merchantId, String.valueOf(merchantId));
    }

    public ProductStatus[] getStatuses() {
        return ProductStatus.values();
    }

    public LazyDataModel<ProductRow> getModel() {
        return model;
    }

    public boolean isAdmin() {
        return admin;
    }

    public List<ProductRow> getSelected() {
        return selected;
    }

    public void setSelected(List<ProductRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }
}
