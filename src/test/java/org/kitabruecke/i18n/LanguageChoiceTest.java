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
        assertThat(choice.choose(null, null, "ti-ER,uk;q=0.9,de;q=0.8").code()).isEqualTo("uk");
        assertThat(choice.choose(null, null, "ar-SY").code()).isEqualTo("ar");
    }

    @Test
    void dariIsFoundHoweverAPhoneOrAFlyerWritesIt() {
        var translations = Translations.of(java.util.Map.of("de", "a=b", "fa-AF", "a=c", "fa", "a=d",
                "de-x-ls", "a=e"));
        assertThat(translations.find("fa-AF")).map(Language::code).hasValue("fa-AF");
        assertThat(translations.find("fa-af")).map(Language::code).hasValue("fa-AF");
        assertThat(translations.find("fa_AF")).map(Language::code).hasValue("fa-AF");
        assertThat(translations.find("prs")).map(Language::code).hasValue("fa-AF");
        assertThat(translations.find("fa-IR")).map(Language::code).hasValue("fa");
        assertThat(new LanguageChoice(translations).choose(null, null, "fa-AF,fa;q=0.9").code()).isEqualTo("fa-AF");
    }

    @Test
    void leichteSpracheIsOnlyEverAChoiceNeverAGuessFromGerman() {
        var translations = Translations.of(java.util.Map.of("de", "a=b", "de-x-ls", "a=e"));
        assertThat(translations.find("de-AT")).map(Language::code).hasValue("de");
        assertThat(translations.find("de-x-ls")).map(Language::code).hasValue("de-x-ls");
        assertThat(translations.languages()).extracting(Language::code).containsExactly("de", "de-x-ls");
        assertThat(translations.nativeName(Language.of("de-x-ls"))).isEqualTo("Leichte Sprache");
    }

    @Test
    void mailsGoOutInLeichteSpracheToAParentWhoReadsItAndInDariToAParentWhoAskedForDari() {
        var translations = Translations.of(java.util.Map.of("de", "a=b", "de-x-ls", "a=e", "fa-AF", "a=c",
                "tr", "a=t"));
        assertThat(translations.forContact("de", "de-x-ls").code()).isEqualTo("de-x-ls");
        assertThat(translations.forContact("tr", "de-x-ls").code()).isEqualTo("tr");
        assertThat(translations.forContact("prs", "de").code()).isEqualTo("fa-AF");
        assertThat(translations.forContact("ti", "fa-AF").code()).isEqualTo("fa-AF");
    }

    @Test
    void germanWordsInBracketsKeepTheirBracketsInRightToLeftText() {
        var translations = Translations.of(java.util.Map.of("de", "a=Offene Sprechstunde (offene Sprechstunde)",
                "ckb", "a=کاتی ڕاوێژی کراوە (offene Sprechstunde) لە (٣) شوێن"));
        assertThat(translations.format(java.util.Locale.forLanguageTag("ckb"), "a", java.util.Map.of()))
                .isEqualTo("کاتی ڕاوێژی کراوە \u200E(offene Sprechstunde)\u200E لە (٣) شوێن");
        assertThat(translations.format(java.util.Locale.GERMAN, "a", java.util.Map.of()))
                .isEqualTo("Offene Sprechstunde (offene Sprechstunde)");
        assertThat(Bidi.latinInBrackets("منزل دوم (2. Etage)، اتاق 214"))
                .as("a floor as on the sign, written into directions").isEqualTo("منزل دوم \u200E(2. Etage)\u200E، اتاق 214");
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
    void kurdishAndDariCarryTheNamesFamiliesCallThemNotIcusNames() {
        assertThat(LanguageNames.own("fa-AF")).isEqualTo("دری");
        assertThat(LanguageNames.own("prs")).isEqualTo("دری");
        assertThat(LanguageNames.own("ckb")).isEqualTo("کوردی (سۆرانی)");
        assertThat(LanguageNames.inLanguageOf("prs", java.util.Locale.GERMAN)).isEqualTo("Dari");
        assertThat(LanguageNames.inLanguageOf("ckb", java.util.Locale.GERMAN)).isEqualTo("Kurdisch (Sorani)");
        assertThat(LanguageNames.own("pl")).isEqualTo("Polski");
    }

    @Test
    void anArabicReaderSeesArabicNamedOnceNotTwice() {
        assertThat(LanguageNames.namedAlike("ar", java.util.Locale.forLanguageTag("ar"))).isTrue();
        assertThat(LanguageNames.namedAlike("ar", java.util.Locale.GERMAN)).isFalse();
        assertThat(LanguageNames.namedAlike("ckb", java.util.Locale.forLanguageTag("ckb")))
                .as("not ICU's 'کوردیی ناوەندی' beside the name Sorani readers use").isTrue();
    }

    @Test
    void arabicIsWrittenRightToLeftAndTheOthersLeftToRight() {
        assertThat(Language.of("ckb").direction()).isEqualTo("rtl");
        assertThat(Language.of("fa-AF").direction()).isEqualTo("rtl");
        assertThat(Language.of("ps").direction()).isEqualTo("rtl");
        assertThat(Language.of("ku").direction()).isEqualTo("ltr");
        assertThat(Language.of("ar").direction()).isEqualTo("rtl");
        assertThat(Language.of("de").direction()).isEqualTo("ltr");
        assertThat(Language.of("uk").direction()).isEqualTo("ltr");
    }
}
