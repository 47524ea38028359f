package org.kitabruecke;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often one connection (client address) may do something in an hour and in a day, e.g. send a help request or
 * book a place: enough for a family, or a counselling office where several parents share one connection, not for a
 * script. Token buckets (Bucket4j) kept in memory: a restart forgives, which is acceptable for these limits.
 */
public final class ConnectionLimit {

    /** Beyond this many tracked connections the state is dropped; bounds memory under a flood of addresses. */
    private static final int MAX_KEYS = 50_000;

    private final int perHour;
    private final int perDay;
    private final Map<String, Bucket> clients = new ConcurrentHashMap<>();

    private ConnectionLimit(int perHour, int perDay) {
        this.perHour = perHour;
        this.perDay = perDay;
    }

    public static ConnectionLimit perHourAndDay(int perHour, int perDay) {
        return new ConnectionLimit(perHour, perDay);
    }

    /** Takes one from the connection's allowance; false if it is used up. */
    public boolean tryTake(String client) {
        if (clients.size() > MAX_KEYS) {
            clients.clear();
        }
        return clients.computeIfAbsent(client, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
                .addLimit(limit -> limit.capacity(perDay).refillIntervally(perDay, Duration.ofDays(1)))
                .build()).tryConsume(1);
    }
}
