package org.kitabruecke.privacy;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import org.kitabruecke.RetentionRun;
import org.kitabruecke.privacy.internal.AuditRetentionRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail's own maximum life (decision 0015): the name typed into a failed login is blanked ("-")
 * {@code kitabruecke.retention.login-failures-after} after the attempt (default 30 days: time to look into an attack;
 * a typed name may be a mistyped password), every entry is deleted {@code kitabruecke.retention.audit-after} after it
 * was written (default 2 years: long enough for a family's complaint after their data is gone). This class alone does
 * it, through {@code AuditRetentionRecords}: the database triggers refuse any other change (migration V15).
 */
@Service
public class AuditRetention {

    /** The actor of a failed login once its typed name is forgotten. */
    public static final String FORGOTTEN_NAME = "-";

    private final AuditRetentionRecords records;
    private final Clock clock;
    private final RetentionRun runs;

    AuditRetention(AuditRetentionRecords records, Clock clock, MeterRegistry meters) {
        this.runs = new RetentionRun(meters, "audit", "login-name", "audit-entry");
        this.records = records;
        this.clock = clock;
    }

    /** How many failed logins lost their typed name, and how many entries were deleted. */
    public record Forgotten(int names, int entries) {
    }

    @Transactional
    public Forgotten forgetDue() {
        Forgotten forgotten = records.forget(clock.instant());
        runs.finished(Map.of("login-name", forgotten.names(), "audit-entry", forgotten.entries()));
        return forgotten;
    }
}
