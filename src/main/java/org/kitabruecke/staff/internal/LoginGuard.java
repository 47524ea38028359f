package org.kitabruecke.staff.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code kitabruecke.staff.login-failures} failed logins for one user name
 * (or four times as many from one address) within {@code kitabruecke.staff.login-window}, further attempts are
 * refused until the window has passed. Every failed login is logged with user name and address, never the password.
 */
@Component
class LoginGuard {

    private static final Logger LOG = LoggerFactory.getLogger(LoginGuard.class);

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginGuard(@Value("${kitabruecke.staff.login-failures:5}") int maxFailures,
               @Value("${kitabruecke.staff.login-window:PT15M}") Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** Whether this user name or this address has failed too often lately. */
    boolean isLocked(String username, String address) {
        return recent(userKey(username)) >= maxFailures || recent(addressKey(address)) >= 4 * maxFailures;
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        String username = failure.getAuthentication().getName();
        String address = address(failure.getAuthentication().getDetails());
        LOG.warn("Failed staff login for user '{}' from {}: {}", username.replaceAll("[\\r\\n]", "_"), address,
                failure.getException().getClass().getSimpleName());
        record(userKey(username));
        record(addressKey(address));
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        failures.remove(userKey(success.getAuthentication().getName()));
    }

    /** Logs a refused attempt (the guard said no before the password was even checked). */
    void refused(String username, String address) {
        LOG.warn("Refused staff login for user '{}' from {}: too many failed attempts",
                username.replaceAll("[\\r\\n]", "_"), address);
    }

    private void record(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            while (times.size() > 4 * maxFailures) {
                times.removeFirst();
            }
        }
    }

    private int recent(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant since = clock.instant().minus(window);
        synchronized (times) {
            times.removeIf(time -> time.isBefore(since));
            return times.size();
        }
    }

    private static String userKey(String username) {
        return "user:" + username.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
    }
}
