package org.kitabruecke.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageChoiceTest {

    private final LanguageChoice choice = new LanguageChoice(Translations.fromClasspath());

    @Test
    void aLanguageFromTheFlyerLinkWinsOverEverythingElse() {
        assertThat(choice.choose("ar", "tr", "uk,de;q=0.5").code()).isEqualTo("ar");
    }

    @Test
    void aRememberedChoiceWinsOverTheBrowserLanguage() {
        assertThat(choice.choose(null, "tr", "uk,de;q=0.5").code()).isEqualTo("tr");
    }

    @Test
    void theBrowsersMostPreferredSpokenLanguageIsTaken() {
        assertThat(choice.choose(null, null, "fr-FR,uk;q=0.9,de;q=0.8").code()).isEqualTo("uk");
        assertThat(choice.choose(null, null, "ar-SY").code()).isEqualTo("ar");
    }

    @Test
    void unknownOrBrokenInputFallsBackToGerman() {
        assertThat(choice.choose("xx", "<script>", "not a header;;q=").code()).isEqualTo("de");
        assertThat(choice.choose(null, null, null).code()).isEqualTo("de");
    }

    @Test
    void everyLanguageIsNamedInItsOwnLanguageAndScript() {
        var translations = Translations.fromClasspath();
        assertThat(translations.languages()).extracting(translations::nativeName)
                .contains("Deutsch", "English", "Türkçe", "العربية", "Українська");
    }

    @Test
    void arabicIsWrittenRightToLeftAndTheOthersLeftToRight() {
        assertThat(Language.of("ar").direction()).isEqualTo("rtl");
        assertThat(Language.of("de").direction()).isEqualTo("ltr");
        assertThat(Language.of("uk").direction()).isEqualTo("ltr");
    }
}
