package org.emporium.catalog.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.ForbiddenException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.emporium.catalog.Catalog;
import org.emporium.catalog.CatalogService;
import org.emporium.catalog.Category;
import org.emporium.catalog.MediaService;
import org.emporium.catalog.Product;
import org.emporium.catalog.ProductDraft;
import org.emporium.catalog.ProductStatus;
import org.emporium.catalog.Sku;
import org.emporium.merchant.Merchants;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;
import org.emporium.platform.web.Language;
import org.emporium.platform.web.ShopTime;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * 商品编辑: creates or edits one product with its specifications, SKU matrix and pictures. The form fills a
 * {@link ProductDraft}; it is checked with Bean Validation, then CatalogService saves it in one transaction, so a
 * refused draft changes nothing. Another shop's product is "not found", as in the API.
 */
@Named
@ViewScoped
public class ProductEditorPage implements Serializable {

    static final int MAX_SPECS = 3;
    /** As many SKUs as a ProductDraft may have. */
    static final int MAX_SKUS = 200;
    /** As many pictures as a ProductDraft may have. */
    static final int MAX_PICTURES = 12;

    @Inject
    transient CatalogService catalogService;

    @Inject
    transient Catalog catalog;

    @Inject
    transient Merchants merchants;

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

    @Inject
    transient MediaService media;

    private String idParam;
    /** The product being edited; null until a new one is saved. */
    private Long id;
    /** The caller's shop, null for an ADMIN; passed to every CatalogService call. */
    private Long scope;
    private boolean admin;
    private ProductStatus status;
    private String reviewNote;
    private String slug;

    /** A new product's shop, chosen by an ADMIN (a merchant's is its own). */
    private Long merchantId;
    private String name;
    private String nameEn;
    private String subtitle;
    private String description;
    private Long categoryId;
    private Long brandId;
    private List<String> tags = new ArrayList<>();
    private int purchaseLimit;
    private int lowStockThreshold;
    private LocalDateTime onShelfAt;
    private LocalDateTime offShelfAt;
    private String seoTitle;
    private String seoDescription;
    private List<SpecRow> specs = new ArrayList<>();
    private List<SkuRow> skus = new ArrayList<>();
    private List<PictureRow> pictures = new ArrayList<>();
    private String videoUrl;

    private List<SelectItem> categoryChoices = List.of();
    private List<SelectItem> brandChoices = List.of();
    private List<SelectItem> merchantChoices = List.of();

    /** f:viewAction: loads the product (or starts a new one); another shop's product is a 404. */
    public void open() throws IOException {
        if (faces.getResponseComplete()) {
            return;
        }
        try {
            scope = callerShop.scope();
        } catch (ForbiddenException e) {
            refuse(403);
            return;
        }
        admin = scope == null;
        if (idParam == null || idParam.isBlank()) {
            skus.add(new SkuRow(new LinkedHashMap<>())); // a product without specifications has one SKU
        } else {
            try {
                fill(catalogService.owned(scope, Long.parseLong(idParam.trim())));
            } catch (NotFoundException | NumberFormatException e) {
                refuse(404);
                return;
            }
        }
        loadChoices();
    }

    private void refuse(int status) throws IOException {
        faces.getExternalContext().responseSendError(status, status == 404 ? "Not found" : "Forbidden");
        faces.responseComplete();
    }

    private void fill(Product product) {
        id = product.getId();
        status = product.getStatus();
        reviewNote = product.getStatus() == ProductStatus.DRAFT ? product.getReviewNote() : null;
        slug = product.getSlug();
        merchantId = product.getMerchantId();
        name = product.getName();
        nameEn = product.getNameEn();
        subtitle = product.getSubtitle();
        description = product.getDescription();
        categoryId = product.getCategoryId();
        brandId = product.getBrandId();
        tags = new ArrayList<>(product.getTags());
        purchaseLimit = product.getPurchaseLimit();
        lowStockThreshold = product.getLowStockThreshold();
        onShelfAt = local(product.getOnShelfAt());
        offShelfAt = local(product.getOffShelfAt());
        seoTitle = product.getSeoTitle();
        seoDescription = product.getSeoDescription();
        specs = product.getSpecs().stream().map(s -> new SpecRow(s.getName(), s.getOptions()))
                .collect(Collectors.toCollection(ArrayList::new));
        skus = product.getSkus().stream().map(SkuRow::new).collect(Collectors.toCollection(ArrayList::new));
        pictures = product.getImages().stream().map(i -> new PictureRow(i.getUrl()))
                .collect(Collectors.toCollection(ArrayList::new));
        videoUrl = product.getVideoUrl();
    }

    /** Leaf categories grouped by department, brands, and (for an ADMIN) the shops, named in the page's language. */
    private void loadChoices() {
        boolean zh = language.isChinese();
        List<Category> all = catalog.categories();
        Set<Long> parents = all.stream().map(Category::getParentId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<SelectItem> choices = new ArrayList<>();
        for (Category top : all) {
            if (top.getParentId() != null) {
                continue;
            }
            if (!parents.contains(top.getId())) {
                choices.add(new SelectItem(top.getId(), zh ? top.getName() : top.getNameEn()));
                continue;
            }
            List<SelectItem> leaves = new ArrayList<>();
            addLeaves(top, all, parents, zh, leaves);
            SelectItemGroup group = new SelectItemGroup(zh ? top.getName() : top.getNameEn());
            group.setSelectItems(leaves.toArray(new SelectItem[0]));
            choices.add(group);
        }
        categoryChoices = choices;
        brandChoices = catalog.brands().stream()
                .map(b -> new SelectItem(b.getId(), zh ? b.getName() : b.getNameEn()))
                .sorted(Comparator.comparing(SelectItem::getLabel)).toList();
        if (admin) {
            merchantChoices = merchants.all().stream().map(m -> new SelectItem(m.getId(),
                    zh || m.getNameEn() == null ? m.getName() : m.getNameEn())).toList();
        }
    }

    /** Products belong to leaf categories only; a deeper leaf is labelled with its path below the department. */
    private static void addLeaves(Category parent, List<Category> all, Set<Long> parents, boolean zh,
                                  List<SelectItem> into) {
        for (Category c : all) {
            if (!parent.getId().equals(c.getParentId())) {
                continue;
            }
            if (parents.contains(c.getId())) {
                List<SelectItem> deeper = new ArrayList<>();
                addLeaves(c, all, parents, zh, deeper);
                String prefix = (zh ? c.getName() : c.getNameEn()) + " › ";
                deeper.forEach(item -> into.add(new SelectItem(item.getValue(), prefix + item.getLabel())));
            } else {
                into.add(new SelectItem(c.getId(), zh ? c.getName() : c.getNameEn()));
            }
        }
    }

    /**
     * The merchant picked a category: while the product has no specifications yet (none typed, no SKU matrix
     * generated), the category's specification templates become the defaults, to keep, change or remove.
     */
    public void categoryChosen() {
        boolean untouched = specs.stream().allMatch(s -> s.cleanName().isEmpty() && s.cleanOptions().isEmpty());
        if (categoryId == null || !untouched || skus.stream().anyMatch(k -> !k.specs.isEmpty())) {
            return;
        }
        List<SpecRow> offered = catalog.specTemplatesFor(categoryId).stream().limit(MAX_SPECS)
                .map(t -> new SpecRow(t.getName(), t.getOptions())).collect(Collectors.toCollection(ArrayList::new));
        if (!offered.isEmpty()) {
            specs = offered;
            Feedback.info("admin.product.templatesOffered");
        }
    }

    public void addSpec() {
        if (specs.size() < MAX_SPECS) {
            specs.add(new SpecRow("", List.of()));
        }
    }

    public void removeSpec(int index) {
        if (index >= 0 && index < specs.size()) {
            specs.remove(index);
        }
    }

    /**
     * One SKU row per combination of the specifications' options. A combination that already had a row keeps it
     * (price, stock, barcode typed so far), so the matrix can be regenerated after adding an option.
     */
    public void generateMatrix() {
        for (SpecRow spec : specs) {
            if (spec.cleanName().isEmpty() || spec.cleanOptions().isEmpty()) {
                Feedback.error("admin.product.matrix.incomplete");
                return;
            }
        }
        long size = specs.stream().mapToLong(s -> s.cleanOptions().size()).reduce(1, (a, b) -> a * b);
        if (size > MAX_SKUS) {
            Feedback.error("admin.product.matrix.tooLarge", MAX_SKUS);
            return;
        }
        Map<Map<String, String>, SkuRow> before = new HashMap<>();
        skus.forEach(row -> before.putIfAbsent(row.specs, row));
        skus = combinations(specs).stream().map(c -> before.getOrDefault(c, new SkuRow(c)))
                .collect(Collectors.toCollection(ArrayList::new));
        Feedback.info("admin.product.matrix.generated", skus.size());
    }

    /** Every combination of one option per specification, in specification order (红/S, 红/M, 蓝/S, 蓝/M). */
    static List<Map<String, String>> combinations(List<SpecRow> specs) {
        List<Map<String, String>> combinations = new ArrayList<>();
        combinations.add(new LinkedHashMap<>());
        for (SpecRow spec : specs) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : combinations) {
                for (String option : spec.cleanOptions()) {
                    Map<String, String> combination = new LinkedHashMap<>(partial);
                    combination.put(spec.cleanName(), option);
                    next.add(combination);
                }
            }
            combinations = next;
        }
        return combinations;
    }

    public void addPicture() {
        pictures.add(new PictureRow(""));
    }

    /** Removes a picture; SKUs that showed it show the product's main picture again. */
    public void removePicture(int index) {
        if (index >= 0 && index < pictures.size()) {
            String url = pictures.remove(index).getUrl();
            skus.stream().filter(k -> url != null && url.equals(k.imageUrl)).forEach(k -> k.imageUrl = null);
        }
    }

    /** Makes a picture the main one (first; lists and search show it). Dragging the rows does the same. */
    public void makeMain(int index) {
        if (index > 0 && index < pictures.size()) {
            pictures.add(0, pictures.remove(index));
        }
    }

    /**
     * One uploaded picture (PrimeFaces sends each chosen file in its own request): refused with a message naming
     * the file when too large, not really a JPEG/PNG/WebP/GIF, or unreadable; else stored with its thumbnails and
     * added to the gallery. The product itself changes only when the form is saved.
     */
    public void uploadPicture(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        String fileName = file == null ? "" : file.getFileName();
        if (pictures.size() >= MAX_PICTURES) {
            Feedback.error("admin.product.upload.tooMany", fileName, MAX_PICTURES);
            return;
        }
        if (file == null || file.getSize() == 0) {
            Feedback.error("admin.product.upload.refused", fileName, Feedback.text("rule.MEDIA_EMPTY"));
            return;
        }
        if (file.getSize() > media.pictureMaxBytes()) { // before reading the bytes into memory
            Feedback.error("admin.product.upload.tooLarge", fileName, megabytes(file.getSize()),
                    megabytes(media.pictureMaxBytes()));
            return;
        }
        try {
            MediaService.StoredPicture stored = media.storePicture(file.getContent(), callerShop.callerId());
            pictures.add(new PictureRow(stored.url()));
            Feedback.info("admin.product.upload.done", fileName, stored.width(), stored.height());
        } catch (BusinessRuleException e) {
            Feedback.error("admin.product.upload.refused", fileName, Feedback.ruleText(e));
        }
    }

    /** The product's video: MP4 or WebM by content, at most the configured size; replaces the one before. */
    public void uploadVideo(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        String fileName = file == null ? "" : file.getFileName();
        if (file == null || file.getSize() == 0) {
            Feedback.error("admin.product.upload.refused", fileName, Feedback.text("rule.MEDIA_EMPTY"));
            return;
        }
        if (file.getSize() > media.videoMaxBytes()) {
            Feedback.error("admin.product.upload.tooLarge", fileName, megabytes(file.getSize()),
                    megabytes(media.videoMaxBytes()));
            return;
        }
        try {
            videoUrl = media.storeVideo(file.getContent(), callerShop.callerId());
            Feedback.info("admin.product.video.done", fileName);
        } catch (BusinessRuleException e) {
            Feedback.error("admin.product.upload.refused", fileName, Feedback.ruleText(e));
        }
    }

    public void removeVideo() {
        videoUrl = null;
    }

    /** "30.0" for 31,457,280 bytes: MB with one decimal, for messages. */
    static String megabytes(long bytes) {
        return java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1024 * 1024), 1,
                java.math.RoundingMode.HALF_UP).toPlainString();
    }

    public String getPictureLimit() {
        return megabytes(media.pictureMaxBytes());
    }

    public String getVideoLimit() {
        return megabytes(media.videoMaxBytes());
    }

    /** The pictures a SKU may show: "#1", "#2" ... by gallery position, the address as value. */
    public List<SelectItem> getSkuPictureChoices() {
        List<SelectItem> choices = new ArrayList<>();
        for (int i = 0; i < pictures.size(); i++) {
            String url = pictures.get(i).getUrl();
            if (url != null && !url.isBlank()) {
                choices.add(new SelectItem(url.trim(), "#" + (i + 1)));
            }
        }
        return choices;
    }

    public String save() {
        boolean isNew = id == null;
        Long saved = persist();
        if (saved == null) {
            return null;
        }
        Feedback.info(isNew ? "admin.product.created" : "admin.product.saved");
        return reopen(saved);
    }

    /** Saves the form, then asks for review; a save that is refused submits nothing. */
    public String submit() {
        Long saved = persist();
        if (saved == null) {
            return null;
        }
        try {
            catalogService.submitForReview(scope, saved);
            Feedback.info("admin.product.submitted");
        } catch (BusinessRuleException e) {
            Feedback.info("admin.product.saved");
            Feedback.error(e);
        }
        return reopen(saved);
    }

    /** The editor again by GET (post-redirect-get), showing what was stored: SKU codes, stock, status. */
    private String reopen(long productId) {
        Feedback.keepForRedirect();
        return "/admin/product-edit?faces-redirect=true&id=" + productId;
    }

    /** Checks and saves the form; the product's id, or null when something was refused (and shown). */
    private Long persist() {
        Long saved = store();
        if (saved == null) {
            faces.validationFailed(); // the page scrolls up to the messages
        }
        return saved;
    }

    private Long store() {
        ProductDraft draft = draft();
        if (!valid(draft)) {
            return null;
        }
        try {
            if (id != null) {
                catalogService.update(scope, id, draft, callerShop.callerId());
                return id;
            }
            long shop;
            if (scope != null) {
                shop = scope;
            } else if (merchantId != null) {
                shop = merchants.get(merchantId).getId();
            } else {
                Feedback.error("rule.MERCHANT_REQUIRED");
                return null;
            }
            return catalogService.create(shop, draft, callerShop.callerId()).getId();
        } catch (BusinessRuleException e) {
            Feedback.error(e);
        } catch (NotFoundException e) {
            Feedback.error("admin.product.gone");
        }
        return null;
    }

    ProductDraft draft() {
        ProductDraft draft = new ProductDraft();
        draft.name = name;
        draft.nameEn = nameEn;
        draft.subtitle = subtitle;
        draft.description = description;
        draft.categoryId = categoryId;
        draft.brandId = brandId;
        draft.tags = tags == null ? new ArrayList<>() : tags.stream().map(String::trim)
                .collect(Collectors.toCollection(ArrayList::new));
        draft.slug = slug;
        draft.seoTitle = seoTitle;
        draft.seoDescription = seoDescription;
        draft.purchaseLimit = purchaseLimit;
        draft.lowStockThreshold = lowStockThreshold;
        draft.onShelfAt = instant(onShelfAt);
        draft.offShelfAt = instant(offShelfAt);
        draft.specs = specs.stream().map(s -> new ProductDraft.SpecDraft(s.cleanName(), s.cleanOptions()))
                .collect(Collectors.toCollection(ArrayList::new));
        draft.skus = skus.stream().map(SkuRow::draft).collect(Collectors.toCollection(ArrayList::new));
        draft.images = pictures.stream().map(PictureRow::getUrl).filter(u -> u != null && !u.isBlank())
                .map(String::trim).collect(Collectors.toCollection(ArrayList::new));
        draft.videoUrl = videoUrl;
        return draft;
    }

    /** Shows each Bean Validation problem as "field: problem", both in the page's language. */
    private boolean valid(ProductDraft draft) {
        Locale locale = faces.getViewRoot().getLocale();
        MessageInterpolator standard = validation.getMessageInterpolator();
        MessageInterpolator inPageLanguage = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return standard.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale other) {
                return standard.interpolate(template, context, other);
            }
        };
        Set<ConstraintViolation<ProductDraft>> violations = validation.usingContext()
                .messageInterpolator(inPageLanguage).getValidator().validate(draft);
        violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> Feedback.error("admin.product.problem", label(v.getPropertyPath()), v.getMessage()));
        return violations.isEmpty();
    }

    /** "skus[2].price" → the bundle's label for admin.product.field.skus.price and the row number 3. */
    static String labelKey(Path path) {
        StringBuilder key = new StringBuilder("admin.product.field");
        for (Path.Node node : path) {
            if (node.getName() != null && !node.getName().startsWith("<")) {
                key.append('.').append(node.getName());
            }
        }
        return key.toString();
    }

    private static String label(Path path) {
        Integer row = null;
        for (Path.Node node : path) {
            if (row == null && node.getIndex() != null) {
                row = node.getIndex() + 1;
            }
        }
        String label = Feedback.text(labelKey(path));
        return row == null ? label : label + " #" + row;
    }

    private LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, shopTime.zone());
    }

    private Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(shopTime.zone()).toInstant();
    }

    public boolean isSubmittable() {
        return status == null || status == ProductStatus.DRAFT || status == ProductStatus.OFF_SHELF;
    }

    /** A specification (颜色) with its options (红, 蓝), as typed. */
    public static class SpecRow implements Serializable {
        private String name;
        private List<String> options;

        SpecRow(String name, List<String> options) {
            this.name = name;
            this.options = new ArrayList<>(options);
        }

        String cleanName() {
            return name == null ? "" : name.trim();
        }

        List<String> cleanOptions() {
            return options == null ? new ArrayList<>() : options.stream().filter(Objects::nonNull).map(String::trim)
                    .filter(o -> !o.isEmpty()).distinct().collect(Collectors.toCollection(ArrayList::new));
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public List<String> getOptions() {
            return options;
        }

        public void setOptions(List<String> options) {
            this.options = options == null ? new ArrayList<>() : new ArrayList<>(options);
        }
    }

    /** One SKU of the matrix: its options, and what the merchant sets for it. */
    public static class SkuRow implements Serializable {
        private final LinkedHashMap<String, String> specs;
        /** The stored SKU's code and availability; null for a row not saved yet. */
        private String code;
        private Integer available;
        private BigDecimal price;
        private BigDecimal originalPrice;
        private Integer stock;
        private Integer weightGrams;
        private String barcode;
        // not on the form, but carried back: the service would otherwise clear them on every save
        private Integer lengthMm;
        private Integer widthMm;
        private Integer heightMm;
        private String imageUrl;

        SkuRow(Map<String, String> specs) {
            this.specs = new LinkedHashMap<>(specs);
        }

        SkuRow(Sku sku) {
            this(sku.getSpecs());
            code = sku.getCode();
            available = sku.getAvailable();
            price = sku.getPrice().amount();
            originalPrice = sku.getOriginalPrice() == null ? null : sku.getOriginalPrice().amount();
            weightGrams = sku.getWeightGrams();
            barcode = sku.getBarcode();
            lengthMm = sku.getLengthMm();
            widthMm = sku.getWidthMm();
            heightMm = sku.getHeightMm();
            imageUrl = sku.getImageUrl();
        }

        ProductDraft.SkuDraft draft() {
            ProductDraft.SkuDraft draft = new ProductDraft.SkuDraft(specs, price, stock == null ? 0 : stock);
            draft.originalPrice = originalPrice;
            draft.weightGrams = weightGrams;
            draft.barcode = barcode == null || barcode.isBlank() ? null : barcode.trim();
            draft.lengthMm = lengthMm;
            draft.widthMm = widthMm;
            draft.heightMm = heightMm;
            draft.imageUrl = imageUrl;
            return draft;
        }

        /** "红 / M", or empty for a product without specifications. */
        public String getSpecLabel() {
            return String.join(" / ", specs.values());
        }

        public boolean isStored() {
            return code != null;
        }

        public String getCode() {
            return code;
        }

        public Integer getAvailable() {
            return available;
        }

        public BigDecimal getPrice() {
            return price;
        }

        public void setPrice(BigDecimal price) {
            this.price = price;
        }

        public BigDecimal getOriginalPrice() {
            return originalPrice;
        }

        public void setOriginalPrice(BigDecimal originalPrice) {
            this.originalPrice = originalPrice;
        }

        public Integer getStock() {
            return stock;
        }

        public void setStock(Integer stock) {
            this.stock = stock;
        }

        public Integer getWeightGrams() {
            return weightGrams;
        }

        public void setWeightGrams(Integer weightGrams) {
            this.weightGrams = weightGrams;
        }

        public String getBarcode() {
            return barcode;
        }

        /** The picture shown when a shopper picks this SKU: one of the product's, or null for the main one. */
        public String getImageUrl() {
            return imageUrl;
        }

        public void setImageUrl(String imageUrl) {
            this.imageUrl = imageUrl == null || imageUrl.isBlank() ? null : imageUrl;
        }

        public void setBarcode(String barcode) {
            this.barcode = barcode;
        }
    }

    /** One picture's address (an upload's, or any other typed by hand). */
    public static class PictureRow implements Serializable {
        private String url;

        PictureRow(String url) {
            this.url = url;
        }

        public String getUrl() {
            return url;
        }

        /** The small version to preview in the editor. */
        public String getThumbUrl() {
            return url == null || url.isBlank() ? null : MediaService.thumbnailOf(url.trim());
        }

        public boolean isUploaded() {
            return MediaService.isUploaded(url);
        }

        public void setUrl(String url) {
            this.url = url;
        }
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public Long getId() {
        return id;
    }

    public boolean isAdmin() {
        return admin;
    }

    public ProductStatus getStatus() {
        return status;
    }

    public String getReviewNote() {
        return reviewNote;
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

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getSubtitle() {
        return subtitle;
    }

    public void setSubtitle(String subtitle) {
        this.subtitle = subtitle;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Long getBrandId() {
        return brandId;
    }

    public void setBrandId(Long brandId) {
        this.brandId = brandId;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
    }

    public int getPurchaseLimit() {
        return purchaseLimit;
    }

    public void setPurchaseLimit(int purchaseLimit) {
        this.purchaseLimit = purchaseLimit;
    }

    public int getLowStockThreshold() {
        return lowStockThreshold;
    }

    public void setLowStockThreshold(int lowStockThreshold) {
        this.lowStockThreshold = lowStockThreshold;
    }

    public LocalDateTime getOnShelfAt() {
        return onShelfAt;
    }

    public void setOnShelfAt(LocalDateTime onShelfAt) {
        this.onShelfAt = onShelfAt;
    }

    public LocalDateTime getOffShelfAt() {
        return offShelfAt;
    }

    public void setOffShelfAt(LocalDateTime offShelfAt) {
        this.offShelfAt = offShelfAt;
    }

    public String getSeoTitle() {
        return seoTitle;
    }

    public void setSeoTitle(String seoTitle) {
        this.seoTitle = seoTitle;
    }

    public String getSeoDescription() {
        return seoDescription;
    }

    public void setSeoDescription(String seoDescription) {
        this.seoDescription = seoDescription;
    }

    public List<SpecRow> getSpecs() {
        return specs;
    }

    public List<SkuRow> getSkus() {
        return skus;
    }

    public List<PictureRow> getPictures() {
        return pictures;
    }

    public String getVideoUrl() {
        return videoUrl;
    }

    public boolean isMoreSpecsAllowed() {
        return specs.size() < MAX_SPECS;
    }

    public List<SelectItem> getCategoryChoices() {
        return categoryChoices;
    }

    public List<SelectItem> getBrandChoices() {
        return brandChoices;
    }

    public List<SelectItem> getMerchantChoices() {
        return merchantChoices;
    }
}
