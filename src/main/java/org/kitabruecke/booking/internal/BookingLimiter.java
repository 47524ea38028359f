package org.kitabruecke.booking.internal;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Limits how many places one connection may book, so that nobody can empty the open consultation hour: enough for a
 * family booking twice or a counselling office booking for several families, not for a script.
 */
@Component
public class BookingLimiter {

    static final int PER_HOUR = 5;
    static final int PER_DAY = 12;
    private static final int MAX_KEYS = 50_000;

    private final Map<String, Bucket> clients = new ConcurrentHashMap<>();

    public boolean tryBook(String client) {
        if (clients.size() > MAX_KEYS) {
            clients.clear();
        }
        return clients.computeIfAbsent(client, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(PER_HOUR).refillGreedy(PER_HOUR, Duration.ofHours(1)))
                .addLimit(limit -> limit.capacity(PER_DAY).refillIntervally(PER_DAY, Duration.ofDays(1)))
                .build()).tryConsume(1);
    }
}
