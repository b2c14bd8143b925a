package org.emporium.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;

/**
 * The catalog's read cache on JCache (JSR 107), which Payara provides through its Hazelcast data grid: the category
 * tree, the brands and each product's detail read model, shared by all nodes of a cluster. Every change removes what
 * it touched ({@link ProductChanged}, {@link CatalogChanged}) both while its transaction runs and once it has
 * committed, so the next read after an edit loads the new state. Entries also expire after ten minutes.
 *
 * <p>Values are kept as serialized bytes: the data grid then never needs the application's classes, and a reader
 * always gets its own copy (nobody can change a cached object in place). Without a JCache provider (e.g. Payara
 * started without Hazelcast) every read goes to the database; that is logged once at start-up.
 */
@ApplicationScoped
public class CatalogCache {

    static final String NAME = "emporium-catalog";
    static final String CATEGORIES = "categories";
    static final String BRANDS = "brands";

    private static final Logger LOG = Logger.getLogger(CatalogCache.class.getName());

    @Inject
    Instance<CacheManager> managers;

    private Cache<String, byte[]> cache;

    @PostConstruct
    void open() {
        try {
            CacheManager manager = managers.get();
            Cache<String, byte[]> existing = manager.getCache(NAME, String.class, byte[].class);
            if (existing == null) {
                try {
                    existing = manager.createCache(NAME, new MutableConfiguration<String, byte[]>()
                            .setTypes(String.class, byte[].class)
                            .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(
                                    new Duration(TimeUnit.MINUTES, 10)))
                            .setStatisticsEnabled(true));
                } catch (CacheException createdMeanwhile) { // by another node or thread
                    existing = manager.getCache(NAME, String.class, byte[].class);
                }
            }
            cache = existing;
            LOG.info(() -> "Catalog cache: JCache " + NAME + " from " + manager.getCachingProvider().getClass()
                    .getName());
        } catch (RuntimeException | LinkageError unavailable) {
            cache = null;
            LOG.log(Level.WARNING, "No JCache provider: catalog reads are not cached", unavailable);
        }
    }

    /** Whether reads are cached at all (false without a JCache provider). */
    public boolean isActive() {
        return cache != null;
    }

    /** The cached value of the key, or what the loader reads (then cached). A loader's exception is not cached. */
    public <T extends Serializable> T get(String key, Class<T> type, Supplier<T> loader) {
        if (cache == null) {
            return loader.get();
        }
        byte[] bytes = cache.get(key);
        if (bytes != null) {
            try {
                return type.cast(deserialize(bytes, type.getClassLoader()));
            } catch (IOException | ClassNotFoundException | ClassCastException stale) {
                cache.remove(key); // e.g. written by an older version of the class during a rolling update
            }
        }
        T value = loader.get();
        cache.put(key, serialize(value));
        return value;
    }

    public void evict(String key) {
        if (cache != null) {
            cache.remove(key);
        }
    }

    /** The key of a product's detail read model; {@link ProductChanged} removes it. */
    public static String productKey(long productId) {
        return "product:" + productId;
    }

    void productChanging(@Observes(during = TransactionPhase.IN_PROGRESS) ProductChanged change) {
        evict(productKey(change.productId()));
    }

    void productChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) ProductChanged change) {
        evict(productKey(change.productId())); // a read during the transaction may have cached the old state
    }

    void catalogChanging(@Observes(during = TransactionPhase.IN_PROGRESS) CatalogChanged change) {
        evictTree();
    }

    void catalogChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) CatalogChanged change) {
        evictTree();
    }

    private void evictTree() {
        evict(CATEGORIES);
        evict(BRANDS);
    }

    static byte[] serialize(Serializable value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot cache " + value.getClass(), e);
        }
        return bytes.toByteArray();
    }

    static Object deserialize(byte[] bytes, ClassLoader loader) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new LoaderInputStream(new ByteArrayInputStream(bytes), loader)) {
            return in.readObject();
        }
    }

    /** Resolves classes with the value type's loader first: in an EAR the web module's classes are not ours. */
    private static final class LoaderInputStream extends ObjectInputStream {

        private final ClassLoader loader;

        LoaderInputStream(InputStream in, ClassLoader loader) throws IOException {
            super(in);
            this.loader = loader;
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            for (ClassLoader candidate : new ClassLoader[] {loader, CatalogCache.class.getClassLoader(),
                    Thread.currentThread().getContextClassLoader()}) {
                if (candidate != null) {
                    try {
                        return Class.forName(desc.getName(), false, candidate);
                    } catch (ClassNotFoundException notThere) {
                        // try the next
                    }
                }
            }
            return super.resolveClass(desc);
        }
    }
}
