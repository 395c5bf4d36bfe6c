package id.akademikoperasi.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Lesson pages of published versions, kept in memory. Published versions never change, so an entry never goes
 * stale and every instance of a cluster may hold its own copy: this is a cache of immutable data, not shared
 * state. Bounded (least recently used out) so memory stays flat whatever the catalog's size.
 */
@ApplicationScoped
public class PublishedPages {

    private static final int MAX_ENTRIES = 2_000;

    private final Map<String, Object> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> compute) {
        synchronized (entries) {
            Object cached = entries.get(key);
            if (cached != null) {
                return (T) cached;
            }
        }
        T value = compute.get();
        if (value != null) {
            synchronized (entries) {
                entries.put(key, value);
            }
        }
        return value;
    }
}
