package org.kitabruecke.request.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.request.CaseFilter;
import org.kitabruecke.request.CaseRow;
import org.kitabruecke.request.ReferenceCode;
import org.kitabruecke.request.RequestSource;
import org.kitabruecke.request.RequestStatus;
import org.kitabruecke.request.Urgency;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The inbox's queries: filtered, sorted and paged in MariaDB, so a page of 50 costs the same with 100 or 100,000
 * requests (indexes of V9). Free text is searched with the full-text index; a reference code finds its request.
 */
@Repository
public class CaseQueries {

    private final NamedParameterJdbcTemplate jdbc;

    CaseQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One page, longest waiting first ({@code oldestFirst}) or newest first. */
    public List<CaseRow> page(CaseFilter filter, String me, boolean oldestFirst, int offset, int limit) {
        var parameters = new MapSqlParameterSource();
        String where = where(filter, me, parameters);
        parameters.addValue("limit", limit).addValue("offset", offset);
        return jdbc.query("""
                SELECT r.id, r.reference_code, r.source, r.created_at, r.urgency, r.status, r.district_id, r.kita_id,
                       r.contact_language, r.interpreter_needed, r.assigned_to,
                       (SELECT GROUP_CONCAT(t.topic) FROM help_request_topic t WHERE t.help_request_id = r.id) AS topics
                FROM help_request r
                """ + where + " ORDER BY r.created_at " + (oldestFirst ? "ASC" : "DESC") + ", r.id "
                + (oldestFirst ? "ASC" : "DESC") + " LIMIT :limit OFFSET :offset", parameters, CaseQueries::row);
    }

    public int count(CaseFilter filter, String me) {
        var parameters = new MapSqlParameterSource();
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM help_request r " + where(filter, me, parameters),
                parameters, Integer.class);
        return count == null ? 0 : count;
    }

    private static String where(CaseFilter filter, String me, MapSqlParameterSource parameters) {
        var where = new StringBuilder("WHERE 1 = 1");
        if (!filter.statuses().isEmpty()) {
            where.append(" AND r.status IN (:statuses)");
            parameters.addValue("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.topic() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM help_request_topic t WHERE t.help_request_id = r.id"
                    + " AND t.topic = :topic)");
            parameters.addValue("topic", filter.topic().name());
        }
        if (filter.urgency() != null) {
            where.append(" AND r.urgency = :urgency");
            parameters.addValue("urgency", filter.urgency().name());
        }
        if (filter.districtId() != null) {
            where.append(" AND r.district_id = :district");
            parameters.addValue("district", filter.districtId());
        }
        if (filter.kitaId() != null) {
            where.append(" AND r.kita_id = :kita");
            parameters.addValue("kita", filter.kitaId());
        }
        if (filter.contactLanguage() != null) {
            where.append(" AND r.contact_language = :language");
            parameters.addValue("language", filter.contactLanguage().code());
        }
        if (filter.interpreterNeeded() != null) {
            where.append(" AND r.interpreter_needed = :interpreter");
            parameters.addValue("interpreter", filter.interpreterNeeded());
        }
        switch (filter.assignee()) {
            case ME -> {
                where.append(" AND r.assigned_to = :me");
                parameters.addValue("me", me);
            }
            case NOBODY -> where.append(" AND r.assigned_to IS NULL");
            case ANYONE -> { }
        }
        if (!filter.text().isEmpty()) {
            var code = ReferenceCode.parse(filter.text());
            if (code.isPresent()) {
                where.append(" AND r.reference_code = :code");
                parameters.addValue("code", code.get().value());
            } else {
                where.append(" AND MATCH (r.free_text) AGAINST (:words IN BOOLEAN MODE)");
                parameters.addValue("words", words(filter.text()));
            }
        }
        return where.toString();
    }

    /** Every word required, as a prefix: "miete kuend" finds "Mietrückstand … Kündigung" only if both are there. */
    static String words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty())
                .map(word -> "+" + word + "*").collect(Collectors.joining(" "));
    }

    private static CaseRow row(ResultSet row, int n) throws SQLException {
        String topics = row.getString("topics");
        Set<Topic> parsed = topics == null ? Set.of() : Arrays.stream(topics.split(",")).map(Topic::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Topic.class)));
        return new CaseRow(row.getLong("id"), row.getString("reference_code"),
                RequestSource.valueOf(row.getString("source")), row.getTimestamp("created_at").toInstant(),
                Urgency.valueOf(row.getString("urgency")), RequestStatus.valueOf(row.getString("status")), parsed,
                row.getObject("district_id", Long.class), row.getObject("kita_id", Long.class),
                new ContactLanguage(row.getString("contact_language")), row.getBoolean("interpreter_needed"),
                row.getString("assigned_to"));
    }
}
