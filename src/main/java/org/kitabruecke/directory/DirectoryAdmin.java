package org.kitabruecke.directory;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.kitabruecke.directory.KitaImport.Action;
import org.kitabruecke.directory.internal.DirectoryRecords;
import org.kitabruecke.directory.internal.District;
import org.kitabruecke.directory.internal.DistrictRepository;
import org.kitabruecke.directory.internal.Kita;
import org.kitabruecke.directory.internal.KitaImporter;
import org.kitabruecke.directory.internal.KitaRepository;
import org.kitabruecke.directory.internal.PartnerServiceStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
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
    private final DirectoryRecords records;
    private final ApplicationEventPublisher events;

    DirectoryAdmin(KitaRepository kitas, DistrictRepository districts, PartnerServiceStore services,
                   KitaImporter importer, DirectoryRecords records, ApplicationEventPublisher events) {
        this.kitas = kitas;
        this.districts = districts;
        this.services = services;
        this.importer = importer;
        this.records = records;
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
        var assigned = records.assignedKitas();
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
            if (!records.deleteKita(id, version)) {
                throw new OptimisticLockingFailureException("Kita " + id + " was changed meanwhile");
            }
        } catch (DataIntegrityViolationException referenced) {
            throw new KitaInUse(id);
        }
        events.publishEvent(new DirectoryChanged());
    }

    @Transactional(readOnly = true)
    public List<SocialWorkerEntry> socialWorkers() {
        return records.socialWorkers();
    }

    @Transactional(readOnly = true)
    public List<Assignment> assignments(long kitaId) {
        return records.assignmentsOf(kitaId);
    }

    /** Replaces who is responsible for a Kita; each social worker appears once per Kita. */
    public void saveAssignments(long kitaId, List<Assignment> assignments) {
        var workers = new HashSet<Long>();
        if (!assignments.stream().allMatch(assignment -> workers.add(assignment.socialWorkerId()))) {
            throw new IllegalArgumentException("A social worker is assigned twice to Kita " + kitaId);
        }
        records.replaceAssignments(kitaId, assignments);
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
