package org.kitabruecke.directory.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kitabruecke.directory.Assignment;
import org.kitabruecke.directory.KitaContact;
import org.kitabruecke.directory.SocialWorkerEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The directory's SQL outside the entities: which social worker is responsible for which Kita, when they are there,
 * and deleting a Kita only in the version the admin saw.
 */
@Component
public class DirectoryRecords {

    private final JdbcTemplate jdbc;

    DirectoryRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every Kita's contacts by Kita id, each list in the order of their presence during the week. */
    public Map<Long, List<KitaContact>> contactsByKita() {
        return jdbc.query("""
                SELECT a.kita_id, w.first_name, w.last_name, w.office_phone, w.office_email, w.languages,
                       a.presence_day, a.presence_from, a.presence_until
                FROM kita_assignment a JOIN social_worker w ON w.id = a.social_worker_id
                ORDER BY a.presence_day, a.presence_from""",
                (row, n) -> Map.entry(row.getLong("kita_id"), new KitaContact(
                        row.getString("first_name") + " " + row.getString("last_name"),
                        row.getString("office_phone"), row.getString("office_email"),
                        List.of(row.getString("languages").split(",")),
                        DayOfWeek.of(row.getInt("presence_day")),
                        row.getObject("presence_from", LocalTime.class),
                        row.getObject("presence_until", LocalTime.class))))
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** The Kitas somebody is responsible for. */
    public Set<Long> assignedKitas() {
        return new HashSet<>(jdbc.queryForList("SELECT DISTINCT kita_id FROM kita_assignment", Long.class));
    }

    public List<SocialWorkerEntry> socialWorkers() {
        return jdbc.query("SELECT id, first_name, last_name FROM social_worker ORDER BY last_name, first_name",
                (row, n) -> new SocialWorkerEntry(row.getLong("id"),
                        row.getString("first_name") + " " + row.getString("last_name")));
    }

    public List<Assignment> assignmentsOf(long kitaId) {
        return jdbc.query("""
                SELECT a.social_worker_id, w.first_name, w.last_name, a.presence_day, a.presence_from,
                       a.presence_until
                FROM kita_assignment a JOIN social_worker w ON w.id = a.social_worker_id
                WHERE a.kita_id = ? ORDER BY a.presence_day, a.presence_from""",
                (row, n) -> new Assignment(row.getLong(1), row.getString(2) + " " + row.getString(3),
                        DayOfWeek.of(row.getInt(4)), row.getObject(5, LocalTime.class),
                        row.getObject(6, LocalTime.class)), kitaId);
    }

    public void replaceAssignments(long kitaId, List<Assignment> assignments) {
        jdbc.update("DELETE FROM kita_assignment WHERE kita_id = ?", kitaId);
        for (Assignment assignment : assignments) {
            jdbc.update("""
                    INSERT INTO kita_assignment (kita_id, social_worker_id, presence_day, presence_from,
                      presence_until) VALUES (?, ?, ?, ?, ?)""", kitaId, assignment.socialWorkerId(),
                    assignment.day().getValue(), assignment.from(), assignment.until());
        }
    }

    /**
     * Deletes the Kita (its assignments go with it) if it is still in this version; false if it was changed or
     * deleted meanwhile. A {@code DataIntegrityViolationException} if requests or accounts still point to it.
     */
    public boolean deleteKita(long id, int version) {
        return jdbc.update("DELETE FROM kita WHERE id = ? AND version = ?", id, version) == 1;
    }
}
