package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A mother has just sent her request when her partner comes in: she taps "quick exit". Whatever he then does in
 * that browser, Back, Forward or typing the addresses she used, shows nothing of hers: no message, no e-mail
 * address, no code, no PIN, and the portal forgot the session, the draft and the language.
 */
class QuickExitE2ETest extends BrowserTest {

    private static final String MESSAGE = "Mein Partner schreit die Kinder an, ich habe Angst.";

    @Override
    protected String host() {
        return "127.0.0.15";
    }

    @Test
    void afterQuickExitNothingOfTheFamilysIsReachableFromThatBrowser() {
        String address = "mutter-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var help = new HelpRequestPage(browser).open("de");
        help.choose("help.topic.CRISIS").goOnTo("help.urgency.question");
        help.choose("help.urgency.SOON").goOnTo("help.children.question").goOnTo("help.kita.question")
                .goOnTo("help.contact.question");
        help.enter("help-email", address).choose("help.contact.interpreter.no");
        help.goOnTo("help.safety.question").goOnTo("help.message.question").enter("help-message", MESSAGE);
        help.goOnTo("help.check.title").agreeAndSend();
        String code = help.referenceCode();
        String pin = help.pin();

        new PortalHeader(browser).leaveQuickly();
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/livez"));

        List<String> secrets = List.of(MESSAGE, address, code, pin);
        browser.driver().navigate().back();
        assertShowsNothingOf(secrets, "Back");
        browser.driver().navigate().forward();
        browser.driver().navigate().back();
        assertShowsNothingOf(secrets, "Forward and Back");
        for (String typed : List.of("/help/check", "/help/sent", "/help/message", "/help/contact", "/book/done")) {
            browser.open(typed);
            assertShowsNothingOf(secrets, typed);
        }
        assertThat(browser.driver().manage().getCookieNamed("kb_lang")).as("the language is forgotten").isNull();
        assertThat(browser.driver().manage().getCookieNamed("kb-draft")).as("the draft key is forgotten").isNull();
    }

    @Test
    void everyParentPageSaysHowToBrowseWithoutLeavingTraces() {
        var translations = org.kitabruecke.i18n.Translations.fromClasspath();
        for (String lang : List.of("de", "ar", "fa-AF")) {
            for (String page : List.of("/", "/help", "/book", "/contacts")) {
                browser.open(page + "?lang=" + lang);
                String hint = browser.driver().findElement(org.openqa.selenium.By.id("safe-browsing")).getText();
                assertThat(hint).as("%s in %s", page, lang).isEqualTo(translations.format(
                        java.util.Locale.forLanguageTag(lang), "layout.safeBrowsing", java.util.Map.of())
                        .replaceAll("[\\u200E\\u200F]", ""));
            }
        }
    }

    private void assertShowsNothingOf(List<String> secrets, String how) {
        browser.waiting().until(driver -> "complete".equals(browser.script("return document.readyState")));
        String page = String.valueOf(browser.script("return document.documentElement.outerHTML"));
        assertThat(secrets).as("after quick exit, %s", how).noneMatch(page::contains);
    }

}
