package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The privacy notice on a phone (390×844) in Arabic and Dari: right to left, every section there, nothing cut or
 * scrolling sideways, axe-core content; screenshots for people to look at. And a parent in the middle of a help
 * request who reads it — from the footer and from the consent — and comes back with Back finds every answer kept.
 */
class PrivacyNoticeE2ETest extends BrowserTest {

    @Override
    protected String host() {
        return "127.0.0.21";
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "fa-AF"})
    void theNoticeReadsRightToLeftOnAPhoneWithEverySectionAndNothingCut(String lang) {
        var notice = new PrivacyPage(browser).open(lang);

        assertThat(notice.pageLanguage()).isEqualTo(lang);
        assertThat(notice.direction()).isEqualTo("rtl");
        assertThat(notice.sectionTitles()).hasSize(8).allSatisfy(title -> assertThat(title).isNotBlank());
        assertThat(notice.pageText()).contains("LDI NRW", "www.ldi.nrw.de", "datenschutz@ruhrstadt.example");
        assertThat(notice.scrollsSideways()).isFalse();
        assertThat(notice.cutElements()).isEmpty();
        assertThat(notice.accessibilityViolations()).isEmpty();
        browser.screenshot("privacy-" + lang + "-phone");
        notice.screenshotWholePage("privacy-" + lang + "-phone-whole", Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
    }

    @Test
    void aParentReadsTheNoticeInTheMiddleOfAHelpRequestAndBackKeepsEveryAnswer() {
        String message = "Stromschulden " + UUID.randomUUID();
        var help = new HelpRequestPage(browser).open("de");
        help.choose("help.topic.MONEY").goOnTo("help.urgency.question");
        help.choose("help.urgency.SOON").goOnTo("help.children.question");
        help.addChild(1).<HelpRequestPage>waitForText("help-children-1", "1").goOnTo("help.kita.question");
        help.searchKita("sonnenblume").chooseKita("Kita Sonnenblume").goOnTo("help.contact.question");

        new PrivacyPage(browser).followFooterLink("de");
        browser.driver().navigate().back();
        help.waitForHeading("help.contact.question");
        browser.driver().navigate().back();
        help.waitForHeading("help.kita.question");
        browser.waiting().until(driver -> help.isKitaChosen("Kita Sonnenblume"));
        help.goOnTo("help.contact.question");

        help.enter("help-phone", "0151 2345 6789").choose("help.contact.interpreter.no")
                .goOnTo("help.safety.question").goOnTo("help.message.question");
        help.enter("help-message", message).goOnTo("help.check.title");
        var notice = new PrivacyPage(browser).follow("help-privacy-link", "de");
        assertThat(notice.sectionTitles()).contains("Rechtsgrundlage", "Ihre Rechte");
        browser.driver().navigate().back();
        help.waitForHeading("help.check.title");
        browser.waiting().until(driver -> help.pageText().contains(message));
        assertThat(help.pageText()).contains("Geld und Miete", "Kita Sonnenblume", "3456789",
                "Rechtsgrundlage ist Ihre Einwilligung");

        help.agreeAndSend();
        assertThat(help.referenceCode()).isNotBlank();
    }

    /** A parent who taps "Datenschutz" before pressing "next" finds what they typed there when they come back. */
    @Test
    void whatWasTypedButNotYetSentOnSurvivesAVisitToTheNotice() {
        var help = new HelpRequestPage(browser).open("de");
        help.choose("help.topic.MONEY").goOnTo("help.urgency.question");
        help.choose("help.urgency.SOON").goOnTo("help.children.question");
        help.goOnTo("help.kita.question").goOnTo("help.contact.question");
        help.enter("help-phone", "0151 2345 6789");
        browser.waitUntilServerHasAll();

        new PrivacyPage(browser).followFooterLink("de");
        browser.driver().navigate().back();
        help.waitForHeading("help.contact.question");

        browser.waiting().until(driver -> "0151 2345 6789".equals(help.valueOf("help-phone")));
    }
}
