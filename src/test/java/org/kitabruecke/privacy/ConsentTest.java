package org.kitabruecke.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.i18n.Translations;

/**
 * The consent record (version, language, fingerprint) is stored with every request, so the text behind a version
 * must never change silently: any edit in any language fails here until the texts get a new version and their
 * fingerprints are recorded below. Adding a language changes no existing text: it needs only its own lines.
 */
class ConsentTest {

    /**
     * The fingerprint of each text as shown, per version and language. Requests store these, and migration V11
     * filled them in for requests stored before (decision 0010). Lines are added, never changed.
     */
    private static final Map<String, Map<String, String>> RECORDED = Map.of(
            "help-2026-11-25", Map.of("de", "ce816ab244ec", "en", "3f39f98726d3", "ar", "e762d546e5b8",
                    "tr", "f14e09a08158", "uk", "e7d21d44a39a", "ru", "09e5f31ddad4"),
            "kita-2026-11-25", Map.of("de", "8ce6fad667bf", "en", "49fda774c52c", "ar", "5d8452f65964",
                    "tr", "d7f0e163de90", "uk", "4bb4351593d2", "ru", "2efc045150e5"),
            // #14: "Jugendamt" no longer "youth office", German words beside the translation; ten languages and
            // Leichte Sprache added
            "help-2026-11-30", Map.ofEntries(
                    Map.entry("de", "ce816ab244ec"), Map.entry("de-x-ls", "494603e869f7"),
                    Map.entry("ar", "02aca4451cb3"), Map.entry("bg", "483c0a92e391"),
                    Map.entry("ckb", "87f020f59bc4"), Map.entry("en", "ef2c38cf5452"),
                    Map.entry("fa", "0cd29b9943eb"), Map.entry("fa-AF", "7f2a4507a65f"),
                    Map.entry("fr", "0c3cc089ac25"), Map.entry("ku", "32aef8cb6a8d"),
                    Map.entry("pl", "cb2bd5e20237"), Map.entry("ps", "5366372aa555"),
                    Map.entry("ro", "2b13b19ae2c0"), Map.entry("ru", "aba4c4bd2105"),
                    Map.entry("sq", "2d0ec7c87a81"), Map.entry("tr", "fd146c9ea8b6"),
                    Map.entry("uk", "1fb1156e1617")),
            "kita-2026-11-30", Map.ofEntries(
                    Map.entry("de", "8ce6fad667bf"), Map.entry("de-x-ls", "67f2e2f5b7ad"),
                    Map.entry("ar", "6c71d83502bf"), Map.entry("bg", "fa4afe1624ba"),
                    Map.entry("ckb", "f974fe293ea5"), Map.entry("en", "80d121e2f558"),
                    Map.entry("fa", "1cdc29473ad1"), Map.entry("fa-AF", "82da1677f21a"),
                    Map.entry("fr", "2a5e8fda3ae8"), Map.entry("ku", "56cc059c78d8"),
                    Map.entry("pl", "9089bba92ac9"), Map.entry("ps", "c3f62ce538dc"),
                    Map.entry("ro", "7da918e36e42"), Map.entry("ru", "3e0383609a5d"),
                    Map.entry("sq", "dd9fab07c59f"), Map.entry("tr", "d9d9ebd92b48"),
                    Map.entry("uk", "1e2daafefcf9")),
            // #15: the consent texts state their legal basis (decision 0014), in all 17 languages
            "help-2026-11-30b", Map.ofEntries(
                    Map.entry("de", "ed238cd5a919"), Map.entry("de-x-ls", "35765d7cc7ec"),
                    Map.entry("ar", "98a3e3706934"), Map.entry("bg", "d2174c07f0fd"),
                    Map.entry("ckb", "f8e24282c3be"), Map.entry("en", "3a3529e8f99c"),
                    Map.entry("fa", "377400032f2b"), Map.entry("fa-AF", "450032ffebea"),
                    Map.entry("fr", "a40ec316cf54"), Map.entry("ku", "06f2773b1d6d"),
                    Map.entry("pl", "5b4e64e264bb"), Map.entry("ps", "88f3f2271b4c"),
                    Map.entry("ro", "812329671b8b"), Map.entry("ru", "c8ba8973a0b9"),
                    Map.entry("sq", "8335cf55ff04"), Map.entry("tr", "d6b7221eda8b"),
                    Map.entry("uk", "2b71ee646caf")),
            "kita-2026-11-30b", Map.ofEntries(
                    Map.entry("de", "63afd7757383"), Map.entry("de-x-ls", "51ac2f6cd082"),
                    Map.entry("ar", "26a39b290c07"), Map.entry("bg", "f32aab8f761d"),
                    Map.entry("ckb", "5974f5975aba"), Map.entry("en", "0929bf0ab26c"),
                    Map.entry("fa", "02347056d50a"), Map.entry("fa-AF", "48ccdbacaa84"),
                    Map.entry("fr", "3bdee36d19c9"), Map.entry("ku", "6bf947cd57a5"),
                    Map.entry("pl", "83e1724340c8"), Map.entry("ps", "9d4a918adeeb"),
                    Map.entry("ro", "50cc56dd1ae4"), Map.entry("ru", "22b0378f99f8"),
                    Map.entry("sq", "b683f7a3330e"), Map.entry("tr", "888f94ebacc1"),
                    Map.entry("uk", "0974cd0b40b2")));

    private final Translations translations = Translations.fromClasspath();

    @Test
    void theTextsOfAConsentVersionNeverChange() {
        List<String> changed = new ArrayList<>();
        for (Language language : translations.languages()) {
            ConsentRecord shown = Consent.record(translations, language.locale());
            assertThat(shown.language()).isEqualTo(language.code());
            compare(shown, changed);
        }
        assertThat(changed).as("consent text changed: give the texts a new Consent.VERSION (a date) and record the "
                + "fingerprints; a new language only needs its own line").isEmpty();
    }

    @Test
    void theTextsTheKitaReadsWithTheFamilyNeverChangeWithinAVersion() {
        List<String> changed = new ArrayList<>();
        for (Language language : translations.languages()) {
            ConsentRecord shown = KitaConsent.record(translations, language);
            assertThat(shown.language()).isEqualTo(language.code());
            compare(shown, changed);
        }
        assertThat(changed).as("Kita consent text changed: give the texts a new KitaConsent.VERSION and record the "
                + "fingerprints").isEmpty();
    }

    /** Notes every language whose text differs from the recorded one, with the line to record (all at once). */
    private static void compare(ConsentRecord shown, List<String> changed) {
        String recorded = RECORDED.getOrDefault(shown.version(), Map.of()).get(shown.language());
        if (!Objects.equals(recorded, shown.fingerprint())) {
            changed.add(shown.version() + ": Map.entry(\"" + shown.language() + "\", \"" + shown.fingerprint()
                    + "\") recorded " + recorded);
        }
    }

    @Test
    void aConsentVersionNamesNoLanguageBecauseTheLanguageIsRecordedBesideIt() {
        for (Language language : translations.languages()) {
            assertThat(Consent.VERSION).as("an Arabic request stored 'help-2026-11-25-ru'")
                    .doesNotEndWith("-" + language.code());
            assertThat(KitaConsent.VERSION).doesNotEndWith("-" + language.code());
        }
    }

    @Test
    void theRecordNamesTheLanguageTheTextWasShownIn() {
        ConsentRecord arabic = Consent.record(translations, Locale.forLanguageTag("ar"));
        ConsentRecord turkish = Consent.record(translations, Locale.forLanguageTag("tr"));

        assertThat(arabic.language()).isEqualTo("ar");
        assertThat(turkish.language()).isEqualTo("tr");
        assertThat(arabic.fingerprint()).as("different words, different fingerprints")
                .isNotEqualTo(turkish.fingerprint());
        assertThat(Consent.record(translations, Locale.forLanguageTag("ti")).language())
                .as("a page language the portal does not speak is shown in German").isEqualTo("de");
    }

    @Test
    void everyLanguageHasTheWholeConsent() {
        for (Language language : translations.languages()) {
            assertThat(translations.keys(language)).as(language.code()).containsAll(Consent.allKeys())
                    .containsAll(KitaConsent.allKeys());
        }
    }
}
