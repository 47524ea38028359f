package org.kitabruecke.privacy;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.kitabruecke.RetentionRun;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail's own maximum life (decision 0015): the name typed into a failed login is blanked ("-")
 * {@code kitabruecke.retention.login-failures-after} after the attempt (default 30 days: time to look into an attack;
 * a typed name may be a mistyped password), every entry is deleted {@code kitabruecke.retention.audit-after} after it
 * was written (default 2 years: long enough for a family's complaint after their data is gone). This class alone does
 * it: the database triggers refuse any other change (migration V15), and it says so only for its own connection and
 * only for the duration of one call.
 */
@Service
public class AuditRetention {

    /** The actor of a failed login once its typed name is forgotten. */
    public static final String FORGOTTEN_NAME = "-";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration namesAfter;
    private final Duration after;
    private final RetentionRun runs;

    AuditRetention(JdbcTemplate jdbc, Clock clock,
                   @Value("${kitabruecke.retention.login-failures-after:P30D}") Duration namesAfter,
                   @Value("${kitabruecke.retention.audit-after:P730D}") Duration after, MeterRegistry meters) {
        this.runs = new RetentionRun(meters, "audit", "login-name", "audit-entry");
        if (namesAfter.compareTo(after) > 0) {
            throw new IllegalArgumentException("Failed logins' names cannot outlive the audit trail");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.namesAfter = namesAfter;
        this.after = after;
    }

    /** How many failed logins lost their typed name, and how many entries were deleted. */
    public record Forgotten(int names, int entries) {
    }

    @Transactional
    public Forgotten forgetDue() {
        Instant now = clock.instant();
        Timestamp namesBefore = Timestamp.from(now.minus(namesAfter));
        Timestamp before = Timestamp.from(now.minus(after));
        // the session variables open the triggers' two doors for this connection; closed again whatever happens, so
        // that the pooled connection never carries them to other code
        jdbc.update("SET @kitabruecke_audit_names_before = ?, @kitabruecke_audit_before = ?", namesBefore, before);
        try {
            int names = jdbc.update("UPDATE audit_entry SET actor = ? WHERE action = 'LOGIN_FAILED' AND actor <> ?"
                    + " AND happened_at < ?", FORGOTTEN_NAME, FORGOTTEN_NAME, namesBefore);
            int entries = jdbc.update("DELETE FROM audit_entry WHERE happened_at < ?", before);
            runs.finished(Map.of("login-name", names, "audit-entry", entries));
            return new Forgotten(names, entries);
        } finally {
            jdbc.update("SET @kitabruecke_audit_names_before = NULL, @kitabruecke_audit_before = NULL");
        }
    }
}
