package org.kitabruecke.request;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.kitabruecke.privacy.AuditAction;
import org.kitabruecke.privacy.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets the families' personal data on time (decision 0009): a closed request
 * {@code kitabruecke.retention.closed-after} after closing (default 182 days, the "6 months" of the consent text),
 * a request nobody could answer — still new — {@code kitabruecke.retention.unanswered-after} after it came in
 * (default 90 days; it is closed as "not reached"). What stays is what the figures and the history need without
 * a person: reference code, topics, district, language, states and who of the staff did what; the audit trail
 * names the request by its id only.
 */
@Service
public class RequestRetention {

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration closedAfter;
    private final Duration unansweredAfter;

    RequestRetention(NamedParameterJdbcTemplate jdbc, AuditTrail audit, Clock clock,
                     @Value("${kitabruecke.retention.closed-after:P182D}") Duration closedAfter,
                     @Value("${kitabruecke.retention.unanswered-after:P90D}") Duration unansweredAfter) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.closedAfter = closedAfter;
        this.unansweredAfter = unansweredAfter;
    }

    /** How many requests were forgotten because they were closed long enough, and because nobody answered. */
    public record Forgotten(int closed, int unanswered) {
    }

    /** Forgets everything that is due now; run daily by {@code RetentionJob}, in one transaction per run. */
    @Transactional
    public Forgotten forgetDue() {
        Instant now = clock.instant();
        List<Long> closed = jdbc.queryForList("""
                SELECT id FROM help_request WHERE anonymised_at IS NULL AND status = 'CLOSED'
                AND COALESCE(closed_at, updated_at) < :before""",
                new MapSqlParameterSource("before", Timestamp.from(now.minus(closedAfter))), Long.class);
        List<Long> unanswered = jdbc.queryForList("""
                SELECT id FROM help_request WHERE anonymised_at IS NULL AND status = 'RECEIVED'
                AND updated_at < :before""",
                new MapSqlParameterSource("before", Timestamp.from(now.minus(unansweredAfter))), Long.class);
        forget(closed, now, "retention-closed", true);
        forget(unanswered, now, "retention-unanswered", true);
        return new Forgotten(closed.size(), unanswered.size());
    }

    /** Forgets one request at once (a family's erasure request, or the schedule); its id stays for the figures. */
    @Transactional
    public void forget(long requestId, String why) {
        forget(List.of(requestId), clock.instant(), why, false);
    }

    private void forget(List<Long> ids, Instant now, String why, boolean scheduled) {
        if (ids.isEmpty()) {
            return;
        }
        var parameters = new MapSqlParameterSource("ids", ids).addValue("now", Timestamp.from(now));
        jdbc.update("""
                UPDATE help_request SET phone = NULL, email = NULL, call_times = NULL, free_text = NULL, pin_hash = '',
                  closed_reason = CASE WHEN status = 'CLOSED' THEN closed_reason ELSE 'NOT_REACHED' END,
                  status = 'CLOSED', closed_at = COALESCE(closed_at, :now), anonymised_at = :now,
                  version = version + 1
                WHERE id IN (:ids)""", parameters);
        jdbc.update("DELETE FROM help_request_note WHERE help_request_id IN (:ids)", parameters);
        jdbc.update("DELETE FROM confirmation_pin WHERE help_request_id IN (:ids)", parameters);
        for (Long id : ids) {
            if (scheduled) {
                audit.recordBySystem(AuditAction.ERASE, "help_request", id, why);
            } else {
                audit.record(AuditAction.ERASE, "help_request", id, why);
            }
        }
    }
}
