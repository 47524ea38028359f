package org.kitabruecke.directory.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kitabruecke.directory.KitaContact;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who is responsible for which Kita: the social workers' office contacts with their presence at each Kita. */
@Component
public class KitaContacts {

    private final JdbcTemplate jdbc;

    KitaContacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every Kita's contacts by Kita id, each list in the order of their presence during the week. */
    public Map<Long, List<KitaContact>> byKita() {
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
}
