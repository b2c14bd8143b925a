package org.emporium.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.emporium.catalog.Brand;
import org.emporium.catalog.Catalog;
import org.emporium.catalog.CatalogChanged;
import org.emporium.catalog.Category;
import org.emporium.catalog.Product;
import org.emporium.catalog.ProductChanged;
import org.emporium.catalog.Sku;

/**
 * The storefront's product search on Apache Lucene: Chinese text through the SmartChinese analyzer, English through
 * the English analyzer (stems: "phones" finds "phone"), partial and slightly misspelt English words through prefix
 * and fuzzy queries, and facet counts for category, brand, price band and specification options.
 *
 * <p>Only products on shelf are indexed. The index lives in this node's memory: rebuilt at start-up, updated right
 * after every committed product change on this node, and every 30 seconds from the products changed since the last
 * look, which keeps every node of a cluster fresh.
 */
@Singleton
@Startup
@DependsOn("ShopDatabase")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ProductSearch {

    private static final Logger LOG = Logger.getLogger(ProductSearch.class.getName());
    /** Price bands for the price facet, in yuan: 0-100, 100-500, ... */
    static final long[] PRICE_BANDS = {0, 100, 500, 1000, 3000, 10000};

    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final Analyzer chinese = new SmartChineseAnalyzer();
    private final Analyzer english = new EnglishAnalyzer();
    private final Analyzer plain = new StandardAnalyzer();

    @EJB
    Catalog catalog;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    private ByteBuffersDirectory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private volatile Instant lastSync = Instant.EPOCH;

    @PostConstruct
    void open() {
        try {
            directory = new ByteBuffersDirectory();
            Map<String, Analyzer> perField = Map.of("zh", chinese, "en", english, "plain", plain);
            writer = new IndexWriter(directory, new IndexWriterConfig(new PerFieldAnalyzerWrapper(plain, perField)));
            searchers = new SearcherManager(writer, null);
            rebuild();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.warning("Closing the search index: " + e);
        }
    }

    /** Builds the index anew from the database (start-up, and the back office's "rebuild" action). */
    public synchronized int rebuild() {
        Instant started = Instant.now();
        try {
            writer.deleteAll();
            Map<Long, Category> categories = catalog.categoriesById();
            Map<Long, Brand> brands = catalog.brandsById();
            List<Product> products = catalog.onShelf();
            for (Product product : products) {
                writer.addDocument(facetsConfig.build(document(product, categories, brands)));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
            lastSync = started;
            LOG.info(() -> "Search index built: " + products.size() + " product(s) on shelf");
            return products.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Right after a product change commits on this node. */
    public void onProductChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProductChanged change) {
        reindex(List.of(change.productId()));
    }

    /**
     * A category renamed or moved changes what finds its products (names, ancestors): the index is rebuilt in the
     * background once the change has committed. (Other nodes of a cluster pick this up at their next rebuild.)
     */
    public void onCatalogChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        if (change.affectsProducts()) {
            executor.execute(() -> {
                try {
                    rebuild();
                } catch (RuntimeException e) {
                    LOG.log(java.util.logging.Level.WARNING, "Rebuilding the search index after a category change", e);
                }
            });
        }
    }

    /** Picks up changes made on other nodes of a cluster. */
    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false, info = "search index sync")
    void syncChanges() {
        Instant since = lastSync.minusSeconds(5);
        lastSync = Instant.now();
        List<Long> changed = catalog.changedSince(since);
        if (!changed.isEmpty()) {
            reindex(changed);
        }
    }

    public synchronized void reindex(List<Long> productIds) {
        try {
            Map<Long, Category> categories = catalog.categoriesById();
            Map<Long, Brand> brands = catalog.brandsById();
            for (long id : productIds) {
                Term key = new Term("id", String.valueOf(id));
                Product product = catalog.findProduct(id);
                if (product == null || !product.isVisible()) {
                    writer.deleteDocuments(key);
                } else {
                    writer.updateDocument(key, facetsConfig.build(document(product, categories, brands)));
                }
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SearchResult search(SearchQuery query) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query lucene = toLucene(query);
                int wanted = (query.page() + 1) * query.size();
                Sort sort = sortOf(query.sort());
                var top = sort == null ? new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE)
                        : new TopFieldCollectorManager(sort, wanted, Integer.MAX_VALUE);
                Object[] results = searcher.search(lucene,
                        new MultiCollectorManager(top, new FacetsCollectorManager()));
                TopDocs docs = (TopDocs) results[0];
                FacetsCollector facets = (FacetsCollector) results[1];
                List<SearchResult.Hit> hits = new ArrayList<>();
                ScoreDoc[] scoreDocs = docs.scoreDocs;
                for (int i = query.page() * query.size(); i < scoreDocs.length; i++) {
                    hits.add(hit(searcher.storedFields().document(scoreDocs[i].doc)));
                }
                return new SearchResult(hits, docs.totalHits.value, facetCounts(searcher, facets),
                        query.page(), query.size());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Up to {@code limit} product names that start with or contain what the shopper has typed so far. Called on
     * every keystroke, so it only scores the best few matches and reads their names: no facets, no totals, no
     * other stored fields.
     */
    public List<String> suggest(String typed, boolean chineseNames, int limit) {
        if (typed == null || typed.isBlank() || limit <= 0) {
            return List.of();
        }
        String field = chineseNames ? "name" : "nameEn";
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query lucene = toLucene(new SearchQuery(typed, null, null, null, null, Map.of(),
                        SearchQuery.Sort.RELEVANCE, 0, limit));
                TopDocs top = searcher.search(lucene, new TopScoreDocCollectorManager(limit, limit));
                java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
                var stored = searcher.storedFields();
                for (ScoreDoc doc : top.scoreDocs) {
                    names.add(stored.document(doc.doc, java.util.Set.of(field)).get(field));
                }
                return List.copyOf(names);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Document document(Product p, Map<Long, Category> categories, Map<Long, Brand> brands) {
        Document doc = new Document();
        doc.add(new StringField("id", String.valueOf(p.getId()), Field.Store.YES));
        Category category = categories.get(p.getCategoryId());
        Brand brand = p.getBrandId() == null ? null : brands.get(p.getBrandId());
        StringBuilder zh = new StringBuilder(p.getName());
        StringBuilder en = new StringBuilder(p.getNameEn());
        if (p.getSubtitle() != null) {
            zh.append(' ').append(p.getSubtitle());
            en.append(' ').append(p.getSubtitle());
        }
        for (String tag : p.getTags()) {
            zh.append(' ').append(tag);
            en.append(' ').append(tag);
        }
        for (Category c = category; c != null; c = c.getParentId() == null ? null : categories.get(c.getParentId())) {
            zh.append(' ').append(c.getName());
            en.append(' ').append(c.getNameEn());
            doc.add(new StringField("category", String.valueOf(c.getId()), Field.Store.NO));
        }
        if (brand != null) {
            zh.append(' ').append(brand.getName());
            en.append(' ').append(brand.getNameEn());
            doc.add(new StringField("brand", String.valueOf(brand.getId()), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField("brand", String.valueOf(brand.getId())));
            doc.add(new StoredField("brandId", brand.getId()));
        }
        doc.add(new TextField("zh", zh.toString(), Field.Store.NO));
        doc.add(new TextField("en", en.toString(), Field.Store.NO));
        doc.add(new TextField("plain", p.getName() + " " + en, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField("category", String.valueOf(p.getCategoryId())));
        doc.add(new StoredField("categoryId", p.getCategoryId()));

        long cents = p.getPriceFrom().amount().movePointRight(2).longValueExact();
        doc.add(new LongPoint("price", cents));
        doc.add(new NumericDocValuesField("price", cents));
        doc.add(new SortedSetDocValuesFacetField("price", priceBand(p.getPriceFrom().amount())));
        doc.add(new NumericDocValuesField("sales", p.getSales()));
        doc.add(new NumericDocValuesField("newest", p.getCreatedAt().toEpochMilli()));
        doc.add(new NumericDocValuesField("rating",
                p.getRating().movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValue()));
        Map<String, java.util.Set<String>> options = new LinkedHashMap<>();
        for (Sku sku : p.getSkus()) {
            sku.getSpecs().forEach((name, option) ->
                    options.computeIfAbsent(name, n -> new java.util.LinkedHashSet<>()).add(option));
        }
        options.forEach((name, values) -> {
            facetsConfig.setMultiValued("spec:" + name, true); // a product offers several colours
            for (String option : values) {
                doc.add(new StringField("spec", name + "=" + option, Field.Store.NO));
                doc.add(new SortedSetDocValuesFacetField("spec:" + name, option));
            }
        });
        doc.add(new StoredField("name", p.getName()));
        doc.add(new StoredField("nameEn", p.getNameEn()));
        doc.add(new StoredField("slug", p.getSlug()));
        doc.add(new StoredField("priceText", p.getPriceFrom().amountText()));
        doc.add(new StoredField("currency", p.getPriceFrom().currency().getCurrencyCode()));
        doc.add(new StoredField("ratingText", p.getRating().toPlainString()));
        doc.add(new StoredField("salesCount", p.getSales()));
        if (p.getCoverUrl() != null) {
            doc.add(new StoredField("image", p.getCoverUrl()));
        }
        return doc;
    }

    static String priceBand(BigDecimal price) {
        for (int i = PRICE_BANDS.length - 1; i >= 0; i--) {
            if (price.compareTo(BigDecimal.valueOf(PRICE_BANDS[i])) >= 0) {
                return i == PRICE_BANDS.length - 1 ? PRICE_BANDS[i] + "+" : PRICE_BANDS[i] + "-" + PRICE_BANDS[i + 1];
            }
        }
        return "0-" + PRICE_BANDS[1];
    }

    private static SearchResult.Hit hit(Document doc) {
        var brand = doc.getField("brandId");
        return new SearchResult.Hit(Long.parseLong(doc.get("id")), doc.get("name"), doc.get("nameEn"),
                new BigDecimal(doc.get("priceText")), doc.get("currency"), doc.get("image"),
                new BigDecimal(doc.get("ratingText")), doc.getField("salesCount").numericValue().longValue(),
                doc.getField("categoryId").numericValue().longValue(),
                brand == null ? null : brand.numericValue().longValue(), doc.get("slug"));
    }

    Query toLucene(SearchQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        String text = query.text() == null ? "" : query.text().trim();
        if (text.isEmpty()) {
            all.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            for (String token : tokens(chinese, "zh", text)) {
                words.add(new BoostQuery(new TermQuery(new Term("zh", token)), 3f), Occur.SHOULD);
            }
            for (String token : tokens(english, "en", text)) {
                if (token.chars().allMatch(c -> c < 128)) { // Chinese is the "zh" field's business
                    words.add(new BoostQuery(new TermQuery(new Term("en", token)), 3f), Occur.SHOULD);
                }
            }
            // partial and misspelt words, for Latin script only: the plain analyzer cuts Chinese into single
            // characters, and "机" alone would match 耳机 as well as 手机
            for (String token : tokens(plain, "plain", text)) {
                if (token.chars().anyMatch(c -> c >= 128)) {
                    continue;
                }
                if (token.length() >= 2) {
                    words.add(new PrefixQuery(new Term("plain", token)), Occur.SHOULD);
                }
                if (token.length() >= 4) {
                    words.add(new BoostQuery(new FuzzyQuery(new Term("plain", token), 1), 0.5f), Occur.SHOULD);
                }
            }
            all.add(words.build(), Occur.MUST);
        }
        if (query.categoryId() != null) {
            all.add(new TermQuery(new Term("category", String.valueOf(query.categoryId()))), Occur.FILTER);
        }
        if (query.brandId() != null) {
            all.add(new TermQuery(new Term("brand", String.valueOf(query.brandId()))), Occur.FILTER);
        }
        if (query.minPrice() != null || query.maxPrice() != null) {
            long min = query.minPrice() == null ? Long.MIN_VALUE : cents(query.minPrice());
            long max = query.maxPrice() == null ? Long.MAX_VALUE : cents(query.maxPrice());
            all.add(LongPoint.newRangeQuery("price", min, max), Occur.FILTER);
        }
        query.specs().forEach((name, option) ->
                all.add(new TermQuery(new Term("spec", name + "=" + option)), Occur.FILTER));
        return all.build();
    }

    private static long cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValue();
    }

    private static Sort sortOf(SearchQuery.Sort sort) {
        return switch (sort) {
            case RELEVANCE -> null;
            case PRICE_ASC -> new Sort(new SortField("price", SortField.Type.LONG));
            case PRICE_DESC -> new Sort(new SortField("price", SortField.Type.LONG, true));
            case SALES -> new Sort(new SortField("sales", SortField.Type.LONG, true));
            case NEWEST -> new Sort(new SortField("newest", SortField.Type.LONG, true));
            case RATING -> new Sort(new SortField("rating", SortField.Type.LONG, true));
        };
    }

    private Map<String, List<SearchResult.FacetCount>> facetCounts(IndexSearcher searcher, FacetsCollector hits)
            throws IOException {
        Map<String, List<SearchResult.FacetCount>> result = new LinkedHashMap<>();
        if (searcher.getIndexReader().numDocs() == 0) {
            return result;
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facetsConfig);
        } catch (IllegalArgumentException noFacets) {
            return result;
        }
        Facets facets = new SortedSetDocValuesFacetCounts(state, hits);
        for (FacetResult dim : facets.getAllDims(50)) {
            List<SearchResult.FacetCount> counts = new ArrayList<>();
            for (LabelAndValue lv : dim.labelValues) {
                counts.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
            }
            result.put(dim.dim, counts);
        }
        return result;
    }

    private static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
