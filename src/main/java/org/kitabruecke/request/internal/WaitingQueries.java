package org.kitabruecke.request.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kitabruecke.request.TeamOverview.WaitingRequest;
import org.kitabruecke.request.Urgency;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Counts for the team's digest, on the inbox's indexes (status and created_at, V9): never a family's data, only ids,
 * codes, urgency and when a request came in.
 */
@Repository
public class WaitingQueries {

    private static final String WAITING = "SELECT id, reference_code, urgency, created_at FROM help_request ";

    private final NamedParameterJdbcTemplate jdbc;

    WaitingQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<WaitingRequest> one(long id) {
        return jdbc.query(WAITING + "WHERE id = :id", new MapSqlParameterSource("id", id), WaitingQueries::row)
                .stream().findFirst();
    }

    /** Requests received in {@code [from, until)}, whatever became of them since. */
    public int countReceived(Instant from, Instant until) {
        return count("created_at >= :from AND created_at < :until", window(from, until));
    }

    /** The first {@code limit} of them, oldest first. */
    public List<WaitingRequest> received(Instant from, Instant until, int limit) {
        return jdbc.query(WAITING + "WHERE created_at >= :from AND created_at < :until ORDER BY created_at, id "
                + "LIMIT :limit", window(from, until).addValue("limit", limit), WaitingQueries::row);
    }

    /** Still unanswered, urgent ones received before {@code urgentBefore}, the others before {@code otherBefore}. */
    public int countUnanswered(Instant urgentBefore, Instant otherBefore) {
        return count("status = 'RECEIVED' AND (urgency = 'URGENT' AND created_at < :urgent "
                        + "OR urgency <> 'URGENT' AND created_at < :other)",
                new MapSqlParameterSource("urgent", Timestamp.from(urgentBefore))
                        .addValue("other", Timestamp.from(otherBefore)));
    }

    /** Not closed, and nobody's. */
    public int countUnassigned() {
        return count("status <> 'CLOSED' AND assigned_to IS NULL", new MapSqlParameterSource());
    }

    private int count(String where, MapSqlParameterSource parameters) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM help_request WHERE " + where, parameters,
                Integer.class);
        return count == null ? 0 : count;
    }

    private static MapSqlParameterSource window(Instant from, Instant until) {
        return new MapSqlParameterSource("from", Timestamp.from(from)).addValue("until", Timestamp.from(until));
    }

    private static WaitingRequest row(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new WaitingRequest(row.getLong("id"), row.getString("reference_code"),
                Urgency.valueOf(row.getString("urgency")), row.getTimestamp("created_at").toInstant());
    }
}
