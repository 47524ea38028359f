package org.kitabruecke.request.internal;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Limits status lookups, so that PINs cannot be guessed: per device (client address) and per reference code.
 * Kept in memory: a restart forgives, which is acceptable for six-digit PINs with these limits.
 */
@Component
public class StatusLookupLimiter {

    static final int PER_CLIENT = 10;
    static final Duration CLIENT_WINDOW = Duration.ofMinutes(15);
    static final int PER_CODE = 5;
    static final Duration CODE_WINDOW = Duration.ofHours(1);
    /** Beyond this many tracked keys the oldest state is dropped; bounds memory under a flood of addresses. */
    private static final int MAX_KEYS = 50_000;

    private final Map<String, Bucket> clients = new ConcurrentHashMap<>();
    private final Map<String, Bucket> codes = new ConcurrentHashMap<>();

    /** Takes one attempt from both allowances; false if either is used up. */
    public boolean tryAttempt(String client, String code) {
        Bucket byClient = bucket(clients, client, PER_CLIENT, CLIENT_WINDOW);
        Bucket byCode = bucket(codes, code, PER_CODE, CODE_WINDOW);
        return byClient.tryConsume(1) & byCode.tryConsume(1);
    }

    private static Bucket bucket(Map<String, Bucket> buckets, String key, int attempts, Duration window) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(attempts).refillGreedy(attempts, window))
                .build());
    }
}
