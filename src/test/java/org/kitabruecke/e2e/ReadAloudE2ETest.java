package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * "Read aloud" as a phone offers it. Headless Chromium has no speech voices, so the phone's voices are played by a
 * stand-in for the browser's speech API (German and Persian voices, no Kurdish one) that records what it was asked
 * to say; everything else is the page's own script, on the page's first paint, before Vaadin's client is loaded.
 */
class ReadAloudE2ETest extends BrowserTest {

    /** The phone's speech voices: it speaks each sentence for a quarter of a second and notes what it said. */
    private static final String PHONE_VOICES = """
            (() => {
              const voices = [{ name: 'Anna', lang: 'de-DE' }, { name: 'Dara', lang: 'fa-IR' }];
              const listeners = [];
              window.__spoken = [];
              window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
              const speech = {
                speaking: false,
                getVoices: () => voices,
                speak(utterance) {
                  window.__spoken.push({ text: utterance.text, lang: utterance.lang });
                  setTimeout(() => { utterance.onstart && utterance.onstart({}); }, 10);
                  setTimeout(() => { utterance.onend && utterance.onend({}); }, 250);
                },
                cancel() { window.__cancelled = (window.__cancelled || 0) + 1; },
                addEventListener(type, listener) { listeners.push(listener); }
              };
              Object.defineProperty(window, 'speechSynthesis', { value: speech, configurable: true });
            })();""";

    @BeforeAll
    void phoneWithVoices() {
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PHONE_VOICES));
    }

    @Test
    void theStartPageIsReadSentenceBySentenceWithTheSentenceHighlightedBeforeTheClientHasLoaded() {
        browser.open("/?lang=de");
        var button = browser.driver().findElement(By.id("read-aloud"));
        assertThat(button.isDisplayed()).as("a German voice is there").isTrue();
        assertThat(browser.driver().findElements(By.id("kb-first-paint"))).as("still the first paint").isNotEmpty();

        button.click();

        browser.waiting().until(driver -> spoken().size() >= 2);
        String heading = browser.driver().findElement(By.cssSelector("main h1")).getText();
        assertThat(spoken().getFirst()).containsEntry("text", heading).containsEntry("lang", "de-DE");
        browser.waiting().until(driver -> highlighted().equals(spoken().getLast().get("text")));
        assertThat(button.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(button.getDomProperty("textContent")).isEqualTo("Vorlesen beenden");
        assertThat(browser.driver().findElements(By.id("kb-first-paint")))
                .as("reading needs no client: the start page stays plain HTML").isNotEmpty();

        button.click();
        assertThat(button.getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(highlighted()).as("the highlight goes with the voice").isEmpty();
        int said = spoken().size();
        browser.script("return new Promise(done => setTimeout(done, 600))");
        assertThat(spoken()).as("stopped means stopped").hasSize(said);
    }

    @Test
    void dariIsReadByAPersianVoiceAndSoraniIsNotOfferedWithoutAKurdishVoice() {
        browser.open("/help?lang=fa-AF");
        assertThat(browser.driver().findElement(By.id("read-aloud")).isDisplayed()).isTrue();
        browser.driver().findElement(By.id("read-aloud")).click();
        browser.waiting().until(driver -> !spoken().isEmpty());
        assertThat(spoken().getFirst()).containsEntry("lang", "fa-IR");

        browser.open("/help?lang=ckb");
        assertThat(browser.driver().findElement(By.id("read-aloud")).isDisplayed())
                .as("no voice would read Sorani: no button that does nothing").isFalse();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> spoken() {
        return (List<Map<String, Object>>) browser.script("return window.__spoken || []");
    }

    private String highlighted() {
        return String.valueOf(browser.script("""
                const reading = CSS.highlights && CSS.highlights.get('kb-reading');
                return reading ? [...reading][0].toString() : '';"""));
    }
}
