package org.kitabruecke.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.i18n.Translations;

/**
 * The accepted consent version is stored with every request, so the text behind a version must never change
 * silently: any edit in any language fails here until {@link Consent#VERSION} is raised and the new fingerprint
 * recorded below.
 */
class ConsentTest {

    /** {@link Consent#VERSION} and the fingerprint of its texts in all languages. */
    private static final String RECORDED_VERSION = "help-2026-11-25-ru";
    private static final String RECORDED_FINGERPRINT = "7a7ac243a81854bd22266b900afb9cd9af4182847afeb8c5f8b5ef6030707f9d";

    /** {@link KitaConsent#VERSION} and the fingerprint of its texts in all languages. */
    private static final String RECORDED_KITA_VERSION = "kita-2026-11-25";
    private static final String RECORDED_KITA_FINGERPRINT = "772899dbcd8cb1c51da8694559347cb505ba9d6dd9045b6659a38264aa948639";

    private final Translations translations = Translations.fromClasspath();

    @Test
    void theTextsOfAConsentVersionNeverChange() throws Exception {
        String fingerprint = fingerprint(Consent.allKeys());

        assertThat(Consent.VERSION).as("raise the version together with the recorded fingerprint")
                .isEqualTo(RECORDED_VERSION);
        assertThat(fingerprint).as("consent texts changed: give them a new Consent.VERSION and record this "
                + "fingerprint").isEqualTo(RECORDED_FINGERPRINT);
    }

    @Test
    void theTextsTheKitaReadsWithTheFamilyNeverChangeWithinAVersion() throws Exception {
        assertThat(KitaConsent.VERSION).isEqualTo(RECORDED_KITA_VERSION);
        assertThat(fingerprint(KitaConsent.allKeys())).as("Kita consent texts changed: give them a new "
                + "KitaConsent.VERSION and record this fingerprint").isEqualTo(RECORDED_KITA_FINGERPRINT);
    }

    @Test
    void everyLanguageHasTheWholeConsent() {
        for (Language language : translations.languages()) {
            assertThat(translations.keys(language)).as(language.code()).containsAll(Consent.allKeys())
                    .containsAll(KitaConsent.allKeys());
        }
    }

    private String fingerprint(List<String> keys) throws Exception {
        var digest = MessageDigest.getInstance("SHA-256");
        for (Language language : translations.languages()) {
            for (String key : keys) {
                String text = translations.keys(language).contains(key)
                        ? translations.pattern(language, key).orElseThrow() : "";
                digest.update((language.code() + "|" + key + "|" + text + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
