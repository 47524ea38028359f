package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.i18n.Translations;

/**
 * Every public page in every language, as a 320 px phone shows it: the right {@code lang} and {@code dir}, no letter
 * drawn as a box because the phone's fonts lack it, nothing to scroll sideways, no message key shown raw.
 */
class EveryLanguageE2ETest extends BrowserTest {

    /** Every page a parent reaches without a personal link or a form sent before. */
    static final List<String> PUBLIC_PAGES = List.of("", "help", "book", "status", "contacts", "contacts/emergency",
            "contacts/services", "contacts/service/9", "contacts/kita/4", "book/place/1", "privacy", "no-such-page");

    /**
     * Reads the page: its lang and dir, whether it scrolls sideways, keys shown raw ("!start.title!"), and the
     * characters no installed font has: drawn, they look exactly like a character that does not exist (U+0378).
     */
    private static final String READ_PAGE = """
            const html = document.documentElement;
            const text = document.body.innerText;
            const canvas = document.createElement('canvas');
            canvas.width = 48; canvas.height = 48;
            const context = canvas.getContext('2d', { willReadFrequently: true });
            const family = getComputedStyle(document.querySelector('main') || document.body).fontFamily;
            const draw = character => {
              context.clearRect(0, 0, 48, 48);
              context.font = '28px ' + family;
              context.fillText(character, 6, 34);
              return context.getImageData(0, 0, 48, 48).data.join(',');
            };
            const box = draw('\\u0378');
            const boxes = [...new Set(text)].filter(c => c.trim() && !/[\\u200c\\u200d\\u2066-\\u2069]/.test(c))
                .filter(c => draw(c) === box);
            return { lang: html.lang, dir: html.dir, sideways: html.scrollWidth > html.clientWidth,
                     raw: text.match(/![a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+!/g) || [], boxes: boxes.join(' ') };""";

    private final Translations translations = Translations.fromClasspath();

    @Test
    void everyPublicPageInEveryLanguageShowsEveryLetterInItsDirectionWithoutSidewaysScrolling() {
        browser.viewport(320, 640);
        List<String> problems = new ArrayList<>();
        for (Language language : translations.languages()) {
            for (String page : PUBLIC_PAGES) {
                browser.open("/" + page + "?lang=" + language.code());
                browser.waiting().until(driver -> "complete".equals(browser.script("return document.readyState")));
                @SuppressWarnings("unchecked")
                var seen = (Map<String, Object>) browser.script(READ_PAGE);
                String where = language.code() + " /" + page + ": ";
                if (!language.code().equalsIgnoreCase(String.valueOf(seen.get("lang")))) {
                    problems.add(where + "lang=" + seen.get("lang"));
                }
                if (!language.direction().equals(seen.get("dir"))) {
                    problems.add(where + "dir=" + seen.get("dir"));
                }
                if (Boolean.TRUE.equals(seen.get("sideways"))) {
                    problems.add(where + "scrolls sideways");
                }
                if (!((List<?>) seen.get("raw")).isEmpty()) {
                    problems.add(where + "keys shown raw " + seen.get("raw"));
                }
                if (!String.valueOf(seen.get("boxes")).isEmpty()) {
                    problems.add(where + "no font for " + seen.get("boxes"));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aCharacterNoFontHasIsFound() {
        browser.open("/?lang=de");
        browser.script("document.querySelector('main h1').textContent = 'Kita \\uE123';");
        @SuppressWarnings("unchecked")
        var seen = (Map<String, Object>) browser.script(READ_PAGE);
        assertThat(String.valueOf(seen.get("boxes"))).as("a private-use character has no font").isNotEmpty();
    }
}
