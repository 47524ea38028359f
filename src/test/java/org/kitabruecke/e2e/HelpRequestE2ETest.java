package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kitabruecke.Mailbox;
import org.kitabruecke.privacy.Consent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * A parent asks for help on a phone, in Turkish and in Arabic, from the first question to the confirmation mail
 * (real SMTP in the test JVM) and the status lookup; with mistakes on the way, a language switch, and once with the
 * mail server down. axe-core checks every page of the flow.
 */
class HelpRequestE2ETest extends BrowserTest {

    private static final String CODE = "KB-[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IncompleteEventPublications outbox;

    Mailbox mailbox;
    final List<String> violations = new ArrayList<>();

    @BeforeAll
    void startMailServer() {
        mailbox = new Mailbox();
    }

    @AfterAll
    void stopMailServer() {
        mailbox.close();
    }

    @Test
    void aParentAsksForHelpInTurkishAndGetsCodeMailAndStatus() throws Exception {
        String address = "aile-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var help = new HelpRequestPage(browser).open("tr");
        check(help, "tr-1-topics");
        help.choose("help.topic.MONEY").choose("help.topic.AUTHORITIES").goOnTo("help.urgency.question");
        check(help, "tr-2-urgency");
        help.choose("help.urgency.SOON").goOnTo("help.children.question");
        check(help, "tr-3-children");
        help.addChild(2).goOnTo("help.kita.question");
        help.searchKita("sonnenblume").chooseKita("Kita Sonnenblume");
        check(help, "tr-4-kita");
        help.goOnTo("help.contact.question");
        help.enter("help-phone", "0151 2345 6789").enter("help-email", address).contactLanguage("tr")
                .choose("help.contact.interpreter.no");
        check(help, "tr-5-contact");
        help.goOnTo("help.safety.question");
        check(help, "tr-6-safety");
        help.goOnTo("help.message.question").enter("help-message", "Kira borcum var, ev sahibi mektup gönderdi.");
        check(help, "tr-7-message");
        help.goOnTo("help.check.title");
        assertThat(help.pageText()).contains("Kita Sonnenblume", address, "Kira borcum var");
        check(help, "tr-8-check");

        help.agreeAndSend();
        check(help, "tr-9-sent");
        assertThat(help.focused()).as("a screen reader starts at the receipt").isEqualTo("help-sent-title");
        assertThat(help.offersToPrint()).isTrue();
        String code = help.referenceCode();
        String pin = help.pin();
        assertThat(code).matches(CODE);
        assertThat(pin).matches("[0-9]{6}");

        MimeMessage mail = awaitMailTo(address);
        assertThat(mail.getSubject()).isEqualTo("Kreş sosyal hizmetine talebiniz: " + code);
        assertThat((String) mail.getContent()).contains(code, pin);
        Map<String, Object> stored = jdbc.queryForMap("SELECT contact_language, page_language, consent_version, "
                + "kita_id, district_id, children_3_6, phone FROM help_request WHERE reference_code = ?", code);
        assertThat(stored).containsEntry("contact_language", "tr").containsEntry("page_language", "tr")
                .containsEntry("consent_version", Consent.VERSION).containsEntry("kita_id", 2L)
                .containsEntry("district_id", 1L).containsEntry("phone", "+4915123456789");

        String state = new StatusPage(browser).open("?lang=tr").lookUp(code, pin);
        assertThat(state).isEqualTo(help.text("status.result.RECEIVED"));
        assertThat(violations).isEmpty();
    }

    @Test
    void anArabicParentIsHelpedThroughMistakesAndIsConfirmedEvenWithTheMailServerDown() throws Exception {
        String address = "usra-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var help = new HelpRequestPage(browser).open("de");
        help.choose("help.topic.CRISIS").choose("help.topic.SINGLE_PARENT");
        help.switchLanguageTo("العربية", "ar");
        assertThat(help.isChosen("help.topic.CRISIS")).as("ticks survive the language switch").isTrue();
        assertThat(help.isChosen("help.topic.SINGLE_PARENT")).isTrue();
        help.goOnTo("help.urgency.question").choose("help.urgency.URGENT");
        // as soon as the page is live (the tap on the page's HTML copy starts it)
        browser.waiting().withMessage("urgent shows 110/112").until(driver -> help.showsEmergencyNumbers());
        assertThat(help.pageText()).contains("110", "112");
        check(help, "ar-2-urgent");
        help.goOnTo("help.children.question").addChild(0).goOnTo("help.kita.question").goOnTo("help.contact.question");

        assertThat(help.goOnAndReadErrors()).containsExactly(help.text("help.contact.missing"),
                help.text("help.contact.interpreter.error"));
        help.enter("help-phone", "12345");
        assertThat(help.goOnAndReadErrors()).contains(help.text("help.contact.phone.error"));
        assertThat(help.valueOf("help-phone")).as("what was typed stays").isEqualTo("12345");
        check(help, "ar-5-contact-errors");
        help.enter("help-phone", "+49 151 23456780").enter("help-email", address)
                .choose("help.contact.interpreter.yes").goOnTo("help.safety.question").goOnTo("help.message.question");

        String markup = "<script>alert('x')</script><b>مرحبا</b>";
        String tooLong = markup + "ب".repeat(1001 - markup.length());
        help.paste("help-message", tooLong);
        assertThat(help.goOnAndReadErrors()).containsExactly(
                help.text("help.message.error", "max", 1000));
        assertThat(help.valueOf("help-message")).as("nothing is cut off").isEqualTo(tooLong);
        check(help, "ar-7-message-too-long");
        help.paste("help-message", tooLong.substring(0, 1000)).goOnTo("help.check.title");
        assertThat(help.pageText()).as("shown as text, never run as HTML").contains("<script>alert('x')</script>");
        check(help, "ar-8-check");

        mailbox.stop();
        try {
            help.agreeAndSend();
            check(help, "ar-9-sent");
            String code = help.referenceCode();
            assertThat(code).matches(CODE);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM help_request WHERE reference_code = ? AND urgency = "
                    + "'URGENT' AND interpreter_needed", Integer.class, code)).isEqualTo(1);
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM "
                    + "event_publication WHERE serialized_event LIKE ? AND status = 'FAILED'", Integer.class,
                    "%" + code + "%") == 1);
        } finally {
            mailbox.restart();
        }
        outbox.resubmitIncompletePublications(publication -> true);
        MimeMessage mail = awaitMailTo(address);
        assertThat(mail.getSubject()).contains(help.referenceCode());
        assertThat((String) mail.getContent()).contains(help.pin()).contains("طلب");
        assertThat(violations).isEmpty();
    }

    @Test
    void theQuestionsFitANarrowPhoneInEveryLanguage() {
        browser.viewport(320, 640);
        for (String lang : new String[] {"de", "tr", "ar", "uk", "en"}) {
            var help = new HelpRequestPage(browser).open(lang);
            assertThat(help.scrollsSideways()).as("sideways scrolling on the first question in %s", lang).isFalse();
        }
        browser.screenshot("help-ar-320");
        browser.viewport(1280, 900);
        new HelpRequestPage(browser).open("de");
        browser.screenshot("help-de-desktop");
        new HelpRequestPage(browser).open("ar");
        browser.screenshot("help-ar-desktop");
    }

    /** Runs axe-core on the page as it is and keeps a screenshot of it. */
    private void check(HelpRequestPage page, String name) {
        page.accessibilityViolations().forEach(violation -> violations.add(name + ": " + violation));
        browser.screenshot("help-" + name);
    }

    private MimeMessage awaitMailTo(String address) {
        return mailbox.awaitMails(address, 1).getFirst();
    }
}
