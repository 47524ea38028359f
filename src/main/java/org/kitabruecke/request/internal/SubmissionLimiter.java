package org.kitabruecke.request.internal;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Limits how many help requests one connection may send: enough for a family that writes twice, or for a shelter
 * or a counselling office where several parents share one internet connection, but not for a flood.
 * Kept in memory, like {@link StatusLookupLimiter}.
 */
@Component
public class SubmissionLimiter {

    static final int PER_HOUR = 6;
    static final int PER_DAY = 20;
    private static final int MAX_KEYS = 50_000;

    private final Map<String, Bucket> clients = new ConcurrentHashMap<>();

    public boolean tryAttempt(String client) {
        if (clients.size() > MAX_KEYS) {
            clients.clear();
        }
        return clients.computeIfAbsent(client, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(PER_HOUR).refillGreedy(PER_HOUR, Duration.ofHours(1)))
                .addLimit(limit -> limit.capacity(PER_DAY).refillIntervally(PER_DAY, Duration.ofDays(1)))
                .build()).tryConsume(1);
    }
}
