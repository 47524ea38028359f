package org.kitabruecke.request.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.kitabruecke.request.RequestRetention;
import org.kitabruecke.request.RequestRetention.Kind;
import org.kitabruecke.request.RequestStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The SQL behind {@link RequestRetention}: which requests are due when, by which rule, and forgetting them. */
@Component
public class RequestRetentionRecords {

    /** When a request last changed: its own columns, or the latest entry of its history (notes, replies too). */
    private static final String LAST_CHANGE = """
            GREATEST(r.updated_at, COALESCE((SELECT MAX(a.happened_at) FROM help_request_activity a
              WHERE a.help_request_id = r.id), r.updated_at))""";

    private final NamedParameterJdbcTemplate jdbc;
    private final Duration closedAfter;
    private final Duration unansweredAfter;
    private final Duration openAfter;

    RequestRetentionRecords(NamedParameterJdbcTemplate jdbc,
                            @Value("${kitabruecke.retention.closed-after:P182D}") Duration closedAfter,
                            @Value("${kitabruecke.retention.unanswered-after:P90D}") Duration unansweredAfter,
                            @Value("${kitabruecke.retention.open-after:P365D}") Duration openAfter) {
        this.jdbc = jdbc;
        this.closedAfter = closedAfter;
        this.unansweredAfter = unansweredAfter;
        this.openAfter = openAfter;
    }

    /** The ids of the requests not yet forgotten that {@code kind}'s rule makes due at {@code now}. */
    public List<Long> due(Kind kind, Instant now) {
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

    /** The requests whose personal data would be forgotten before {@code until}, soonest first. */
    public List<RequestRetention.Due> dueBefore(Instant until) {
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
                (row, n) -> new RequestRetention.Due(row.getLong("id"), row.getString("reference_code"),
                        Kind.valueOf(row.getString("kind")), RequestStatus.valueOf(row.getString("status")),
                        row.getTimestamp("forget_at").toInstant()));
    }

    /**
     * Removes the requests' contacts, words, notes and PINs and closes them as of {@code now}; reference code, topics,
     * district, language and history stay. {@code ids} must not be empty.
     */
    public void forget(List<Long> ids, Instant now) {
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
    }
}
