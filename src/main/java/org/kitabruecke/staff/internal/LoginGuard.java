package org.kitabruecke.staff.internal;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Predicate;
import org.kitabruecke.AddressKey;
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
 * account {@code sozial}), and only as a keyed hash: a typed name may be a password. The failures are kept in MariaDB
 * ({@link LoginFailures}), so that guesses spread over all portal nodes count together; a flood of new names resets
 * nothing, and rows older than the window are deleted. Failed logins are logged with the account's name, or
 * "unknown name" and a short hash, and the address; never the password.
 */
@Component
public class LoginGuard {

    private static final Logger LOG = LoggerFactory.getLogger(LoginGuard.class);

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final LoginNames names;
    private final LoginFailures failures;
    private final Predicate<Authentication> owesCode;
    private final LoginMetrics metrics;

    LoginGuard(int maxFailures, Duration window, Clock clock, LoginNames names, LoginFailures failures) {
        this(maxFailures, window, clock, names, failures, authentication -> false, LoginMetrics.unread());
    }

    @Autowired
    LoginGuard(@Value("${kitabruecke.staff.login-failures:5}") int maxFailures,
               @Value("${kitabruecke.staff.login-window:PT15M}") Duration window, Clock clock, LoginNames names,
               LoginFailures failures, SecondFactorRule secondFactor, MeterRegistry meters) {
        this(maxFailures, window, clock, names, failures, secondFactor::owesCode, new LoginMetrics(meters));
    }

    private LoginGuard(int maxFailures, Duration window, Clock clock, LoginNames names, LoginFailures failures,
                       Predicate<Authentication> owesCode, LoginMetrics metrics) {
        this.owesCode = owesCode;
        this.metrics = metrics;
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
        this.names = names;
        this.failures = failures;
    }

    /** Whether this name or this connection has failed too often lately. */
    public boolean isLocked(String username, String address) {
        var since = clock.instant().minus(window);
        return failures.ofNameSince(names.key(username), since) >= maxFailures
                || failures.ofConnectionSince(AddressKey.of(address), since) >= 4 * maxFailures;
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        String username = failure.getAuthentication().getName();
        String address = address(failure.getAuthentication().getDetails());
        LOG.warn("Failed staff login for user '{}' from {}: {}", loggable(username), address,
                failure.getException().getClass().getSimpleName());
        String name = names.key(username);
        String connection = AddressKey.of(address);
        failures.record(name, connection, clock.instant());
        metrics.failed();
        // a lockout begins with the failure that reaches the limit (counted by all nodes), not with each later one
        var since = clock.instant().minus(window);
        if (failures.ofNameSince(name, since) == maxFailures) {
            metrics.lockedName();
        }
        if (failures.ofConnectionSince(connection, since) == 4 * maxFailures) {
            metrics.lockedAddress();
        }
    }

    /** A right password forgives earlier mistakes, unless the account still owes its code: wrong codes count too. */
    @EventListener
    void on(AuthenticationSuccessEvent success) {
        if (owesCode.test(success.getAuthentication())) {
            return;
        }
        failures.forgiveName(names.key(success.getAuthentication().getName()));
    }

    /** Logs a refused attempt (the guard said no before the password was even checked). */
    void refused(String username, String address) {
        LOG.warn("Refused staff login for user '{}' from {}: too many failed attempts", loggable(username), address);
        metrics.refused();
    }

    /** How many failures are remembered now (by all nodes). */
    int tracked() {
        return failures.remembered();
    }

    private String loggable(String username) {
        return names.forTrail(username).replaceAll("[\\r\\n]", "_");
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
    }
}
