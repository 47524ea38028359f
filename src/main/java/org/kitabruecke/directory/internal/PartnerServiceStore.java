package org.kitabruecke.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kitabruecke.directory.OpeningHours;
import org.kitabruecke.directory.PartnerService;
import org.kitabruecke.directory.ServiceKind;
import org.kitabruecke.directory.Topic;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Partner services with their hours, topics and descriptions, read in four queries for all of them (the city has
 * dozens, not thousands) and written as one whole. Saving checks the version a form was opened with, so two admins
 * editing the same service never overwrite each other unnoticed.
 */
@Repository
public class PartnerServiceStore {

    private final JdbcTemplate jdbc;

    PartnerServiceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<PartnerService> findAll() {
        Map<Long, List<OpeningHours>> hours = new HashMap<>();
        jdbc.query("SELECT partner_service_id, day_of_week, opens_at, closes_at FROM partner_service_hours",
                (ResultSet row) -> {
                    hours.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(new OpeningHours(
                            DayOfWeek.of(row.getInt(2)), row.getObject(3, LocalTime.class),
                            row.getObject(4, LocalTime.class)));
                });
        Map<Long, Set<Topic>> topics = new HashMap<>();
        jdbc.query("SELECT partner_service_id, topic FROM partner_service_topic", (ResultSet row) -> {
            topics.computeIfAbsent(row.getLong(1), id -> new HashSet<>()).add(Topic.valueOf(row.getString(2)));
        });
        Map<Long, Map<String, String>> texts = new HashMap<>();
        jdbc.query("SELECT partner_service_id, language, description FROM partner_service_text", (ResultSet row) -> {
            texts.computeIfAbsent(row.getLong(1), id -> new HashMap<>()).put(row.getString(2), row.getString(3));
        });
        return jdbc.query("""
                SELECT s.*, d.name AS district_name FROM partner_service s
                LEFT JOIN district d ON d.id = s.district_id ORDER BY s.id""",
                (row, n) -> service(row, hours, topics, texts));
    }

    private static PartnerService service(ResultSet row, Map<Long, List<OpeningHours>> hours,
                                          Map<Long, Set<Topic>> topics, Map<Long, Map<String, String>> texts)
            throws SQLException {
        long id = row.getLong("id");
        return new PartnerService(id, row.getString("name"), ServiceKind.valueOf(row.getString("kind")),
                row.getString("street"), row.getString("postcode"), row.getString("city"), row.getString("phone"),
                row.getString("email"), row.getObject("district_id", Long.class), row.getString("district_name"),
                List.of(row.getString("languages").split(",")), topics.getOrDefault(id, Set.of()),
                hours.getOrDefault(id, List.of()), texts.getOrDefault(id, Map.of()), row.getInt("version"));
    }

    /** Inserts a new service or replaces a stored one as a whole; returns its id. */
    public long save(PartnerService service) {
        long id;
        if (service.id() == null) {
            var key = new GeneratedKeyHolder();
            jdbc.update(connection -> {
                var insert = connection.prepareStatement("""
                        INSERT INTO partner_service (name, kind, street, postcode, city, phone, email, district_id,
                          languages) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                bind(insert, service);
                return insert;
            }, key);
            id = Objects.requireNonNull(key.getKey()).longValue();
        } else {
            id = service.id();
            int changed = jdbc.update("""
                    UPDATE partner_service SET name = ?, kind = ?, street = ?, postcode = ?, city = ?, phone = ?,
                      email = ?, district_id = ?, languages = ?, version = version + 1
                    WHERE id = ? AND version = ?""", service.name(), service.kind().name(), service.street(),
                    service.postcode(), service.city(), service.phone(), service.email(), service.districtId(),
                    String.join(",", service.languages()), id, service.version());
            if (changed == 0) {
                throw new OptimisticLockingFailureException("Partner service " + id + " was changed meanwhile");
            }
            jdbc.update("DELETE FROM partner_service_hours WHERE partner_service_id = ?", id);
            jdbc.update("DELETE FROM partner_service_topic WHERE partner_service_id = ?", id);
            jdbc.update("DELETE FROM partner_service_text WHERE partner_service_id = ?", id);
        }
        for (OpeningHours open : service.hours()) {
            jdbc.update("INSERT INTO partner_service_hours (partner_service_id, day_of_week, opens_at, closes_at)"
                    + " VALUES (?, ?, ?, ?)", id, open.day().getValue(), open.opens(), open.closes());
        }
        for (Topic topic : service.topics()) {
            jdbc.update("INSERT INTO partner_service_topic (partner_service_id, topic) VALUES (?, ?)", id,
                    topic.name());
        }
        service.descriptions().forEach((language, text) -> jdbc.update(
                "INSERT INTO partner_service_text (partner_service_id, language, description) VALUES (?, ?, ?)",
                id, language, text));
        return id;
    }

    private static void bind(java.sql.PreparedStatement insert, PartnerService service) throws SQLException {
        insert.setString(1, service.name());
        insert.setString(2, service.kind().name());
        insert.setString(3, service.street());
        insert.setString(4, service.postcode());
        insert.setString(5, service.city());
        insert.setString(6, service.phone());
        insert.setString(7, service.email());
        insert.setObject(8, service.districtId());
        insert.setString(9, String.join(",", service.languages()));
    }

    /** Deletes a service with its hours, topics and texts (cascade), if nobody changed it meanwhile. */
    public void delete(long id, int version) {
        if (jdbc.update("DELETE FROM partner_service WHERE id = ? AND version = ?", id, version) == 0) {
            throw new OptimisticLockingFailureException("Partner service " + id + " was changed meanwhile");
        }
    }
}
