package org.kitabruecke.request.internal;

import io.github.bucket4j.Bucket;
import java.time.Clock;
import java.time.Duration;
import org.kitabruecke.AddressKey;
import org.kitabruecke.LimitTable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Limits status lookups, so that PINs cannot be guessed: per connection (IPv4 address or IPv6 /64, see
 * {@link AddressKey}) and per reference code. Kept in memory and bounded ({@link LimitTable}: a flood of new
 * addresses or codes never resets a limit that holds someone back); a restart forgives, which is acceptable for
 * six-digit PINs with these limits.
 */
@Component
public class StatusLookupLimiter {

    static final int PER_CLIENT = 10;
    static final Duration CLIENT_WINDOW = Duration.ofMinutes(15);
    static final int PER_CODE = 5;
    static final Duration CODE_WINDOW = Duration.ofHours(1);
    /** How many connections and codes are tracked at most; bounds memory under a flood of addresses. */
    static final int MAX_KEYS = 50_000;

    private final LimitTable<Bucket> clients;
    private final LimitTable<Bucket> codes;

    @Autowired
    StatusLookupLimiter(Clock clock) {
        this(MAX_KEYS, clock);
    }

    StatusLookupLimiter(int maxKeys, Clock clock) {
        // a bucket untouched for its window has refilled: forgetting it forgives nothing
        clients = new LimitTable<>(maxKeys, CLIENT_WINDOW, bucket -> bucket.getAvailableTokens() * 2 <= PER_CLIENT,
                clock);
        codes = new LimitTable<>(maxKeys, CODE_WINDOW, bucket -> bucket.getAvailableTokens() * 2 <= PER_CODE, clock);
    }

    /** Takes one attempt from both allowances; false if either is used up. */
    public boolean tryAttempt(String client, String code) {
        Bucket byClient = clients.use(AddressKey.of(client), () -> bucket(PER_CLIENT, CLIENT_WINDOW));
        Bucket byCode = codes.use(code, () -> bucket(PER_CODE, CODE_WINDOW));
        return byClient.tryConsume(1) & byCode.tryConsume(1);
    }

    private static Bucket bucket(int attempts, Duration window) {
        return Bucket.builder().addLimit(limit -> limit.capacity(attempts).refillGreedy(attempts, window)).build();
    }
}
