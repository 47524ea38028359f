package org.kitabruecke.staff.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The operators' login counters: {@code kitabruecke.staff.login.failures} (every failed staff login),
 * {@code kitabruecke.staff.lockouts} (a name or a connection reached its limit of failures, by {@code scope}) and
 * {@code kitabruecke.staff.login.refused} (attempts turned away while locked). No names, no addresses as tags.
 */
class LoginMetrics {

    private final Counter failures;
    private final Counter nameLockouts;
    private final Counter addressLockouts;
    private final Counter refused;

    LoginMetrics(MeterRegistry registry) {
        failures = Counter.builder("kitabruecke.staff.login.failures").description("Failed staff logins")
                .register(registry);
        nameLockouts = lockouts(registry, "name");
        addressLockouts = lockouts(registry, "address");
        refused = Counter.builder("kitabruecke.staff.login.refused")
                .description("Staff logins refused because the name or connection was locked").register(registry);
    }

    /** For the guard's unit tests: counters nobody reads. */
    static LoginMetrics unread() {
        return new LoginMetrics(new SimpleMeterRegistry());
    }

    void failed() {
        failures.increment();
    }

    void lockedName() {
        nameLockouts.increment();
    }

    void lockedAddress() {
        addressLockouts.increment();
    }

    void refused() {
        refused.increment();
    }

    private static Counter lockouts(MeterRegistry registry, String scope) {
        return Counter.builder("kitabruecke.staff.lockouts")
                .description("A login name or connection reached its limit of failed logins")
                .tag("scope", scope).register(registry);
    }
}
