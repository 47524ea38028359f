package org.kitabruecke.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kitabruecke.directory.KitaImport;
import org.kitabruecke.directory.KitaImport.Action;
import org.kitabruecke.directory.KitaImport.Line;
import org.kitabruecke.directory.KitaImport.Problem;

/** Reading Kitas from CSV files as spreadsheet programs write them, and naming every problem with its line. */
class KitaCsvTest {

    private final KitaCsv csv = new KitaCsv(Map.of(1L, "Mitte", 2L, "Wattenscheid", 5L, "Süd"), List.of());

    @Test
    void readsSemicolonsFromGermanSpreadsheetsWithBomAndGermanHeaders() {
        KitaImport result = csv.read("\uFEFFName;Straße;PLZ;Ort;Stadtbezirk;Telefon\r\n"
                + "Kita Eins;Am Markt 1;44701;Ruhrstadt;Mitte;0221 4710 250\r\n"
                + "Kita Zwei;Hauptstraße 2;44711;Ruhrstadt;wattenscheid;\r\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.importable()).isTrue();
        assertThat(result.lines()).extracting(Line::number, line -> line.kita().name(), line -> line.kita().districtId(),
                        line -> line.kita().phone(), Line::action)
                .containsExactly(tuple(2, "Kita Eins", 1L, "0221 4710 250", Action.NEW),
                        tuple(3, "Kita Zwei", 2L, null, Action.NEW));
    }

    @Test
    void readsCommasQuotedFieldsAndEnglishHeadersInAnyOrder() {
        KitaImport result = csv.read("""
                district,name,postcode,city,street
                Süd,"Kita ""Sonnenschein"", Haus B",44741,Ruhrstadt,"Südstraße 40"
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.lines()).singleElement().satisfies(line -> {
            assertThat(line.kita().name()).isEqualTo("Kita \"Sonnenschein\", Haus B");
            assertThat(line.kita().street()).isEqualTo("Südstraße 40");
            assertThat(line.kita().districtId()).isEqualTo(5L);
        });
    }

    @Test
    void namesEveryProblemWithTheLineItStartsOnAndItsColumn() {
        KitaImport result = csv.read("""
                Name;Straße;PLZ;Ort;Stadtbezirk
                Kita Gut;Weg 1;44701;Ruhrstadt;Mitte
                "Kita mit
                Zeilenumbruch";Weg 2;44701;Ruhrstadt;Mitte
                Kita Schlecht;Weg 3;4470;Ruhrstadt;Nordpol

                Kita Kurz;Weg 4
                Kita Gut;Weg 1;44701;Ruhrstadt;Mitte
                """);

        assertThat(result.importable()).isFalse();
        assertThat(result.problems()).extracting(Problem::line, Problem::column, Problem::key).containsExactly(
                tuple(5, "PLZ", "admin.kita.error.postcode"),
                tuple(5, "Stadtbezirk", "admin.import.error.district"),
                tuple(7, null, "admin.import.error.fields"),
                tuple(8, null, "admin.import.error.duplicate"));
        assertThat(result.problems().get(1).arguments()).containsEntry("value", "Nordpol")
                .containsEntry("known", "Mitte, Süd, Wattenscheid");
        assertThat(result.problems().get(3).arguments()).containsEntry("first", 2);
        assertThat(result.lines()).extracting(Line::number).containsExactly(2, 3);
    }

    @Test
    void refusesAHeaderWithoutTheRequiredColumnsAndAnUnclosedQuote() {
        assertThat(csv.read("Name;Adresse;Farbe\nKita;Weg 1;blau\n").problems())
                .extracting(Problem::line, Problem::column, Problem::key)
                .containsExactly(tuple(1, "Farbe", "admin.import.error.header.unknown"),
                        tuple(1, null, "admin.import.error.header.missing"));
        assertThat(csv.read("Name;Straße;PLZ;Ort;Stadtbezirk\nKita Eins;Weg 1;44701;Ruhrstadt;Mitte\n\"Kita;Weg")
                .problems()).extracting(Problem::line, Problem::key)
                .containsExactly(tuple(3, "admin.import.error.quote"));
        assertThat(csv.read("").problems()).extracting(Problem::key).containsExactly("admin.import.error.empty");
    }
}
