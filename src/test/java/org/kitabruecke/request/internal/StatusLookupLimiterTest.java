package org.kitabruecke.request.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * PIN guessing stays limited per connection and per code, whatever else floods the limiter. Against the buckets in
 * MariaDB that every portal node shares; the addresses and codes here are used by no other test.
 */
@IntegrationTest
class StatusLookupLimiterTest {

    @Autowired
    StatusLookupLimiter limiter;

    @Test
    void aFloodOfAddressesAndCodesDoesNotResetTheLimitsOfAGuesser() {
        for (int i = 0; i < StatusLookupLimiter.PER_CLIENT; i++) {
            limiter.tryAttempt("198.51.100.9", "HB-AAA-A" + i);
        }
        for (int i = 0; i < StatusLookupLimiter.PER_CODE; i++) {
            limiter.tryAttempt("192.0.2." + i, "HB-XYZ-XYZ");
        }
        assertThat(limiter.tryAttempt("198.51.100.9", "HB-NEW-NEW")).isFalse();
        assertThat(limiter.tryAttempt("192.0.2.200", "HB-XYZ-XYZ")).isFalse();

        for (int i = 0; i < 3_000; i++) {
            assertThat(limiter.tryAttempt("10.1." + (i >> 8) + "." + (i & 255), "HB-FLD-" + i)).isTrue();
        }

        assertThat(limiter.tryAttempt("198.51.100.9", "HB-NEW-NEW")).as("the guessing connection").isFalse();
        assertThat(limiter.tryAttempt("192.0.2.201", "HB-XYZ-XYZ")).as("the guessed-at code").isFalse();
    }

    @Test
    void addressesOfOneIpv6PrefixAreOneConnection() {
        for (int i = 0; i < StatusLookupLimiter.PER_CLIENT; i++) {
            assertThat(limiter.tryAttempt("2001:db8:42:7::" + Integer.toHexString(i + 1), "HB-V6V-V6" + i)).isTrue();
        }
        assertThat(limiter.tryAttempt("2001:db8:42:7:1234::99", "HB-V6V-NEW")).isFalse();
        assertThat(limiter.tryAttempt("2001:db8:42:8::1", "HB-V6V-NEW")).isTrue();
    }
}
