package org.kitabruecke.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: every opening of a request, every change, export, erasure and login, with who, when and which
 * record. Append-only by design — this class only ever inserts, and two database triggers refuse any UPDATE or
 * DELETE on the table. Details never contain personal data, only states, template names and ids.
 */
@Service
public class AuditTrail {

    /** The actor written for what no person did (a scheduled job). */
    public static final String SYSTEM = "system";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    AuditTrail(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an action of the logged-in person (or {@link #SYSTEM}) in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, @Nullable String recordType, @Nullable Long recordId,
                       @Nullable String detail) {
        recordAs(currentActor(), action, recordType, recordId, detail);
    }

    /** Records what the system did by itself (a scheduled job), in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordBySystem(AuditAction action, @Nullable String recordType, @Nullable Long recordId,
                               @Nullable String detail) {
        recordAs(SYSTEM, action, recordType, recordId, detail);
    }

    /** Records an action of a named actor (not the session's, e.g. someone using a link) in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordFor(String actor, AuditAction action, @Nullable String recordType, @Nullable Long recordId,
                          @Nullable String detail) {
        insert(actor, action, recordType, recordId, detail);
    }

    /** Records an action on its own, e.g. a login, which has no transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAs(String actor, AuditAction action, @Nullable String recordType, @Nullable Long recordId,
                         @Nullable String detail) {
        insert(actor, action, recordType, recordId, detail);
    }

    private void insert(String actor, AuditAction action, @Nullable String recordType, @Nullable Long recordId,
                        @Nullable String detail) {
        jdbc.update("""
                INSERT INTO audit_entry (happened_at, actor, action, record_type, record_id, detail)
                VALUES (:at, :actor, :action, :type, :id, :detail)""", new MapSqlParameterSource()
                .addValue("at", Timestamp.from(clock.instant()))
                .addValue("actor", actor.length() > 80 ? actor.substring(0, 80) : actor)
                .addValue("action", action.name()).addValue("type", recordType).addValue("id", recordId)
                .addValue("detail", detail == null || detail.length() <= 200 ? detail : detail.substring(0, 200)));
    }

    /** Admins search the trail by person, record and time; newest first, a page at a time. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        var parameters = new MapSqlParameterSource();
        String where = where(query, parameters);
        parameters.addValue("offset", offset).addValue("limit", Math.min(limit, 500));
        return jdbc.query("SELECT * FROM audit_entry " + where
                        + " ORDER BY happened_at DESC, id DESC LIMIT :limit OFFSET :offset", parameters,
                (row, n) -> new AuditEntry(row.getLong("id"), row.getTimestamp("happened_at").toInstant(),
                        row.getString("actor"), AuditAction.valueOf(row.getString("action")),
                        row.getString("record_type"), row.getObject("record_id", Long.class),
                        row.getString("detail")));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int count(AuditQuery query) {
        var parameters = new MapSqlParameterSource();
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry " + where(query, parameters),
                parameters, Integer.class);
        return count == null ? 0 : count;
    }

    private static String where(AuditQuery query, MapSqlParameterSource parameters) {
        var where = new StringBuilder("WHERE 1 = 1");
        if (query.actor() != null && !query.actor().isBlank()) {
            where.append(" AND actor = :actor");
            parameters.addValue("actor", query.actor().strip());
        }
        if (query.recordId() != null) {
            where.append(" AND record_id = :record");
            parameters.addValue("record", query.recordId());
        }
        if (query.records() != null) {
            var records = new StringBuilder(" AND (1 = 0");
            int n = 0;
            for (RecordCodes.Record record : query.records()) {
                records.append(" OR (record_type = :type").append(n).append(" AND record_id = :id").append(n)
                        .append(')');
                parameters.addValue("type" + n, record.type()).addValue("id" + n, record.id());
                n++;
            }
            where.append(records).append(')');
        }
        if (query.from() != null) {
            where.append(" AND happened_at >= :from");
            parameters.addValue("from", Timestamp.from(query.from()));
        }
        if (query.until() != null) {
            where.append(" AND happened_at < :until");
            parameters.addValue("until", Timestamp.from(query.until()));
        }
        return where.toString();
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }
}
