package org.kitabruecke.notification.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.kitabruecke.notification.MailKind;
import org.kitabruecke.notification.MailRetention;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The SQL behind {@link MailRetention}: which parked mails and outbox entries are due when, and deleting them. */
@Component
public class MailRetentionRecords {

    private final NamedParameterJdbcTemplate jdbc;
    private final Duration parkedAfter;

    MailRetentionRecords(NamedParameterJdbcTemplate jdbc,
                         @Value("${kitabruecke.retention.parked-mail-after:P30D}") Duration parkedAfter) {
        this.jdbc = jdbc;
        this.parkedAfter = parkedAfter;
    }

    /** Deletes the parked mails due at {@code now} that no admin's retry holds; how many. */
    public int deleteParked(Instant now) {
        return jdbc.update("DELETE FROM mail_parked WHERE parked_at < :before AND retry_publication IS NULL",
                before(now));
    }

    /** Deletes the outbox entries undelivered that long after publishing, unless an admin retries them; how many. */
    public int deleteUndelivered(Instant now) {
        return jdbc.update("""
                DELETE FROM event_publication WHERE completion_date IS NULL AND publication_date < :before
                AND id NOT IN (SELECT retry_publication FROM mail_parked WHERE retry_publication IS NOT NULL)""",
                before(now));
    }

    /** The parked mails that would be due at {@code when}, soonest first. */
    public List<MailRetention.Due> dueAt(Instant when) {
        return jdbc.query("""
                SELECT m.id, m.kind, m.request_id, COALESCE(r.reference_code, b.booking_code) AS reference, m.parked_at
                FROM mail_parked m LEFT JOIN help_request r ON r.id = m.request_id
                  LEFT JOIN booking b ON b.id = m.booking_id
                WHERE m.parked_at < :before AND m.retry_publication IS NULL ORDER BY m.parked_at, m.id LIMIT 1000""",
                before(when),
                (row, n) -> new MailRetention.Due(row.getLong("id"), MailKind.valueOf(row.getString("kind")),
                        row.getObject("request_id", Long.class), row.getString("reference"),
                        row.getTimestamp("parked_at").toInstant().plus(parkedAfter)));
    }

    private MapSqlParameterSource before(Instant when) {
        return new MapSqlParameterSource("before", Timestamp.from(when.minus(parkedAfter)));
    }
}
