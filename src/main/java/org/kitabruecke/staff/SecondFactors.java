package org.kitabruecke.staff;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.kitabruecke.staff.SecondFactorChanged.Change;
import org.kitabruecke.staff.internal.Base32;
import org.kitabruecke.staff.internal.LoginGuard;
import org.kitabruecke.staff.internal.QrSvg;
import org.kitabruecke.staff.internal.RecoveryCodes;
import org.kitabruecke.staff.internal.SecondFactorCodeRefused;
import org.kitabruecke.staff.internal.SecondFactorRecords;
import org.kitabruecke.staff.internal.SecondFactorRecords.Stored;
import org.kitabruecke.staff.internal.SecondFactorRule;
import org.kitabruecke.staff.internal.SecretSeal;
import org.kitabruecke.staff.internal.TotpCodes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's second factor (docs/decisions/0020): TOTP enrolment with a QR code, checking codes at sign-in (each
 * used once, wrong ones counting toward the login lockout), single-use recovery codes, and an admin's reset.
 */
@Service
public class SecondFactors {

    /** How a typed code was taken. */
    public sealed interface CodeCheck {
        record Accepted() implements CodeCheck { }
        record RecoveryCodeUsed(int left) implements CodeCheck { }
        record Wrong() implements CodeCheck { }
        record Locked() implements CodeCheck { }
    }

    /** Whether an account has a factor, and how many unused recovery codes. */
    public record Status(boolean enrolled, int recoveryCodesLeft) { }

    /** A factor being set up: its secret is only in memory until the first code confirms it. */
    public static final class Enrolment {
        private final byte[] secret;
        private final String uri;

        private Enrolment(byte[] secret, String username) {
            this.secret = secret;
            String issuer = URLEncoder.encode("Kita-Brücke", StandardCharsets.UTF_8).replace("+", "%20");
            this.uri = "otpauth://totp/" + issuer + ":" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                    .replace("+", "%20") + "?secret=" + Base32.encode(secret) + "&issuer=" + issuer
                    + "&algorithm=SHA1&digits=6&period=30";
        }

        /** The secret for typing by hand: base32 in groups of four. */
        public String secretText() {
            return Base32.grouped(Base32.encode(secret));
        }

        /** The QR code an authenticator app scans, as SVG drawn here. */
        public String qrCodeSvg() {
            return QrSvg.of(uri);
        }
    }

    private final SecondFactorRecords records;
    private final SecondFactorRule rule;
    private final SecretSeal seal;
    private final LoginGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SecondFactors(SecondFactorRecords records, SecondFactorRule rule, SecretSeal seal, LoginGuard guard,
                  ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.rule = rule;
        this.seal = seal;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /** Whether this authentication (a right password) still owes its second factor: then it is no login yet. */
    @Transactional(readOnly = true)
    public boolean owesCode(Authentication authentication) {
        return rule.owesCode(authentication);
    }

    @Transactional(readOnly = true)
    public Status status(String username) {
        return records.accountId(username).map(id -> new Status(records.factor(id).isPresent(),
                records.recoveryCodesLeft(id))).orElse(new Status(false, 0));
    }

    public Enrolment startEnrolment(String username) {
        byte[] secret = new byte[20];
        random.nextBytes(secret);
        return new Enrolment(secret, username);
    }

    /** Stores the factor if the code is right for it, and gives the new recovery codes (to be shown once). */
    @Transactional
    public Optional<List<String>> confirmEnrolment(String username, Enrolment enrolment, String typed) {
        long id = records.accountId(username).orElseThrow();
        Optional<String> digits = TotpCodes.digits(typed);
        OptionalLong step = digits.isEmpty() ? OptionalLong.empty()
                : TotpCodes.matchingStep(enrolment.secret, digits.get(), clock.instant(), Long.MIN_VALUE);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        records.enrol(id, seal.seal(id, enrolment.secret), step.getAsLong(), clock.instant());
        events.publishEvent(new SecondFactorChanged(username, id, username, Change.ENROLLED));
        return Optional.of(newRecoveryCodes(username, id));
    }

    /**
     * Checks a TOTP code (now, or a step before or after, never one used already) or a recovery code (then used up).
     * A wrong one counts as a failed login of the account and its connection {@code address}.
     */
    @Transactional
    public CodeCheck check(String username, String typed, String address) {
        if (guard.isLocked(username, address)) {
            return new CodeCheck.Locked();
        }
        Optional<Long> account = records.accountId(username);
        Optional<Stored> factor = account.flatMap(records::factor);
        if (account.isPresent() && factor.isPresent()) {
            long id = account.get();
            Optional<String> digits = TotpCodes.digits(typed);
            if (digits.isPresent()) {
                byte[] secret = seal.open(id, factor.get().sealedSecret());
                OptionalLong step = TotpCodes.matchingStep(secret, digits.get(), clock.instant(),
                        factor.get().lastUsedStep());
                if (step.isPresent() && records.useStep(id, step.getAsLong())) {
                    return new CodeCheck.Accepted();
                }
            }
            Optional<String> recovery = RecoveryCodes.hashOf(typed);
            if (recovery.isPresent() && records.useRecoveryCode(id, recovery.get(), clock.instant())) {
                events.publishEvent(new SecondFactorChanged(username, id, username, Change.RECOVERY_CODE_USED));
                return new CodeCheck.RecoveryCodeUsed(records.recoveryCodesLeft(id));
            }
        }
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, null);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt, new SecondFactorCodeRefused()));
        return new CodeCheck.Wrong();
    }

    /** New recovery codes for an account with a factor; the old ones stop working. Shown once, stored hashed. */
    @Transactional
    public List<String> newRecoveryCodes(String username) {
        long id = records.accountId(username).orElseThrow();
        if (records.factor(id).isEmpty()) {
            throw new IllegalStateException("No second factor to recover");
        }
        return newRecoveryCodes(username, id);
    }

    /**
     * An admin removes a lost factor; the account sets up a new one at its next sign-in. Its open sessions end: one
     * begun on a lost or stolen phone must not outlive the reset.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void reset(String username) {
        records.accountId(username).ifPresent(id -> {
            records.remove(id);
            records.endSessions(id);
            var admin = SecurityContextHolder.getContext().getAuthentication();
            events.publishEvent(new SecondFactorChanged(admin == null ? "" : admin.getName(), id, username,
                    Change.RESET));
        });
    }

    private List<String> newRecoveryCodes(String username, long id) {
        List<String> codes = IntStream.range(0, RecoveryCodes.COUNT).mapToObj(n -> RecoveryCodes.random(random))
                .toList();
        records.replaceRecoveryCodes(id, codes.stream().map(code -> RecoveryCodes.hashOf(code).orElseThrow())
                .toList());
        events.publishEvent(new SecondFactorChanged(username, id, username, Change.RECOVERY_CODES_CREATED));
        return codes;
    }
}
