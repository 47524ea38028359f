package org.kitabruecke;

import io.github.bucket4j.Bucket;
import java.time.Clock;
import java.time.Duration;

/**
 * How often one connection may do something in an hour and in a day, e.g. send a help request or book a place:
 * enough for a family, or a counselling office where several parents share one connection, not for a script.
 * A connection is an IPv4 address or an IPv6 /64 prefix ({@link AddressKey}). Token buckets (Bucket4j) kept in
 * memory: a restart forgives, which is acceptable for these limits.
 */
public final class ConnectionLimit {

    /** How many connections are tracked at most; bounds memory under a flood of addresses (see LimitTable). */
    static final int MAX_KEYS = 50_000;

    private final int perHour;
    private final int perDay;
    private final LimitTable<Bucket> clients;

    ConnectionLimit(int perHour, int perDay, int maxKeys, Clock clock) {
        this.perHour = perHour;
        this.perDay = perDay;
        // a bucket untouched for a day is full again: forgetting it forgives nothing
        this.clients = new LimitTable<>(maxKeys, Duration.ofDays(1),
                bucket -> bucket.getAvailableTokens() * 2 <= perHour, clock);
    }

    public static ConnectionLimit perHourAndDay(int perHour, int perDay) {
        return new ConnectionLimit(perHour, perDay, MAX_KEYS, Clock.systemUTC());
    }

    /** Takes one from the connection's allowance; false if it is used up. */
    public boolean tryTake(String client) {
        return clients.use(AddressKey.of(client), () -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
                .addLimit(limit -> limit.capacity(perDay).refillIntervally(perDay, Duration.ofDays(1)))
                .build()).tryConsume(1);
    }
}
