package org.kitabruecke.notification;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.RetentionRun;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets undelivered mail (decision 0015): a parked mail is deleted {@code kitabruecke.retention.parked-mail-after}
 * (default 30 days) after it was given up on, unless an admin's retry is under way; an outbox entry still not
 * delivered that long after it was published goes too (none should be: mail is parked after about two hours). The
 * request or booking the mail was for keeps its own life; sent-mail records go after
 * {@code kitabruecke.mail.sent-kept} ({@code MailRetry}).
 */
@Service
public class MailRetention {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final Duration parkedAfter;
    private final RetentionRun runs;

    MailRetention(NamedParameterJdbcTemplate jdbc, Clock clock,
                  @Value("${kitabruecke.retention.parked-mail-after:P30D}") Duration parkedAfter,
                  MeterRegistry meters) {
        this.runs = new RetentionRun(meters, "mail", "parked", "outbox");
        this.jdbc = jdbc;
        this.clock = clock;
        this.parkedAfter = parkedAfter;
    }

    /** How many parked mails and stale outbox entries were deleted. */
    public record Forgotten(int parked, int outbox) {
    }

    @Transactional
    public Forgotten forgetDue() {
        var before = new MapSqlParameterSource("before", Timestamp.from(clock.instant().minus(parkedAfter)));
        int parked = jdbc.update("DELETE FROM mail_parked WHERE parked_at < :before AND retry_publication IS NULL",
                before);
        int outbox = jdbc.update("""
                DELETE FROM event_publication WHERE completion_date IS NULL AND publication_date < :before
                AND id NOT IN (SELECT retry_publication FROM mail_parked WHERE retry_publication IS NOT NULL)""",
                before);
        runs.finished(Map.of("parked", parked, "outbox", outbox));
        return new Forgotten(parked, outbox);
    }

    /**
     * A parked mail that will be deleted at {@code forgetAt}: for a request or a booking (named by its code), or for
     * neither (a waiting-list offer).
     */
    public record Due(long id, MailKind kind, @Nullable Long requestId, @Nullable String reference,
                      Instant forgetAt) {
    }

    /** The parked mails deleted within {@code within} from now, soonest first. */
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Due> dueWithin(Duration within) {
        return jdbc.query("""
                SELECT m.id, m.kind, m.request_id, COALESCE(r.reference_code, b.booking_code) AS reference, m.parked_at
                FROM mail_parked m LEFT JOIN help_request r ON r.id = m.request_id
                  LEFT JOIN booking b ON b.id = m.booking_id
                WHERE m.parked_at < :before AND m.retry_publication IS NULL ORDER BY m.parked_at, m.id LIMIT 1000""",
                new MapSqlParameterSource("before", Timestamp.from(clock.instant().plus(within).minus(parkedAfter))),
                (row, n) -> new Due(row.getLong("id"), MailKind.valueOf(row.getString("kind")),
                        row.getObject("request_id", Long.class), row.getString("reference"),
                        row.getTimestamp("parked_at").toInstant().plus(parkedAfter)));
    }
}
