package org.kitabruecke;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Limits per connection hold under a flood of other addresses, and an IPv6 household is one connection. The buckets
 * are in MariaDB ({@link SharedBuckets}), as every portal node uses them; each test has limits of its own.
 */
@IntegrationTest
class ConnectionLimitTest {

    @Autowired
    SharedBuckets buckets;

    @Test
    void aFloodOfDistinctAddressesDoesNotResetALimitedAddress() {
        var limit = ConnectionLimit.perHourAndDay(buckets, "test-flood-" + System.nanoTime(), 3, 10);
        for (int i = 0; i < 3; i++) {
            assertThat(limit.tryTake("203.0.113.7")).isTrue();
        }
        assertThat(limit.tryTake("203.0.113.7")).isFalse();

        for (int i = 0; i < 5_000; i++) {
            assertThat(limit.tryTake("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255)))
                    .as("a fresh address").isTrue();
        }

        assertThat(limit.tryTake("203.0.113.7")).as("still limited after a flood of 5,000 other addresses")
                .isFalse();
        assertThat(ConnectionLimit.perHourAndDay(buckets, "test-other-" + System.nanoTime(), 3, 10)
                .tryTake("203.0.113.7")).as("another limit of the same connection").isTrue();
    }

    @Test
    void twoIpv6AddressesInTheSame64ShareALimitAndAnother64HasItsOwn() {
        var limit = ConnectionLimit.perHourAndDay(buckets, "test-ipv6-" + System.nanoTime(), 2, 10);
        assertThat(limit.tryTake("2001:db8:1:2::1")).isTrue();
        assertThat(limit.tryTake("2001:0db8:0001:0002:a:b:c:d")).isTrue();

        assertThat(limit.tryTake("[2001:db8:1:2:ffff:ffff:ffff:ffff]")).as("same /64").isFalse();
        assertThat(limit.tryTake("2001:db8:1:3::1")).as("the neighbour's /64").isTrue();
    }

    @Test
    void ipv4IsKeyedByAddressAndIpv6ByPrefix() {
        assertThat(AddressKey.of("192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(AddressKey.of("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(AddressKey.of("2001:DB8:0:0:8:800:200C:417A")).isEqualTo("2001:db8:0:0::/64");
        assertThat(AddressKey.of("fe80::1%eth0")).isEqualTo("fe80:0:0:0::/64");
        assertThat(AddressKey.of("2001:db8:0:0::/64")).as("a key stays the same key")
                .isEqualTo(AddressKey.of("2001:db8::1"));
        assertThat(AddressKey.of("node0abc123")).as("a session id, not an address").isEqualTo("node0abc123");
    }
}
