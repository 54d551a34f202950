package org.practica.kernel;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * A cache of values that never go stale (a published version, an attempt's questions, a verified
 * token) with a hard bound: when full it starts again empty rather than grow. Crude, but bounded
 * and lock-free; what is dropped is simply computed again.
 */
public final class BoundedCache<K, V> {

    private final int max;
    private final ConcurrentMap<K, V> entries = new ConcurrentHashMap<>();

    public BoundedCache(int max) {
        this.max = max;
    }

    public V get(K key) {
        return entries.get(key);
    }

    public void put(K key, V value) {
        makeRoom();
        entries.put(key, value);
    }

    public void remove(K key) {
        entries.remove(key);
    }

    /**
     * The cached value, or the one {@code compute} makes now, kept for next time. When
     * {@code compute} finds nothing (null) nothing is kept, so a thing that appears later is found.
     */
    public V remember(K key, Supplier<V> compute) {
        V found = entries.get(key);
        if (found != null) {
            return found;
        }
        makeRoom();
        V made = compute.get();
        if (made == null) {
            return null;
        }
        V raced = entries.putIfAbsent(key, made);
        return raced == null ? made : raced;
    }

    private void makeRoom() {
        if (entries.size() >= max) {
            entries.clear();
        }
    }
}
