package org.kitabruecke.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.kitabruecke.directory.KitaImport.Action;
import org.kitabruecke.directory.internal.District;
import org.kitabruecke.directory.internal.DistrictRepository;
import org.kitabruecke.directory.internal.Kita;
import org.kitabruecke.directory.internal.KitaImporter;
import org.kitabruecke.directory.internal.KitaRepository;
import org.kitabruecke.directory.internal.PartnerServiceStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's side of the directory: Kitas, which social worker is responsible for which Kita, partner services
 * with their descriptions in every language, and the CSV import of Kitas. Every change is checked against the
 * version the form was opened with, and tells {@link Directory} to read anew ({@link DirectoryChanged}).
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class DirectoryAdmin {

    private final KitaRepository kitas;
    private final DistrictRepository districts;
    private final PartnerServiceStore services;
    private final KitaImporter importer;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    DirectoryAdmin(KitaRepository kitas, DistrictRepository districts, PartnerServiceStore services,
                   KitaImporter importer, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.kitas = kitas;
        this.districts = districts;
        this.services = services;
        this.importer = importer;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Refused: the Kita still has help requests or Kita staff accounts pointing to it. */
    public static class KitaInUse extends RuntimeException {
        KitaInUse(long id) {
            super("Kita " + id + " is still referred to");
        }
    }

    @Transactional(readOnly = true)
    public List<KitaDetails> kitas() {
        return kitas.findAllWithDistrict().stream().map(Kita::details).toList();
    }

    /**
     * The Kitas nobody is responsible for (no social worker assigned), e.g. just imported: to be assigned by the
     * admin. Meanwhile their page gives parents the team's number.
     */
    @Transactional(readOnly = true)
    public List<KitaDetails> kitasWithoutTeam() {
        var assigned = new HashSet<>(jdbc.queryForList("SELECT DISTINCT kita_id FROM kita_assignment", Long.class));
        return kitas().stream().filter(kita -> !assigned.contains(kita.id())).toList();
    }

    /**
     * Creates or changes a Kita; returns its id.
     *
     * @throws IllegalArgumentException if {@link KitaDetails#problems()} is not empty
     * @throws OptimisticLockingFailureException if somebody changed the Kita since the form was opened
     */
    public long saveKita(KitaDetails details) {
        if (!details.problems().isEmpty()) {
            throw new IllegalArgumentException("Invalid Kita: " + details.problems());
        }
        District district = districts.findById(Objects.requireNonNull(details.districtId()))
                .orElseThrow(() -> new IllegalArgumentException("No district " + details.districtId()));
        Kita kita;
        if (details.id() == null) {
            kita = kitas.save(Kita.create(details, district));
        } else {
            kita = kitas.findById(details.id())
                    .orElseThrow(() -> new OptimisticLockingFailureException("Kita deleted meanwhile"));
            kita.change(details, district);
        }
        kitas.flush();
        events.publishEvent(new DirectoryChanged());
        return kita.id();
    }

    /** Deletes a Kita with its assignments, unless help requests or accounts still point to it. */
    public void deleteKita(long id, int version) {
        try {
            if (jdbc.update("DELETE FROM kita WHERE id = ? AND version = ?", id, version) == 0) {
                throw new OptimisticLockingFailureException("Kita " + id + " was changed meanwhile");
            }
        } catch (DataIntegrityViolationException referenced) {
            throw new KitaInUse(id);
        }
        events.publishEvent(new DirectoryChanged());
    }

    @Transactional(readOnly = true)
    public List<SocialWorkerEntry> socialWorkers() {
        return jdbc.query("SELECT id, first_name, last_name FROM social_worker ORDER BY last_name, first_name",
                (row, n) -> new SocialWorkerEntry(row.getLong("id"),
                        row.getString("first_name") + " " + row.getString("last_name")));
    }

    @Transactional(readOnly = true)
    public List<Assignment> assignments(long kitaId) {
        return jdbc.query("""
                SELECT a.social_worker_id, w.first_name, w.last_name, a.presence_day, a.presence_from,
                       a.presence_until
                FROM kita_assignment a JOIN social_worker w ON w.id = a.social_worker_id
                WHERE a.kita_id = ? ORDER BY a.presence_day, a.presence_from""",
                (row, n) -> new Assignment(row.getLong(1), row.getString(2) + " " + row.getString(3),
                        DayOfWeek.of(row.getInt(4)), row.getObject(5, LocalTime.class),
                        row.getObject(6, LocalTime.class)), kitaId);
    }

    /** Replaces who is responsible for a Kita; each social worker appears once per Kita. */
    public void saveAssignments(long kitaId, List<Assignment> assignments) {
        var workers = new HashSet<Long>();
        if (!assignments.stream().allMatch(assignment -> workers.add(assignment.socialWorkerId()))) {
            throw new IllegalArgumentException("A social worker is assigned twice to Kita " + kitaId);
        }
        jdbc.update("DELETE FROM kita_assignment WHERE kita_id = ?", kitaId);
        for (Assignment assignment : assignments) {
            jdbc.update("""
                    INSERT INTO kita_assignment (kita_id, social_worker_id, presence_day, presence_from,
                      presence_until) VALUES (?, ?, ?, ?, ?)""", kitaId, assignment.socialWorkerId(),
                    assignment.day().getValue(), assignment.from(), assignment.until());
        }
        events.publishEvent(new DirectoryChanged());
    }

    @Transactional(readOnly = true)
    public List<PartnerService> services() {
        return services.findAll();
    }

    /** Creates or replaces a partner service as a whole; returns its id. */
    public long saveService(PartnerService service) {
        if (!service.problems().isEmpty()) {
            throw new IllegalArgumentException("Invalid partner service: " + service.problems());
        }
        long id = services.save(service);
        events.publishEvent(new DirectoryChanged());
        return id;
    }

    public void deleteService(long id, int version) {
        services.delete(id, version);
        events.publishEvent(new DirectoryChanged());
    }

    /** The dry run: what importing this CSV text would do, and every problem with its line. Changes nothing. */
    @Transactional(readOnly = true)
    public KitaImport previewImport(String csv) {
        return importer.preview(csv);
    }

    /**
     * Imports every line of the CSV text, or none: the file is checked again here, and a problem in any line (or in
     * the database) leaves the directory as it was.
     *
     * @return how many Kitas were added and changed
     * @throws IllegalArgumentException if the file has problems; see {@link #previewImport(String)}
     */
    public Map<Action, Long> importKitas(String csv) {
        KitaImport preview = importer.preview(csv);
        if (!preview.importable()) {
            throw new IllegalArgumentException("The file has " + preview.problems().size() + " problems");
        }
        for (KitaImport.Line line : preview.lines()) {
            if (line.action() != Action.UNCHANGED) {
                saveKita(line.kita());
            }
        }
        return preview.lines().stream().collect(Collectors.groupingBy(KitaImport.Line::action,
                Collectors.counting()));
    }
}
