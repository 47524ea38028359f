package org.kitabruecke.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class KitaSearchTest {

    private static final List<KitaEntry> KITAS = List.of(
            kita(1, "Kita Mühlenbach", "Mühlenstraße 4", "44787", "Mitte"),
            kita(2, "Kita Regenbogen", "Gartenweg 12", "44866", "Wattenscheid"),
            kita(3, "Kita Sonnenschein", "Irmgardstraße 7", "44892", "Ost"),
            kita(4, "Familienzentrum Ağaç", "Lindenallee 1", "44799", "Süd"),
            kita(5, "Kita Ährenfeld", "Feldweg 3", "44795", "Südwest"));

    @Test
    void findsStrasseAsStrasseWithSharpS() {
        assertThat(names("strasse")).containsExactly("Kita Mühlenbach", "Kita Sonnenschein");
    }

    @Test
    void findsUmlautsTypedWithoutDotsOrAsTwoLetters() {
        assertThat(names("muhlen")).containsExactly("Kita Mühlenbach");
        assertThat(names("Muehlen")).containsExactly("Kita Mühlenbach");
        assertThat(names("MÜHLEN")).containsExactly("Kita Mühlenbach");
    }

    @Test
    void findsTurkishLettersTypedWithoutTheirMarks() {
        assertThat(names("agac")).containsExactly("Familienzentrum Ağaç");
        assertThat(names("İRMGARD")).containsExactly("Kita Sonnenschein");
    }

    @Test
    void findsByPostcodeAndDistrictAndNeedsEveryWord() {
        assertThat(names("44866")).containsExactly("Kita Regenbogen");
        assertThat(names("kita wattenscheid")).containsExactly("Kita Regenbogen");
        assertThat(names("kita nowhere")).isEmpty();
    }

    @Test
    void findsALatinNameTypedInCyrillic() {
        assertThat(names("Регенбоген")).containsExactly("Kita Regenbogen");
    }

    @Test
    void aBlankQueryFindsNothingAndResultsAreSortedForTheReader() {
        assertThat(names("  ")).isEmpty();
        assertThat(KitaSearch.search(KITAS, "kita", Locale.GERMAN, 10)).extracting(KitaEntry::name)
                .containsExactly("Kita Ährenfeld", "Kita Mühlenbach", "Kita Regenbogen", "Kita Sonnenschein");
        assertThat(KitaSearch.search(KITAS, "kita", Locale.GERMAN, 2)).hasSize(2);
    }

    private static List<String> names(String query) {
        return KitaSearch.search(KITAS, query, Locale.GERMAN, 10).stream().map(KitaEntry::name).toList();
    }

    private static KitaEntry kita(long id, String name, String street, String postcode, String district) {
        return new KitaEntry(id, name, street, postcode, "Ruhrstadt", id, district);
    }
}
