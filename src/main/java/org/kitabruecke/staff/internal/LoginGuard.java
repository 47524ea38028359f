package org.kitabruecke.staff.internal;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Predicate;
import org.kitabruecke.AddressKey;
import org.kitabruecke.LimitTable;
import org.kitabruecke.staff.LoginNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code kitabruecke.staff.login-failures} failed logins for one name (or four
 * times as many from one connection) within {@code kitabruecke.staff.login-window}, further attempts are refused
 * until the window has passed.
 *
 * <p>A name counts as the database compares it ({@link LoginNames#key}: {@code sózial} and {@code SOZIAL} are the
 * account {@code sozial}), and only as a keyed hash: a typed name may be a password. At most
 * {@code kitabruecke.staff.login-tracked} names and connections are remembered ({@link LimitTable}); a flood of new
 * names never resets the count of one that is being guessed at. Failed logins are logged with the account's name, or
 * "unknown name" and a short hash, and the address; never the password.
 */
@Component
public class LoginGuard {

    private static final Logger LOG = LoggerFactory.getLogger(LoginGuard.class);

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final LoginNames names;
    private final LimitTable<Deque<Instant>> failures;
    private final Predicate<Authentication> owesCode;
    private final LoginMetrics metrics;

    LoginGuard(int maxFailures, Duration window, int maxTracked, Clock clock, LoginNames names) {
        this(maxFailures, window, maxTracked, clock, names, authentication -> false, LoginMetrics.unread());
    }

    @Autowired
    LoginGuard(@Value("${kitabruecke.staff.login-failures:5}") int maxFailures,
               @Value("${kitabruecke.staff.login-window:PT15M}") Duration window,
               @Value("${kitabruecke.staff.login-tracked:10000}") int maxTracked, Clock clock, LoginNames names,
               SecondFactorRule secondFactor, MeterRegistry meters) {
        this(maxFailures, window, maxTracked, clock, names, secondFactor::owesCode, new LoginMetrics(meters));
    }

    private LoginGuard(int maxFailures, Duration window, int maxTracked, Clock clock, LoginNames names,
                       Predicate<Authentication> owesCode, LoginMetrics metrics) {
        this.owesCode = owesCode;
        this.metrics = metrics;
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
        this.names = names;
        this.failures = new LimitTable<>(maxTracked, window, this::holdsBack, clock);
    }

    /** Whether this name or this connection has failed too often lately. */
    public boolean isLocked(String username, String address) {
        return recent(userKey(username)) >= maxFailures || recent(addressKey(address)) >= 4 * maxFailures;
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        String username = failure.getAuthentication().getName();
        String address = address(failure.getAuthentication().getDetails());
        LOG.warn("Failed staff login for user '{}' from {}: {}", loggable(username), address,
                failure.getException().getClass().getSimpleName());
        metrics.failed();
        // a lockout begins with the failure that reaches the limit, not with each later one
        if (record(userKey(username)) == maxFailures) {
            metrics.lockedName();
        }
        if (record(addressKey(address)) == 4 * maxFailures) {
            metrics.lockedAddress();
        }
    }

    /** A right password forgives earlier mistakes, unless the account still owes its code: wrong codes count too. */
    @EventListener
    void on(AuthenticationSuccessEvent success) {
        if (owesCode.test(success.getAuthentication())) {
            return;
        }
        failures.remove(userKey(success.getAuthentication().getName()));
    }

    /** Logs a refused attempt (the guard said no before the password was even checked). */
    void refused(String username, String address) {
        metrics.refused();
        LOG.warn("Refused staff login for user '{}' from {}: too many failed attempts", loggable(username), address);
    }

    /** How many names and connections are remembered now. */
    int tracked() {
        return failures.size();
    }

    private String loggable(String username) {
        return names.forTrail(username).replaceAll("[\\r\\n]", "_");
    }

    /** Records a failure; how many failures within the window there are now. */
    private int record(String key) {
        Deque<Instant> times = failures.use(key, ArrayDeque::new);
        synchronized (times) {
            times.addLast(clock.instant());
            while (times.size() > 4 * maxFailures) {
                times.removeFirst();
            }
            return recentIn(times);
        }
    }

    private int recent(String key) {
        Deque<Instant> times = failures.peek(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            return recentIn(times);
        }
    }

    private int recentIn(Deque<Instant> times) {
        Instant since = clock.instant().minus(window);
        times.removeIf(time -> time.isBefore(since));
        return times.size();
    }

    /** A name or connection with half the allowed failures is kept longest when the table is full. */
    private boolean holdsBack(Deque<Instant> times) {
        synchronized (times) {
            return recentIn(times) * 2 >= maxFailures;
        }
    }

    private String userKey(String username) {
        return "user:" + names.key(username);
    }

    private static String addressKey(String address) {
        return "address:" + AddressKey.of(address);
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
    }
}
