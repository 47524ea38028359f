package org.kitabruecke.privacy.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.privacy.AuditAction;
import org.kitabruecke.privacy.AuditEntry;
import org.kitabruecke.privacy.AuditQuery;
import org.kitabruecke.privacy.AuditTrail;
import org.kitabruecke.privacy.RecordCodes;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The SQL behind {@link AuditTrail}: inserting an entry (cut to the columns' sizes), and the admins' search. */
@Component
public class AuditTrailRecords {

    private final NamedParameterJdbcTemplate jdbc;

    AuditTrailRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Instant at, String actor, AuditAction action, @Nullable String recordType,
                       @Nullable Long recordId, @Nullable String detail) {
        jdbc.update("""
                INSERT INTO audit_entry (happened_at, actor, action, record_type, record_id, detail)
                VALUES (:at, :actor, :action, :type, :id, :detail)""", new MapSqlParameterSource()
                .addValue("at", Timestamp.from(at))
                .addValue("actor", actor.length() > 80 ? actor.substring(0, 80) : actor)
                .addValue("action", action.name()).addValue("type", recordType).addValue("id", recordId)
                .addValue("detail", detail == null || detail.length() <= 200 ? detail : detail.substring(0, 200)));
    }

    /** The entries that match, newest first, {@code limit} of them from {@code offset}. */
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        var parameters = new MapSqlParameterSource();
        String where = where(query, parameters);
        parameters.addValue("offset", offset).addValue("limit", limit);
        return jdbc.query("SELECT * FROM audit_entry " + where
                        + " ORDER BY happened_at DESC, id DESC LIMIT :limit OFFSET :offset", parameters,
                (row, n) -> new AuditEntry(row.getLong("id"), row.getTimestamp("happened_at").toInstant(),
                        row.getString("actor"), AuditAction.valueOf(row.getString("action")),
                        row.getString("record_type"), row.getObject("record_id", Long.class),
                        row.getString("detail")));
    }

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
}
