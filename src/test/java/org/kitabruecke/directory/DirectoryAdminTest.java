package org.kitabruecke.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.directory.KitaImport.Action;
import org.kitabruecke.directory.KitaImport.Problem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The admin's side of the directory on MariaDB: Kitas, assignments, partner services, the CSV import. */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
public class DirectoryAdminTest {

    /** Three good lines and one bad one (line 4: a postcode with four digits). */
    public static final String THREE_GOOD_ONE_BAD = """
            Name;Straße;PLZ;Ort;Stadtbezirk;Telefon
            Kita Importprobe Eins;Probeweg 1;44791;Ruhrstadt;Mitte;0221 4710 291
            Kita Importprobe Zwei;Probeweg 2;44792;Ruhrstadt;Süd;
            Kita Importprobe Drei;Probeweg 3;4479;Ruhrstadt;Nord;
            Kita Importprobe Vier;Probeweg 4;44794;Ruhrstadt;Ost;0221 4710 294
            """;

    @Autowired
    DirectoryAdmin admin;

    @Autowired
    Directory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void removeWhatTheTestsAdded() {
        jdbc.update("DELETE FROM kita WHERE name LIKE 'Kita Importprobe%' OR name LIKE 'Kita Adminprobe%'");
        jdbc.update("DELETE FROM partner_service WHERE name LIKE 'Probeangebot%'");
        events.publishEvent(new DirectoryChanged());
    }

    @Test
    void aFileWithOneBadLineImportsNothingUntilItIsFixed() {
        long before = count();

        KitaImport preview = admin.previewImport(THREE_GOOD_ONE_BAD);
        assertThat(preview.importable()).isFalse();
        assertThat(preview.problems()).extracting(Problem::line, Problem::column, Problem::key)
                .containsExactly(tuple(4, "PLZ", "admin.kita.error.postcode"));
        assertThatThrownBy(() -> admin.importKitas(THREE_GOOD_ONE_BAD)).isInstanceOf(IllegalArgumentException.class);
        assertThat(count()).isEqualTo(before);

        String fixed = THREE_GOOD_ONE_BAD.replace(";4479;", ";44793;");
        assertThat(admin.previewImport(fixed).count(Action.NEW)).isEqualTo(4);
        assertThat(admin.importKitas(fixed)).containsEntry(Action.NEW, 4L);
        assertThat(count()).isEqualTo(before + 4);
        assertThat(directory.searchKitas("importprobe probeweg 3", Locale.GERMAN, 5))
                .extracting(KitaEntry::name, KitaEntry::districtName)
                .containsExactly(tuple("Kita Importprobe Drei", "Nord"));

        String changed = fixed.replace("Probeweg 2;", "Probeweg 22;");
        KitaImport again = admin.previewImport(changed);
        assertThat(again.count(Action.UNCHANGED)).isEqualTo(3);
        assertThat(again.count(Action.CHANGED)).isEqualTo(1);
        admin.importKitas(changed);
        assertThat(count()).isEqualTo(before + 4);
        assertThat(directory.searchKitas("Probeweg 22", Locale.GERMAN, 5)).hasSize(1);
    }

    @Test
    void aKitaIsCheckedSavedWithItsTeamAndNeverOverwrittenUnnoticed() {
        assertThatThrownBy(() -> admin.saveKita(new KitaDetails(null, "Kita Adminprobe", "Weg 1", "447", "Ruhrstadt",
                null, 1L, 0))).isInstanceOf(IllegalArgumentException.class);
        long id = admin.saveKita(new KitaDetails(null, "Kita Adminprobe", "Weg 1", "44795", "Ruhrstadt", null, 1L, 0));
        admin.saveAssignments(id, List.of(new Assignment(4, "", DayOfWeek.TUESDAY, LocalTime.of(9, 0),
                LocalTime.of(11, 0))));

        assertThat(directory.contactsOf(id)).extracting(KitaContact::name, KitaContact::presenceDay)
                .containsExactly(tuple("Olena Probe", DayOfWeek.TUESDAY));
        KitaDetails saved = admin.kitas().stream().filter(kita -> kita.id() == id).findFirst().orElseThrow();
        admin.saveKita(new KitaDetails(id, "Kita Adminprobe", "Weg 2", "44795", "Ruhrstadt", null, 1L,
                saved.version()));
        assertThatThrownBy(() -> admin.saveKita(new KitaDetails(id, "Kita Adminprobe", "Weg 3", "44795", "Ruhrstadt",
                null, 1L, saved.version()))).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(directory.kita(id)).map(KitaEntry::street).hasValue("Weg 2");
    }

    @Test
    void aKitaThatRequestsOrAccountsPointToIsNotDeleted() {
        KitaDetails regenbogen = admin.kitas().stream().filter(kita -> kita.id() == 1L).findFirst().orElseThrow();

        assertThatThrownBy(() -> admin.deleteKita(1L, regenbogen.version()))
                .isInstanceOf(DirectoryAdmin.KitaInUse.class);
        assertThat(directory.kita(1L)).isPresent();
    }

    @Test
    void partnerServicesNeedAGermanDescriptionAndAreFoundByTopicAndDistrict() {
        var service = new PartnerService(null, "Probeangebot Beratung", ServiceKind.COUNSELLING_CENTRE, "Weg 5",
                "44751", "Ruhrstadt", "0221 4710 399", "probe@ruhrstadt.example", 6L, null, List.of("de", "tr"),
                Set.of(Topic.MONEY), List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0),
                        LocalTime.of(12, 0))), Map.of("tr", "Ücretsiz danışmanlık."), 0);
        assertThat(service.problems()).containsOnlyKeys(PartnerService.Field.DESCRIPTION);
        assertThatThrownBy(() -> admin.saveService(service)).isInstanceOf(IllegalArgumentException.class);

        long id = admin.saveService(new PartnerService(null, service.name(), service.kind(), service.street(),
                service.postcode(), service.city(), service.phone(), service.email(), 6L, null, service.languages(),
                service.topics(), service.hours(), Map.of("de", "Kostenlose Beratung.", "tr", "Ücretsiz danışmanlık."),
                0));

        assertThat(directory.services(Topic.MONEY, 6L, Locale.GERMAN)).extracting(PartnerService::name)
                .containsExactly("Job-Center Ruhrstadt", "Probeangebot Beratung", "Schuldner- und Insolvenzberatung");
        assertThat(directory.services(Topic.MONEY, 1L, Locale.GERMAN)).extracting(PartnerService::name)
                .containsExactly("Job-Center Ruhrstadt");
        PartnerService saved = directory.service(id).orElseThrow();
        assertThat(saved.description(Locale.forLanguageTag("tr"))).hasValueSatisfying(text -> {
            assertThat(text.language()).isEqualTo("tr");
        });
        assertThat(saved.description(Locale.forLanguageTag("ar")).orElseThrow().language()).isEqualTo("de");
        assertThat(saved.hours()).hasSize(1);
        admin.deleteService(id, saved.version());
        assertThat(directory.service(id)).isEmpty();
    }

    @Test
    @WithMockUser(username = "sozial", roles = "SOCIAL_WORKER")
    void onlyAdminsChangeTheDirectory() {
        assertThatThrownBy(() -> admin.previewImport(THREE_GOOD_ONE_BAD)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.deleteKita(1L, 0)).isInstanceOf(AccessDeniedException.class);
    }

    private long count() {
        return directory.kitas(Locale.GERMAN).size();
    }
}
