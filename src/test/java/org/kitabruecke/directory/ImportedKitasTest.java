package org.kitabruecke.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.directory.KitaImport.Problem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The CSV import on MariaDB as the admin meets it: an empty field says it is missing, a wrong one says what is wrong
 * with it; Kitas imported without anyone responsible are listed to be assigned.
 */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ImportedKitasTest {

    /** Line 2 lacks its postcode, line 3 has a wrong one, line 4 lacks street and district, line 5 is good. */
    static final String MISSING_AND_WRONG = """
            Name;Straße;PLZ;Ort;Stadtbezirk;Telefon
            Kita Importfehlt Eins;Probeweg 1;;Ruhrstadt;Mitte;
            Kita Importfehlt Zwei;Probeweg 2;4479;Ruhrstadt;Süd;
            Kita Importfehlt Drei;;44793;Ruhrstadt;;
            Kita Importfehlt Vier;Probeweg 4;44794;Ruhrstadt;Ost;
            """;

    @Autowired
    DirectoryAdmin admin;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void removeWhatTheTestsAdded() {
        jdbc.update("DELETE FROM kita WHERE name LIKE 'Kita Importfehlt%' OR name LIKE 'Kita Ohneteam%'");
        events.publishEvent(new DirectoryChanged());
    }

    @Test
    void aMissingValueSaysItIsMissingAndAWrongOneWhatIsWrong() {
        assertThat(admin.previewImport(MISSING_AND_WRONG).problems())
                .extracting(Problem::line, Problem::column, Problem::key)
                .containsExactly(
                        tuple(2, "PLZ", "admin.import.error.missing"),
                        tuple(3, "PLZ", "admin.kita.error.postcode"),
                        tuple(4, "Straße", "admin.import.error.missing"),
                        tuple(4, "Stadtbezirk", "admin.import.error.missing"));
    }

    @Test
    void kitasImportedWithoutAnyoneResponsibleAreListedUntilSomeoneIsAssigned() {
        admin.importKitas("""
                Name;Straße;PLZ;Ort;Stadtbezirk
                Kita Ohneteam Eins;Probeweg 1;44791;Ruhrstadt;Mitte
                Kita Ohneteam Zwei;Probeweg 2;44792;Ruhrstadt;Süd
                """);

        assertThat(admin.kitasWithoutTeam()).extracting(KitaDetails::name)
                .contains("Kita Ohneteam Eins", "Kita Ohneteam Zwei")
                .doesNotContain("Kita Regenbogen");
        long eins = admin.kitasWithoutTeam().stream().filter(kita -> kita.name().equals("Kita Ohneteam Eins"))
                .findFirst().orElseThrow().id();
        admin.saveAssignments(eins, List.of(new Assignment(4, "", DayOfWeek.MONDAY, LocalTime.of(9, 0),
                LocalTime.of(11, 0))));

        assertThat(admin.kitasWithoutTeam()).extracting(KitaDetails::name)
                .contains("Kita Ohneteam Zwei").doesNotContain("Kita Ohneteam Eins");
    }
}
