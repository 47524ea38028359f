package org.kitabruecke.request.internal;

import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import org.kitabruecke.AddressKey;
import org.kitabruecke.SharedBuckets;
import org.springframework.stereotype.Component;

/**
 * Limits status lookups, so that PINs cannot be guessed: per connection (IPv4 address or IPv6 /64, see
 * {@link AddressKey}) and per reference code. The buckets are shared by all portal nodes ({@link SharedBuckets}):
 * guesses spread over the nodes behind the load balancer count together, and a restart forgives nothing.
 */
@Component
public class StatusLookupLimiter {

    static final int PER_CLIENT = 10;
    static final Duration CLIENT_WINDOW = Duration.ofMinutes(15);
    static final int PER_CODE = 5;
    static final Duration CODE_WINDOW = Duration.ofHours(1);

    private static final BucketConfiguration BY_CLIENT = bucket(PER_CLIENT, CLIENT_WINDOW);
    private static final BucketConfiguration BY_CODE = bucket(PER_CODE, CODE_WINDOW);

    private final SharedBuckets buckets;

    StatusLookupLimiter(SharedBuckets buckets) {
        this.buckets = buckets;
    }

    /** Takes one attempt from both allowances; false if either is used up. Call it outside a transaction. */
    public boolean tryAttempt(String client, String code) {
        boolean byClient = buckets.tryTake("lookup-client", AddressKey.of(client), () -> BY_CLIENT);
        boolean byCode = buckets.tryTake("lookup-code", code, () -> BY_CODE);
        return byClient & byCode;
    }

    private static BucketConfiguration bucket(int attempts, Duration window) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(attempts).refillGreedy(attempts, window)).build();
    }
}
