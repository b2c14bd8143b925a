package org.emporium.catalog;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.emporium.inventory.Inventory;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.Money;
import org.emporium.platform.NotFoundException;

/**
 * Publishing products (商品上架): merchants create and edit their products with the SKU matrix, submit them for
 * review and take them on and off shelf; an admin approves or rejects. Every method that takes a merchant id acts
 * only on that merchant's products (null: an admin acting on any). Another merchant's product is "not found".
 */
@Stateless
public class CatalogService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Inventory inventory;

    @Inject
    Clock clock;

    @Inject
    Event<ProductChanged> changes;

    public Product create(long merchantId, @NotNull @Valid ProductDraft draft, Long actorId) {
        checkReferences(draft);
        List<Map<String, String>> combinations = checkMatrix(draft);
        Instant now = clock.instant();
        Product product = new Product(merchantId, uniqueSlug(draft.slug, draft.nameEn), now);
        product.apply(draft, now);
        em.persist(product);
        em.flush();
        applySpecs(product, draft);
        for (int i = 0; i < draft.skus.size(); i++) {
            addSku(product, draft.skus.get(i), combinations.get(i), actorId);
        }
        applyImages(product, draft.images);
        product.refreshPriceFrom();
        em.flush();
        changes.fire(new ProductChanged(product.getId()));
        return product;
    }

    /**
     * Edits a product. SKUs are matched by their options: known combinations keep their id and stock, new ones
     * are created with their initial stock, and combinations no longer listed are deactivated (old orders still
     * point to them). Stock of existing SKUs changes only through the inventory.
     */
    public Product update(Long merchantId, long productId, @NotNull @Valid ProductDraft draft, Long actorId) {
        Product product = owned(merchantId, productId);
        checkReferences(draft);
        List<Map<String, String>> combinations = checkMatrix(draft);
        if (draft.slug != null && !draft.slug.isBlank() && !draft.slug.equals(product.getSlug())) {
            throw new BusinessRuleException("SLUG_FIXED", "A product's address (slug) cannot change once created");
        }
        product.apply(draft, clock.instant());
        product.specList().clear();
        em.flush();
        applySpecs(product, draft);
        Map<String, Sku> existing = new LinkedHashMap<>();
        product.skuList().forEach(s -> existing.put(s.getSpecKey(), s));
        Set<String> kept = new HashSet<>();
        for (int i = 0; i < draft.skus.size(); i++) {
            String key = Sku.encode(combinations.get(i));
            Sku sku = existing.get(key);
            if (sku == null) {
                addSku(product, draft.skus.get(i), combinations.get(i), actorId);
            } else {
                sku.apply(draft.skus.get(i), currency());
            }
            kept.add(key);
        }
        existing.forEach((key, sku) -> {
            if (!kept.contains(key)) {
                sku.deactivate();
            }
        });
        product.imageList().clear();
        em.flush();
        applyImages(product, draft.images);
        product.refreshPriceFrom();
        changes.fire(new ProductChanged(productId));
        return product;
    }

    /** The merchant asks for review (DRAFT or OFF_SHELF → PENDING_REVIEW). */
    public Product submitForReview(Long merchantId, long productId) {
        Product product = owned(merchantId, productId);
        product.moveTo(ProductStatus.PENDING_REVIEW, null, clock.instant());
        changes.fire(new ProductChanged(productId));
        return product;
    }

    /** An admin approves: on shelf now, or off shelf until its scheduled on-shelf time. */
    public Product approve(long productId) {
        Product product = owned(null, productId);
        Instant now = clock.instant();
        boolean waits = product.getOnShelfAt() != null && product.getOnShelfAt().isAfter(now);
        boolean over = product.getOffShelfAt() != null && !product.getOffShelfAt().isAfter(now);
        product.moveTo(waits || over ? ProductStatus.OFF_SHELF : ProductStatus.ON_SHELF, null, now);
        changes.fire(new ProductChanged(productId));
        return product;
    }

    /** An admin rejects with a reason the merchant sees; the product goes back to DRAFT. */
    public Product reject(long productId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("VALIDATION", "A rejection needs a reason");
        }
        if (reason.trim().length() > 500) {
            throw new BusinessRuleException("REASON_TOO_LONG", "A rejection reason has at most 500 characters");
        }
        Product product = owned(null, productId);
        product.moveTo(ProductStatus.DRAFT, reason.trim(), clock.instant());
        changes.fire(new ProductChanged(productId));
        return product;
    }

    /**
     * Puts an approved product (OFF_SHELF) back on shelf. Not from PENDING_REVIEW: the life cycle allows that move
     * for {@link #approve(long)} only, else a merchant could skip the review.
     */
    public Product putOnShelf(Long merchantId, long productId) {
        Product product = owned(merchantId, productId);
        requireStatus(product, ProductStatus.OFF_SHELF, ProductStatus.ON_SHELF);
        product.moveTo(ProductStatus.ON_SHELF, null, clock.instant());
        changes.fire(new ProductChanged(productId));
        return product;
    }

    /**
     * Takes a product off shelf. Only from ON_SHELF: taking a PENDING_REVIEW product "off shelf" would make it look
     * approved, and the next {@link #putOnShelf} would skip the review.
     */
    public Product takeOffShelf(Long merchantId, long productId) {
        Product product = owned(merchantId, productId);
        requireStatus(product, ProductStatus.ON_SHELF, ProductStatus.OFF_SHELF);
        product.moveTo(ProductStatus.OFF_SHELF, null, clock.instant());
        changes.fire(new ProductChanged(productId));
        return product;
    }

    private static void requireStatus(Product product, ProductStatus required, ProductStatus next) {
        if (product.getStatus() != required) {
            throw new BusinessRuleException("INVALID_STATE",
                    "A product that is " + product.getStatus() + " cannot become " + next);
        }
    }

    /**
     * Bulk price change (批量改价) for every active SKU of one product, in one transaction: a SKU whose new price would
     * be above its original price refuses the whole product. Returns how many SKUs got a new price.
     */
    public int changePrices(Long merchantId, long productId, @NotNull PriceChange change) {
        Product product = owned(merchantId, productId);
        int changed = 0;
        for (Sku sku : product.getSkus()) {
            BigDecimal now = sku.getPrice().amount();
            BigDecimal next = change.applyTo(now);
            if (next.compareTo(now) != 0) {
                sku.reprice(next, sku.getOriginalPrice() == null ? null : sku.getOriginalPrice().amount());
                changed++;
            }
        }
        if (changed > 0) {
            product.refreshPriceFrom();
            product.touch(clock.instant());
            changes.fire(new ProductChanged(productId));
        }
        return changed;
    }

    /**
     * Bulk stock count: sets on hand of every active SKU of one product through the inventory (one ledger row per
     * SKU that changes, with the reason). Returns how many SKUs changed.
     */
    public int setStock(Long merchantId, long productId, int onHand, String reason, Long actorId) {
        if (onHand < 0) {
            throw new BusinessRuleException("VALIDATION", "On hand cannot be negative");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("REASON_REQUIRED", "A stock change needs a reason");
        }
        Product product = owned(merchantId, productId);
        int changed = 0;
        for (Sku sku : product.getSkus()) {
            em.refresh(sku);
            if (sku.getOnHand() != onHand) {
                inventory.setOnHand(sku.getId(), onHand, reason.trim(), actorId);
                changed++;
            }
        }
        if (changed > 0) {
            product.touch(clock.instant());
            changes.fire(new ProductChanged(productId));
        }
        return changed;
    }

    /** The SKU a CSV row names, if it is this merchant's (any shop's for null) and belongs to the named product. */
    private Sku skuOf(Long merchantId, SkuUpdate row) {
        List<Sku> found = em.createNamedQuery("Sku.byCode", Sku.class).setParameter("code", row.skuCode())
                .getResultList();
        Sku sku = found.isEmpty() ? null : found.get(0);
        // another shop's SKU reads as unknown, so codes of other shops cannot be probed
        if (sku == null || !sku.isActive()
                || (merchantId != null && !merchantId.equals(sku.getProduct().getMerchantId()))) {
            throw new BusinessRuleException("UNKNOWN_SKU", "There is no SKU " + row.skuCode() + " in your shop");
        }
        if (sku.getProduct().getId() != row.productId()) {
            throw new BusinessRuleException("SKU_OF_OTHER_PRODUCT",
                    "SKU " + row.skuCode() + " does not belong to product " + row.productId());
        }
        return sku;
    }

    /** Checks a CSV row against the catalog without changing anything (the import's preview). */
    public void checkSkuUpdate(Long merchantId, @NotNull SkuUpdate row) {
        Sku sku = skuOf(merchantId, row);
        BigDecimal price = row.price() != null ? row.price() : sku.getPrice().amount();
        BigDecimal original = row.originalPrice() != null ? row.originalPrice()
                : sku.getOriginalPrice() == null ? null : sku.getOriginalPrice().amount();
        if (original != null && original.compareTo(price) < 0) {
            throw new BusinessRuleException("PRICE_ABOVE_ORIGINAL",
                    "The price " + price + " would be above the original price " + original);
        }
        if (row.available() != null) {
            em.refresh(sku);
            if (row.available() + sku.getReserved() < 0) {
                throw new BusinessRuleException("VALIDATION", "Stock cannot be negative");
            }
        }
    }

    /**
     * Applies one CSV row in one transaction: price and original price, then available stock through the
     * inventory (on hand = reserved + available, ledger reason "CSV import"). A refused row changes nothing.
     * Returns whether anything changed.
     */
    public boolean applySkuUpdate(Long merchantId, @NotNull SkuUpdate row, Long actorId) {
        checkSkuUpdate(merchantId, row); // refreshes the SKU's stock figures when the row has any
        Sku sku = skuOf(merchantId, row);
        boolean changed = false;
        if (row.available() != null && row.available() != sku.getAvailable()) {
            inventory.setOnHand(sku.getId(), sku.getReserved() + row.available(), CSV_IMPORT, actorId);
            changed = true;
        }
        BigDecimal price = row.price() != null ? row.price() : sku.getPrice().amount();
        BigDecimal oldOriginal = sku.getOriginalPrice() == null ? null : sku.getOriginalPrice().amount();
        BigDecimal original = row.originalPrice() != null ? row.originalPrice() : oldOriginal;
        if (price.compareTo(sku.getPrice().amount()) != 0
                || (original != null && (oldOriginal == null || original.compareTo(oldOriginal) != 0))) {
            sku.reprice(price, original);
            sku.getProduct().refreshPriceFrom();
            changed = true;
        }
        if (changed) {
            sku.getProduct().touch(clock.instant());
            changes.fire(new ProductChanged(sku.getProduct().getId()));
        }
        return changed;
    }

    /** The stock ledger's reason for changes made by a CSV import. */
    public static final String CSV_IMPORT = "CSV import";

    /** Puts due products on or off shelf; run every minute by {@link ShelfSchedule}. Returns how many moved. */
    public int applySchedules() {
        Instant now = clock.instant();
        List<Product> moved = new ArrayList<>();
        for (Product p : em.createNamedQuery("Product.dueOffShelf", Product.class)
                .setParameter("onShelf", ProductStatus.ON_SHELF).setParameter("now", now).getResultList()) {
            p.moveTo(ProductStatus.OFF_SHELF, null, now);
            moved.add(p);
        }
        for (Product p : em.createNamedQuery("Product.dueOnShelf", Product.class)
                .setParameter("offShelf", ProductStatus.OFF_SHELF).setParameter("now", now).getResultList()) {
            if (p.getOnShelfAt().isAfter(p.getUpdatedAt())) { // not if taken off by hand after its on-shelf time
                p.moveTo(ProductStatus.ON_SHELF, null, now);
                moved.add(p);
            }
        }
        moved.forEach(p -> changes.fire(new ProductChanged(p.getId())));
        return moved.size();
    }

    /** A product of this merchant (any product for null), whatever its status. */
    public Product owned(Long merchantId, long productId) {
        Product product = em.find(Product.class, productId);
        if (product == null || (merchantId != null && !merchantId.equals(product.getMerchantId()))) {
            throw new NotFoundException("Product");
        }
        return product;
    }

    /** A SKU of this merchant's products (any for null). */
    public Sku ownedSku(Long merchantId, long skuId) {
        Sku sku = em.find(Sku.class, skuId);
        if (sku == null || (merchantId != null && !merchantId.equals(sku.getProduct().getMerchantId()))) {
            throw new NotFoundException("SKU");
        }
        return sku;
    }

    /** The merchant's products (all for null), newest first, in any status. */
    public List<Product> productsOf(Long merchantId, int first, int max) {
        String jpql = "SELECT p FROM Product p" + (merchantId == null ? "" : " WHERE p.merchantId = :m")
                + " ORDER BY p.id DESC";
        var query = em.createQuery(jpql, Product.class).setFirstResult(first).setMaxResults(Math.min(max, 200));
        if (merchantId != null) {
            query.setParameter("m", merchantId);
        }
        return query.getResultList();
    }

    /**
     * One page of the merchant's products (all shops' for null) as a back-office list asks for them, each with its
     * pictures and SKUs loaded for the thumbnail and the stock total.
     */
    public List<Product> productsOf(Long merchantId, ProductQuery query, int first, int max) {
        TypedQuery<Product> select = em.createQuery(
                "SELECT p FROM Product p" + where(merchantId, query) + orderBy(query), Product.class);
        bind(select, merchantId, query);
        // two IN queries for the whole page instead of two queries per row
        select.setHint("eclipselink.batch.type", "IN");
        select.setHint("eclipselink.batch", "p.images");
        select.setHint("eclipselink.batch", "p.skus");
        List<Product> page = select.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList();
        page.forEach(p -> {
            p.imageList().size(); // loaded while the transaction is still open
            p.skuList().size();
        });
        return page;
    }

    /** How many products {@link #productsOf(Long, ProductQuery, int, int)} has in all pages. */
    public long countProductsOf(Long merchantId, ProductQuery query) {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Product p" + where(merchantId, query),
                Long.class);
        bind(count, merchantId, query);
        return count.getSingleResult();
    }

    /** The active SKUs of every product the list shows (all pages, in its order), for exports. */
    public List<Sku> skusOf(Long merchantId, ProductQuery query) {
        TypedQuery<Sku> select = em.createQuery("SELECT s FROM Sku s JOIN FETCH s.product p"
                + where(merchantId, query, "s.active = TRUE") + orderBy(query) + ", s.id", Sku.class);
        bind(select, merchantId, query);
        return select.getResultList();
    }

    private static String where(Long merchantId, ProductQuery query, String... more) {
        List<String> conditions = new ArrayList<>(List.of(more));
        if (merchantId != null) {
            conditions.add("p.merchantId = :merchant");
        }
        if (query.status() != null) {
            conditions.add("p.status = :status");
        }
        if (query.text() != null) {
            conditions.add("(LOWER(p.name) LIKE :text ESCAPE '!' OR LOWER(p.nameEn) LIKE :text ESCAPE '!')");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The id breaks ties, so pages neither repeat nor skip rows. */
    private static String orderBy(ProductQuery query) {
        return " ORDER BY " + query.sort().path + (query.ascending() ? " ASC" : " DESC") + ", p.id DESC";
    }

    private static void bind(Query q, Long merchantId, ProductQuery query) {
        if (merchantId != null) {
            q.setParameter("merchant", merchantId);
        }
        if (query.status() != null) {
            q.setParameter("status", query.status());
        }
        if (query.text() != null) {
            q.setParameter("text", containing(query.text()));
        }
    }

    /** A LIKE pattern that finds the text anywhere, with the text's own % and _ taken literally. */
    static String containing(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private void checkReferences(ProductDraft draft) {
        if (em.find(Category.class, draft.categoryId) == null) {
            throw new BusinessRuleException("UNKNOWN_CATEGORY", "There is no category " + draft.categoryId);
        }
        if (draft.videoUrl != null && !draft.videoUrl.isBlank()) {
            String key = draft.videoUrl.trim().substring(Math.min(draft.videoUrl.trim().length(),
                    MediaService.PREFIX.length()));
            boolean video = MediaService.isUploaded(draft.videoUrl.trim()) && !em.createNamedQuery("Media.byKey",
                    Media.class).setParameter("key", key).getResultStream()
                    .filter(m -> m.getContentType().startsWith("video/")).toList().isEmpty();
            if (!video) {
                throw new BusinessRuleException("UNKNOWN_VIDEO", "The video must be one uploaded to the shop");
            }
        }
        if (draft.brandId != null && em.find(Brand.class, draft.brandId) == null) {
            throw new BusinessRuleException("UNKNOWN_BRAND", "There is no brand " + draft.brandId);
        }
    }

    /**
     * Each SKU must choose exactly one listed option of every specification, and no combination may appear twice.
     * Returns each SKU's combination in specification order.
     */
    static List<Map<String, String>> checkMatrix(ProductDraft draft) {
        Set<String> specNames = new HashSet<>();
        for (ProductDraft.SpecDraft spec : draft.specs) {
            if (!specNames.add(spec.name.trim())) {
                throw new BusinessRuleException("INVALID_SKUS", "Specification " + spec.name + " is listed twice");
            }
            if (new HashSet<>(spec.options).size() != spec.options.size()) {
                throw new BusinessRuleException("INVALID_SKUS", "Specification " + spec.name + " repeats an option");
            }
        }
        List<Map<String, String>> combinations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ProductDraft.SkuDraft sku : draft.skus) {
            Map<String, String> chosen = sku.specs == null ? Map.of() : sku.specs;
            if (chosen.size() != draft.specs.size()) {
                throw new BusinessRuleException("INVALID_SKUS",
                        "Each SKU must choose one option of every specification");
            }
            Map<String, String> ordered = new LinkedHashMap<>();
            for (ProductDraft.SpecDraft spec : draft.specs) {
                String option = chosen.get(spec.name);
                if (option == null || !spec.options.contains(option)) {
                    throw new BusinessRuleException("INVALID_SKUS",
                            "A SKU chooses an option that " + spec.name + " does not have: " + option);
                }
                ordered.put(spec.name.trim(), option.trim());
            }
            if (!seen.add(Sku.encode(ordered))) {
                throw new BusinessRuleException("INVALID_SKUS", "Two SKUs have the same options: " + ordered);
            }
            if (sku.imageUrl != null && !sku.imageUrl.isBlank() && !draft.images.contains(sku.imageUrl)) {
                throw new BusinessRuleException("SKU_PICTURE",
                        "A SKU's picture must be one of the product's pictures: " + sku.imageUrl);
            }
            if (sku.originalPrice != null && sku.originalPrice.compareTo(sku.price) < 0) {
                throw new BusinessRuleException("INVALID_SKUS", "An original price below the price makes no sense");
            }
            combinations.add(ordered);
        }
        return combinations;
    }

    private void applySpecs(Product product, ProductDraft draft) {
        for (int i = 0; i < draft.specs.size(); i++) {
            ProductDraft.SpecDraft spec = draft.specs.get(i);
            ProductSpec entity = new ProductSpec(product, i, spec.name.trim(),
                    spec.options.stream().map(String::trim).toList());
            em.persist(entity);
            product.specList().add(entity);
        }
    }

    private void addSku(Product product, ProductDraft.SkuDraft draft, Map<String, String> combination, Long actor) {
        Sku sku = new Sku(product, "P" + product.getId() + "-" + (product.skuList().size() + 1), combination);
        sku.apply(draft, currency());
        em.persist(sku);
        product.skuList().add(sku);
        em.flush();
        if (draft.stock > 0) {
            inventory.receive(sku.getId(), draft.stock, "initial stock", actor);
            em.refresh(sku); // the receipt changed the row behind the entity's back
        }
    }

    private void applyImages(Product product, List<String> urls) {
        for (int i = 0; i < urls.size(); i++) {
            String url = urls.get(i).trim();
            ProductImage image = new ProductImage(product, i, url, thumbnailOf(url));
            em.persist(image);
            product.imageList().add(image);
        }
    }

    /** Uploaded pictures have thumbnails beside them ({@link MediaService}); other addresses are their own. */
    static String thumbnailOf(String url) {
        return MediaService.thumbnailOf(url);
    }

    private String uniqueSlug(String requested, String nameEn) {
        String base = requested != null && !requested.isBlank() ? requested : slugOf(nameEn);
        String slug = base;
        while (!em.createNamedQuery("Product.bySlug", Product.class).setParameter("slug", slug)
                .getResultList().isEmpty()) {
            if (requested != null && !requested.isBlank()) {
                throw new BusinessRuleException("SLUG_TAKEN", "Another product already uses the address " + slug);
            }
            slug = base + "-" + Integer.toString(1000 + RANDOM.nextInt(9000));
        }
        return slug;
    }

    /** "Huawei Mate 60 Pro (12GB)" → "huawei-mate-60-pro-12gb". */
    static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 100) {
            slug = slug.substring(0, 100).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "product" : slug;
    }

    private static java.util.Currency currency() {
        return Money.BASE_CURRENCY;
    }
}
