package org.kitabruecke.privacy.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.kitabruecke.privacy.AuditRetention;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL behind {@link AuditRetention}: the only change the database triggers let through (migration V15), and only
 * for this connection and the duration of one call.
 */
@Component
public class AuditRetentionRecords {

    private final JdbcTemplate jdbc;
    private final Duration namesAfter;
    private final Duration after;

    AuditRetentionRecords(JdbcTemplate jdbc,
                          @Value("${kitabruecke.retention.login-failures-after:P30D}") Duration namesAfter,
                          @Value("${kitabruecke.retention.audit-after:P730D}") Duration after) {
        if (namesAfter.compareTo(after) > 0) {
            throw new IllegalArgumentException("Failed logins' names cannot outlive the audit trail");
        }
        this.jdbc = jdbc;
        this.namesAfter = namesAfter;
        this.after = after;
    }

    /** Blanks the failed logins' names and deletes the entries due at {@code now}; how many of each. */
    public AuditRetention.Forgotten forget(Instant now) {
        Timestamp namesBefore = Timestamp.from(now.minus(namesAfter));
        Timestamp before = Timestamp.from(now.minus(after));
        // the session variables open the triggers' two doors for this connection; closed again whatever happens, so
        // that the pooled connection never carries them to other code
        jdbc.update("SET @kitabruecke_audit_names_before = ?, @kitabruecke_audit_before = ?", namesBefore, before);
        try {
            int names = jdbc.update("UPDATE audit_entry SET actor = ? WHERE action = 'LOGIN_FAILED' AND actor <> ?"
                    + " AND happened_at < ?", AuditRetention.FORGOTTEN_NAME, AuditRetention.FORGOTTEN_NAME,
                    namesBefore);
            int entries = jdbc.update("DELETE FROM audit_entry WHERE happened_at < ?", before);
            return new AuditRetention.Forgotten(names, entries);
        } finally {
            jdbc.update("SET @kitabruecke_audit_names_before = NULL, @kitabruecke_audit_before = NULL");
        }
    }
}
