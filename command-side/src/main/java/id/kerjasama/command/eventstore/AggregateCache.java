package id.kerjasama.command.eventstore;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import java.util.concurrent.ConcurrentMap;

/**
 * Cooperations as they stood after their last command in this instance, at most {@code maximumSize} of them, the
 * least used leaving first (Caffeine), so that a command on a cooperation neither reads its snapshot and events
 * nor replays them. It stays correct with several instances because a cached cooperation is only ever a stale
 * one: a command decided on it appends at a sequence number another instance has taken, the store's unique key
 * refuses the append, Axon's repository drops the entry when the unit of work rolls back, and the command is decided
 * again on what the store holds ({@code CooperationCommands}).
 */
public final class AggregateCache implements Cache {

    private final ConcurrentMap<Object, Object> entries;

    public AggregateCache(long maximumSize) {
        this.entries = Caffeine.newBuilder().maximumSize(maximumSize).build().asMap();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        return (V) entries.get(key);
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    /** Nothing listens: Axon's aggregate repositories never register a listener on their cache. */
    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        throw new UnsupportedOperationException("the aggregate cache takes no entry listeners");
    }
}
