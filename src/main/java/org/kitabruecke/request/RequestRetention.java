package org.kitabruecke.request;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kitabruecke.RetentionRun;
import org.kitabruecke.privacy.AuditAction;
import org.kitabruecke.privacy.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets the families' personal data on time (decisions 0009, 0015): a closed request
 * {@code kitabruecke.retention.closed-after} after closing (default 182 days, the "6 months" of the consent text),
 * a request nobody could answer — still new — {@code kitabruecke.retention.unanswered-after} after it came in
 * (default 90 days; closed as "not reached"), and any request not closed (in progress, referred, appointment, a
 * Kita's forward) {@code kitabruecke.retention.open-after} after its last change (default 365 days; a note, a reply,
 * an assignment or a change of state is a change; closed as "other reason"). What stays is what the figures and the
 * history need without a person: reference code, topics, district, language, states and who of the staff did what;
 * the audit trail names the request by its id only.
 */
@Service
public class RequestRetention {

    /** When a request last changed: its own columns, or the latest entry of its history (notes, replies too). */
    static final String LAST_CHANGE = """
            GREATEST(r.updated_at, COALESCE((SELECT MAX(a.happened_at) FROM help_request_activity a
              WHERE a.help_request_id = r.id), r.updated_at))""";

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration closedAfter;
    private final Duration unansweredAfter;
    private final Duration openAfter;
    private final RetentionRun runs;

    RequestRetention(NamedParameterJdbcTemplate jdbc, AuditTrail audit, Clock clock,
                     @Value("${kitabruecke.retention.closed-after:P182D}") Duration closedAfter,
                     @Value("${kitabruecke.retention.unanswered-after:P90D}") Duration unansweredAfter,
                     @Value("${kitabruecke.retention.open-after:P365D}") Duration openAfter, MeterRegistry meters) {
        this.runs = new RetentionRun(meters, "request", "closed", "unanswered", "open");
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.closedAfter = closedAfter;
        this.unansweredAfter = unansweredAfter;
        this.openAfter = openAfter;
    }

    /** How many requests were forgotten: closed long enough, nobody answered, left open without a change. */
    public record Forgotten(int closed, int unanswered, int open) {
    }

    /** Forgets everything that is due now; run daily by {@code RetentionJob}, in one transaction per run. */
    @Transactional
    public Forgotten forgetDue() {
        Instant now = clock.instant();
        List<Long> closed = due(Kind.CLOSED, now);
        List<Long> unanswered = due(Kind.UNANSWERED, now);
        List<Long> open = due(Kind.OPEN, now).stream().filter(id -> !unanswered.contains(id)).toList();
        forget(closed, now, "retention-closed", true);
        forget(unanswered, now, "retention-unanswered", true);
        forget(open, now, "retention-open", true);
        runs.finished(Map.of("closed", closed.size(), "unanswered", unanswered.size(), "open", open.size()));
        return new Forgotten(closed.size(), unanswered.size(), open.size());
    }

    /** Which rule forgets a request. */
    public enum Kind {
        CLOSED, UNANSWERED, OPEN
    }

    /** A request whose personal data will be forgotten at {@code forgetAt} unless somebody works on it. */
    public record Due(long requestId, String code, Kind kind, RequestStatus status, Instant forgetAt) {
    }

    /** The requests whose personal data goes within {@code within} from now, soonest first. */
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Due> dueWithin(Duration within) {
        Instant until = clock.instant().plus(within);
        return jdbc.query("""
                SELECT id, reference_code, status, forget_at, kind FROM (
                  SELECT r.id, r.reference_code, r.status, CASE
                      WHEN r.status = 'CLOSED' THEN TIMESTAMPADD(SECOND, :closed, COALESCE(r.closed_at, r.updated_at))
                      WHEN r.status = 'RECEIVED' THEN LEAST(TIMESTAMPADD(SECOND, :unanswered, r.updated_at),
                        TIMESTAMPADD(SECOND, :open, %1$s))
                      ELSE TIMESTAMPADD(SECOND, :open, %1$s) END AS forget_at,
                    CASE WHEN r.status = 'CLOSED' THEN 'CLOSED'
                      WHEN r.status = 'RECEIVED' AND TIMESTAMPADD(SECOND, :unanswered, r.updated_at)
                        <= TIMESTAMPADD(SECOND, :open, %1$s) THEN 'UNANSWERED' ELSE 'OPEN' END AS kind
                  FROM help_request r WHERE r.anonymised_at IS NULL) due
                WHERE forget_at < :until ORDER BY forget_at, id LIMIT 1000""".formatted(LAST_CHANGE),
                new MapSqlParameterSource("until", Timestamp.from(until))
                        .addValue("closed", closedAfter.toSeconds())
                        .addValue("unanswered", unansweredAfter.toSeconds())
                        .addValue("open", openAfter.toSeconds()),
                (row, n) -> new Due(row.getLong("id"), row.getString("reference_code"),
                        Kind.valueOf(row.getString("kind")), RequestStatus.valueOf(row.getString("status")),
                        row.getTimestamp("forget_at").toInstant()));
    }

    /** Forgets one request at once (a family's erasure request, or the schedule); its id stays for the figures. */
    @Transactional
    public void forget(long requestId, String why) {
        forget(List.of(requestId), clock.instant(), why, false);
    }

    private List<Long> due(Kind kind, Instant now) {
        String sql = switch (kind) {
            case CLOSED -> """
                    SELECT id FROM help_request r WHERE anonymised_at IS NULL AND status = 'CLOSED'
                    AND COALESCE(closed_at, updated_at) < :before""";
            case UNANSWERED -> """
                    SELECT id FROM help_request r WHERE anonymised_at IS NULL AND status = 'RECEIVED'
                    AND updated_at < :before""";
            case OPEN -> """
                    SELECT id FROM help_request r WHERE anonymised_at IS NULL AND status <> 'CLOSED'
                    AND %s < :before""".formatted(LAST_CHANGE);
        };
        Duration life = switch (kind) {
            case CLOSED -> closedAfter;
            case UNANSWERED -> unansweredAfter;
            case OPEN -> openAfter;
        };
        return jdbc.queryForList(sql, new MapSqlParameterSource("before", Timestamp.from(now.minus(life))),
                Long.class);
    }

    private void forget(List<Long> ids, Instant now, String why, boolean scheduled) {
        if (ids.isEmpty()) {
            return;
        }
        var parameters = new MapSqlParameterSource("ids", ids).addValue("now", Timestamp.from(now));
        // a request nobody answered was "not reached"; one left open by the team closes for "another reason"
        jdbc.update("""
                UPDATE help_request SET phone = NULL, email = NULL, call_times = NULL, free_text = NULL, pin_hash = '',
                  closed_reason = CASE status WHEN 'CLOSED' THEN closed_reason WHEN 'RECEIVED' THEN 'NOT_REACHED'
                    ELSE 'OTHER' END,
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
