package org.kitabruecke;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Per-key state of a limit (a connection's allowance, a login name's failures), bounded in memory. When the table
 * is full, a new key makes room by evicting, in this order: entries unused for longer than {@code expiry} (their
 * limit has passed anyway); else the least recently used entry that does not currently hold its client back; only
 * if none is found among the oldest few, the oldest entry. It never clears everything: a flood of fresh addresses
 * or names would otherwise reset exactly the limits that stop someone right now.
 */
public final class LimitTable<V> {

    /** How many of the oldest entries one eviction looks at; keeps an insert cheap under a flood. */
    private static final int SCAN = 64;

    private final int maxEntries;
    private final Duration expiry;
    private final Predicate<V> holdsBack;
    private final Clock clock;
    /** In access order: the first entry is the least recently used. */
    private final LinkedHashMap<String, Entry<V>> entries = new LinkedHashMap<>(256, 0.75f, true);

    private static final class Entry<V> {
        final V value;
        Instant lastUsed;

        Entry(V value, Instant lastUsed) {
            this.value = value;
            this.lastUsed = lastUsed;
        }
    }

    /**
     * @param holdsBack whether an entry's state currently limits its client (e.g. a nearly used-up allowance);
     *                  such entries are evicted last
     */
    public LimitTable(int maxEntries, Duration expiry, Predicate<V> holdsBack, Clock clock) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("A limit table needs room for at least one entry");
        }
        this.maxEntries = maxEntries;
        this.expiry = expiry;
        this.holdsBack = holdsBack;
        this.clock = clock;
    }

    /** The state of {@code key}, created if there is none (or it has expired); counts as a use of it. */
    public synchronized V use(String key, Supplier<V> create) {
        Instant now = clock.instant();
        Entry<V> entry = entries.get(key);
        if (entry == null || expired(entry, now)) {
            if (entry == null && entries.size() >= maxEntries) {
                makeRoom(now);
            }
            entry = new Entry<>(create.get(), now);
            entries.put(key, entry);
        }
        entry.lastUsed = now;
        return entry.value;
    }

    /** The state of {@code key} if there is a live one; looking does not count as a use. */
    public synchronized @Nullable V peek(String key) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (expired(entry, clock.instant())) {
            entries.remove(key);
            return null;
        }
        return entry.value;
    }

    public synchronized void remove(String key) {
        entries.remove(key);
    }

    public synchronized int size() {
        return entries.size();
    }

    private boolean expired(Entry<V> entry, Instant now) {
        return !entry.lastUsed.plus(expiry).isAfter(now);
    }

    private void makeRoom(Instant now) {
        Iterator<Map.Entry<String, Entry<V>>> oldest = entries.entrySet().iterator();
        List<Map.Entry<String, Entry<V>>> held = new ArrayList<>();
        boolean evicted = false;
        for (int looked = 0; looked < SCAN && oldest.hasNext(); looked++) {
            Map.Entry<String, Entry<V>> candidate = oldest.next();
            if (expired(candidate.getValue(), now)) {
                oldest.remove();
                evicted = true;
            } else if (!evicted && !holdsBack.test(candidate.getValue().value)) {
                oldest.remove();
                evicted = true;
                break;
            } else if (!evicted) {
                // moved behind the others, so that the next eviction looks at new candidates first
                held.add(Map.entry(candidate.getKey(), candidate.getValue()));
                oldest.remove();
            }
        }
        if (!evicted && !held.isEmpty()) {
            // every entry looked at holds its client back: the least recently used one goes
            held.removeFirst();
        }
        held.forEach(entry -> entries.put(entry.getKey(), entry.getValue()));
    }
}
