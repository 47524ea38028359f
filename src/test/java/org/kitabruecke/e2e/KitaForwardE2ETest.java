package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kitabruecke.i18n.LanguageNames;
import org.kitabruecke.i18n.Translations;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Kita's forwarding page on a phone (390 × 844), in German and in Arabic: after "forward" the code and PIN are
 * where the eyes are, a screen reader is on them, they print alone, and the next family's form starts clean.
 */
class KitaForwardE2ETest extends BrowserTest {

    @Autowired
    Translations translations;

    @ParameterizedTest
    @ValueSource(strings = {"de", "ar"})
    void theReceiptIsWhereTheEyesArePrintsAloneAndTheNextFamilyStartsClean(String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        new LoginPage(browser).open("?lang=" + lang).logInAs("kita", "kitabruecke-demo");
        var kita = new KitaForwardPage(browser).waitUntilShown();
        kita.topic(text(locale, "help.topic.MONEY")).phone("0151 2345 67" + (lang.equals("de") ? "11" : "12"))
                .talkWithTheFamilyIn(text(locale, "kita.forward.languageOption", "name",
                        LanguageNames.inLanguageOf("tr", locale), "own", LanguageNames.own("tr")))
                .familyAgreed(text(locale, "kita.forward.agreed"));

        String code = kita.forward();

        assertThat(kita.receiptIsInView()).as("code and PIN on screen without scrolling").isTrue();
        assertThat(kita.focused()).as("a screen reader starts at the receipt").isEqualTo("forward-receipt-title");
        String pin = kita.pin();
        assertThat(pin).matches("\\d{6}");
        browser.screenshot("kita-receipt-" + lang);
        assertThat(kita.printedText()).as("the family's slip, in Turkish, and nothing else")
                .contains(code, pin, text(Locale.forLanguageTag("tr"), "kita.forward.slip.title"))
                .doesNotContain(text(locale, "kita.forward.send"), text(locale, "kita.forwards.title"),
                        text(locale, "kita.forward.next"), "0151");

        kita.nextFamily();

        assertThat(kita.showsAReceipt()).isFalse();
        assertThat(kita.contactLanguage()).as("not the previous family's Turkish").contains("Deutsch");
        assertThat(kita.explanationLanguage()).isEqualTo("de");
        assertThat(kita.pageText()).doesNotContain(pin);
        assertThat(kita.forwards()).anySatisfy(row -> assertThat(row).first().isEqualTo(code));
    }

    private String text(Locale locale, String key, Object... arguments) {
        Map<String, Object> named = new java.util.HashMap<>();
        for (int i = 0; i + 1 < arguments.length; i += 2) {
            named.put((String) arguments[i], arguments[i + 1]);
        }
        return translations.format(locale, key, named);
    }
}
