package org.kitabruecke.directory;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kitabruecke.directory.internal.DistrictRepository;
import org.kitabruecke.directory.internal.Kita;
import org.kitabruecke.directory.internal.KitaRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the city's public directory: districts, Kitas and who is responsible for them. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final DistrictRepository districts;
    private final KitaRepository kitas;
    private final JdbcTemplate jdbc;

    Directory(DistrictRepository districts, KitaRepository kitas, JdbcTemplate jdbc) {
        this.districts = districts;
        this.kitas = kitas;
        this.jdbc = jdbc;
    }

    /** Every district, sorted as the reader's language sorts. */
    public List<DistrictEntry> districtList(Locale locale) {
        Collator collator = Collator.getInstance(ULocale.forLocale(locale));
        return districts.findAll().stream()
                .map(district -> new DistrictEntry(district.id(), district.name()))
                .sorted(Comparator.comparing(DistrictEntry::name, collator::compare))
                .toList();
    }

    /** Every Kita, sorted by name as the reader's language sorts. */
    public List<KitaEntry> kitas(Locale locale) {
        return kitas.findAllWithDistrict().stream().map(Directory::entry).sorted(KitaSearch.byName(locale)).toList();
    }

    public Optional<KitaEntry> kita(long id) {
        return kitas.findById(id).map(Directory::entry);
    }

    /** Kitas matching what a parent typed, tolerant of spelling and script; see {@link KitaSearch}. */
    public List<KitaEntry> searchKitas(String query, Locale locale, int limit) {
        return KitaSearch.search(kitas(locale), query, locale, limit);
    }

    /** Who is responsible for a Kita, in the order of their presence during the week. */
    public List<KitaContact> contactsOf(long kitaId) {
        return jdbc.query("""
                SELECT w.first_name, w.last_name, w.office_phone, w.office_email, w.languages,
                       a.presence_day, a.presence_from, a.presence_until
                FROM kita_assignment a JOIN social_worker w ON w.id = a.social_worker_id
                WHERE a.kita_id = ? ORDER BY a.presence_day, a.presence_from""",
                (row, n) -> new KitaContact(row.getString("first_name") + " " + row.getString("last_name"),
                        row.getString("office_phone"), row.getString("office_email"),
                        List.of(row.getString("languages").split(",")),
                        DayOfWeek.of(row.getInt("presence_day")),
                        row.getObject("presence_from", LocalTime.class),
                        row.getObject("presence_until", LocalTime.class)), kitaId);
    }

    private static KitaEntry entry(Kita kita) {
        return new KitaEntry(kita.id(), kita.name(), kita.street(), kita.postcode(), kita.city(),
                kita.district().id(), kita.district().name());
    }

    /** Every district in alphabetical order, with how many Kitas and responsible social workers it has. */
    public List<DistrictOverview> districts() {
        return districts.overview().stream()
                .map(row -> new DistrictOverview(row.getName(), row.getKitas(), row.getSocialWorkers()))
                .toList();
    }
}
