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
import java.math.BigDecimal;
import org.emporium.catalog.CatalogService;
import org.emporium.catalog.PriceChange;
import org.emporium.catalog.SkuUpdate;
import org.emporium.catalog.Product;
import org.emporium.catalog.ProductQuery;
import org.emporium.catalog.ProductStatus;
import org.emporium.merchant.Merchant;
import org.emporium.merchant.Merchants;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;
import org.emporium.platform.web.Language;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * 商品管理: the caller's products (an ADMIN sees every shop's) in a lazy table that the database sorts, filters and
 * pages; bulk moves along the life cycle, bulk price changes and stock counts; a CSV export of the listed products'
 * SKUs and its import back. The import only updates existing SKUs (price, original price, available stock); it
 * never creates products (a product needs a category, specifications and review: the editor's job).
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

    /** Bulk price change: how (SET, AMOUNT, PERCENT) and by what. */
    private PriceChange.Kind priceKind = PriceChange.Kind.PERCENT;
    private BigDecimal priceValue;
    /** Bulk stock count: the new on-hand figure for every SKU of the selected products, and why. */
    private Integer stockValue;
    private String stockReason;

    /** The CSV import waiting for "apply": the good rows, and the report of the bad ones. */
    private List<SkuUpdate> importRows = List.of();
    private List<ImportProblem> importProblems = List.of();
    private String importFile;

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

    /**
     * Sets or adjusts the prices of every SKU of the selected products (HALF_UP to cents, never below 0.01). One
     * transaction per product: a refused product (e.g. a price above its original price) keeps its prices.
     */
    public void changeSelectedPrices() {
        List<ProductRow> rows = selectedRows();
        if (rows.isEmpty()) {
            return;
        }
        PriceChange change;
        try {
            change = new PriceChange(priceKind, priceValue);
        } catch (BusinessRuleException e) {
            Feedback.error(e);
            return;
        }
        int skus = 0;
        List<String> changed = new ArrayList<>();
        for (ProductRow row : rows) {
            String name = row.name(language.isChinese());
            try {
                int n = catalog.changePrices(scope, row.getId(), change);
                if (n > 0) {
                    skus += n;
                    changed.add(name);
                }
            } catch (BusinessRuleException e) {
                Feedback.error("admin.products.bulk.priceRefused", name, Feedback.ruleText(e));
            } catch (NotFoundException e) {
                Feedback.error("admin.products.bulk.gone", name);
            }
        }
        Feedback.info("admin.products.bulk.pricesChanged", skus, changed.size(), String.join(", ", changed));
        selected = new ArrayList<>();
        priceValue = null;
    }

    /** Sets on hand of every SKU of the selected products through the inventory, with the reason in the ledger. */
    public void setSelectedStock() {
        List<ProductRow> rows = selectedRows();
        if (rows.isEmpty()) {
            return;
        }
        if (stockValue == null || stockValue < 0) {
            Feedback.error("admin.products.bulk.stockInvalid");
            return;
        }
        if (stockReason == null || stockReason.isBlank()) {
            Feedback.error("rule.REASON_REQUIRED");
            return;
        }
        int skus = 0;
        List<String> changed = new ArrayList<>();
        for (ProductRow row : rows) {
            String name = row.name(language.isChinese());
            try {
                int n = catalog.setStock(scope, row.getId(), stockValue, stockReason, callerShop.callerId());
                if (n > 0) {
                    skus += n;
                    changed.add(name);
                }
            } catch (BusinessRuleException e) {
                Feedback.error("admin.products.bulk.stockRefused", name, Feedback.ruleText(e));
            } catch (NotFoundException e) {
                Feedback.error("admin.products.bulk.gone", name);
            }
        }
        Feedback.info("admin.products.bulk.stockChanged", skus, changed.size(), stockValue,
                String.join(", ", changed));
        selected = new ArrayList<>();
        stockValue = null;
        stockReason = null;
    }

    private List<ProductRow> selectedRows() {
        List<ProductRow> rows = selected.stream().filter(Objects::nonNull).toList();
        if (rows.isEmpty()) {
            Feedback.error("admin.products.bulk.none");
        }
        return rows;
    }

    /**
     * The CSV file (the export's format) is read and every row checked against the catalog, changing nothing: the
     * page shows how many rows are good and each bad row with its line and reason, until "apply" or "cancel".
     */
    public void uploadCsv(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        cancelImport();
        if (file == null || file.getSize() == 0) {
            Feedback.error("admin.products.import.empty");
            return;
        }
        if (file.getSize() > MAX_CSV_BYTES) {
            Feedback.error("admin.products.import.tooLarge", MAX_CSV_BYTES / (1024 * 1024));
            return;
        }
        ProductCsvImport.Result read = ProductCsvImport.read(file.getContent());
        List<ImportProblem> problems = new ArrayList<>();
        read.problems().forEach(p -> problems.add(new ImportProblem(p.line(),
                Feedback.text("admin.products.import.problem." + p.reason(), p.detail()))));
        List<SkuUpdate> good = new ArrayList<>();
        for (SkuUpdate row : read.rows()) {
            try {
                catalog.checkSkuUpdate(scope, row);
                good.add(row);
            } catch (BusinessRuleException e) {
                problems.add(new ImportProblem(row.line(), Feedback.ruleText(e)));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::line));
        importRows = good;
        importProblems = problems;
        importFile = file.getFileName();
        if (good.isEmpty() && problems.isEmpty()) {
            Feedback.error("admin.products.import.empty");
            importFile = null;
        }
    }

    /** Applies the good rows, one transaction each; a row refused now (changed meanwhile) joins the report. */
    public void applyImport() {
        if (importFile == null) {
            return;
        }
        int changed = 0;
        int unchanged = 0;
        List<ImportProblem> problems = new ArrayList<>(importProblems);
        for (SkuUpdate row : importRows) {
            try {
                if (catalog.applySkuUpdate(scope, row, callerShop.callerId())) {
                    changed++;
                } else {
                    unchanged++;
                }
            } catch (BusinessRuleException e) {
                problems.add(new ImportProblem(row.line(), Feedback.ruleText(e)));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::line));
        Feedback.info("admin.products.import.applied", changed, unchanged, problems.size());
        importRows = List.of();
        importProblems = problems;
        importFile = null;
    }

    public void cancelImport() {
        importRows = List.of();
        importProblems = List.of();
        importFile = null;
    }

    /** A row of the import report: the file's line number and why the row was not applied. */
    public record ImportProblem(int line, String reason) implements Serializable {
    }

    static final long MAX_CSV_BYTES = 2L * 1024 * 1024;

    /** The SKUs of every product the table lists with its current filters (all pages), one CSV row each. */
    public StreamedContent getCsv() {
        ProductCsv csv = new ProductCsv(List.of(Feedback.text("admin.products.csv.productId"),
                Feedback.text("admin.products.csv.name"), Feedback.text("admin.products.csv.nameEn"),
                Feedback.text("admin.products.status"), Feedback.text("admin.products.csv.skuCode"),
                Feedback.text("admin.products.csv.specs"), Feedback.text("admin.products.csv.price"),
                Feedback.text("admin.products.available"), Feedback.text("admin.products.csv.originalPrice")),
                this::statusText);
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

    public PriceChange.Kind[] getPriceKinds() {
        return PriceChange.Kind.values();
    }

    public PriceChange.Kind getPriceKind() {
        return priceKind;
    }

    public void setPriceKind(PriceChange.Kind priceKind) {
        this.priceKind = priceKind == null ? PriceChange.Kind.PERCENT : priceKind;
    }

    public BigDecimal getPriceValue() {
        return priceValue;
    }

    public void setPriceValue(BigDecimal priceValue) {
        this.priceValue = priceValue;
    }

    public Integer getStockValue() {
        return stockValue;
    }

    public void setStockValue(Integer stockValue) {
        this.stockValue = stockValue;
    }

    public String getStockReason() {
        return stockReason;
    }

    public void setStockReason(String stockReason) {
        this.stockReason = stockReason;
    }

    public List<ImportProblem> getImportProblems() {
        return importProblems;
    }

    public int getImportGoodRows() {
        return importRows.size();
    }

    public String getImportFile() {
        return importFile;
    }

    public boolean isImportPending() {
        return importFile != null;
    }

    public List<ProductRow> getSelected() {
        return selected;
    }

    public void setSelected(List<ProductRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }
}
