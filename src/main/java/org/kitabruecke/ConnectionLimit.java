package org.kitabruecke;

import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/**
 * How often one connection may do something in an hour and in a day, e.g. send a help request or book a place:
 * enough for a family, or a counselling office where several parents share one connection, not for a script.
 * A connection is an IPv4 address or an IPv6 /64 prefix ({@link AddressKey}). The token buckets are shared by all
 * portal nodes ({@link SharedBuckets}): behind the load balancer a script that drops its cookies lands on every node,
 * and per-node budgets would multiply its allowance by the number of nodes.
 */
public final class ConnectionLimit {

    private final SharedBuckets buckets;
    private final String name;
    private final BucketConfiguration configuration;

    private ConnectionLimit(SharedBuckets buckets, String name, int perHour, int perDay) {
        this.buckets = buckets;
        this.name = name;
        this.configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
                .addLimit(limit -> limit.capacity(perDay).refillIntervally(perDay, Duration.ofDays(1)))
                .build();
    }

    /** A limit of its own ({@code name}, e.g. "bookings") for each connection. */
    public static ConnectionLimit perHourAndDay(SharedBuckets buckets, String name, int perHour, int perDay) {
        return new ConnectionLimit(buckets, name, perHour, perDay);
    }

    /** Takes one from the connection's allowance; false if it is used up. */
    public boolean tryTake(String client) {
        return buckets.tryTake(name, AddressKey.of(client), () -> configuration);
    }
}
