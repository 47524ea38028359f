package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kitabruecke.Mailbox;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.booking.PlaceNotes;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.i18n.Translations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Families from Kurdistan, Afghanistan and Poland on a small phone (320 px): they ask for help and book the open
 * consultation hour in Kurmanji, Sorani, Dari and Polish, and get the confirmation mail (real SMTP) in their language
 * and script. Every page: the right {@code lang} and {@code dir}, nothing to scroll sideways, axe-core clean;
 * appointments in the Gregorian calendar, directions in the family's language.
 */
class NewLanguagesE2ETest extends BrowserTest {

    /** What a parent might write, in her own words and script. */
    private static final Map<String, String> MESSAGES = Map.of(
            "ku", "Kirêya me maye, xwediyê xanî nameyek şand.",
            "ckb", "کرێی خانووەکەمان ماوە، خاوەن خانوو نامەی ناردووە.",
            "fa-AF", "کرایه خانه ما مانده است و صاحب خانه مکتوب فرستاده.",
            "pl", "Mamy zaległy czynsz, właściciel przysłał pismo.");
    /** The contact language the family picks: Dari's ISO 639-3 code is how staff know it. */
    private static final Map<String, String> CONTACT = Map.of("ku", "ku", "ckb", "ckb", "fa-AF", "fa-AF", "pl", "pl");

    private static final Translations TRANSLATIONS = Translations.fromClasspath();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Bookings bookings;

    @Autowired
    Formats formats;

    Mailbox mailbox;

    @Override
    protected String host() {
        return "127.0.0.14";
    }

    @BeforeAll
    void startMailServer() {
        mailbox = new Mailbox();
    }

    @AfterAll
    void stopMailServer() {
        mailbox.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ku", "ckb", "fa-AF", "pl"})
    void aParentAsksForHelpInHerLanguageAndReadsTheMailInIt(String lang) throws Exception {
        browser.viewport(320, 640);
        String address = "help-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        List<String> problems = new ArrayList<>();
        var help = new HelpRequestPage(browser).open(lang);
        check(help, lang, "help-1-topics", problems);
        help.choose("help.topic.MONEY").goOnTo("help.urgency.question");
        check(help, lang, "help-2-urgency", problems);
        help.choose("help.urgency.SOON").goOnTo("help.children.question");
        help.addChild(1).<HelpRequestPage>waitForText("help-children-1", help.number(1)).goOnTo("help.kita.question");
        check(help, lang, "help-4-kita", problems);
        help.goOnTo("help.contact.question");
        help.enter("help-email", address).contactLanguage(CONTACT.get(lang)).choose("help.contact.interpreter.no");
        check(help, lang, "help-5-contact", problems);
        help.goOnTo("help.safety.question").goOnTo("help.message.question").enter("help-message", MESSAGES.get(lang));
        help.goOnTo("help.check.title");
        assertThat(help.pageText()).contains(MESSAGES.get(lang), address);
        check(help, lang, "help-8-check", problems);

        help.agreeAndSend();
        check(help, lang, "help-9-sent", problems);
        String code = help.referenceCode();
        String pin = help.pin();

        MimeMessage mail = mailbox.awaitMails(address, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo(help.text("mail.confirmation.subject", "code", code));
        assertThat(Mailbox.text(mail)).contains(code, pin, plainLine(lang, "mail.confirmation.body"));
        assertThat(jdbc.queryForMap("SELECT contact_language, page_language FROM help_request WHERE reference_code = ?",
                code)).containsEntry("contact_language", CONTACT.get(lang)).containsEntry("page_language", lang);
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ku", "ckb", "fa-AF", "pl"})
    void aParentBooksTheOpenConsultationHourInHerLanguageOnGregorianDates(String lang) throws Exception {
        browser.viewport(320, 640);
        Locale locale = Locale.forLanguageTag(lang);
        String address = "book-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        List<String> problems = new ArrayList<>();
        var book = new BookingPage(browser).open(lang);
        check(book, lang, "book-1-location", problems);
        book.chooseLocation("Jugendamt Ruhrstadt, Haus A").goOnTo("book.day.question");
        check(book, lang, "book-2-day", problems);
        String day = book.chooseLastDay();
        book.goOnTo("book.time.question");
        check(book, lang, "book-3-time", problems);
        book.chooseLastTime();
        book.goOnTo("book.contact.question").enter("book-email", address).contactLanguage(CONTACT.get(lang))
                .interpreter(false);
        check(book, lang, "book-4-contact", problems);
        book.goOnTo("book.check.title");
        check(book, lang, "book-5-check", problems);

        String code = book.book();
        check(book, lang, "book-6-done", problems);
        LocalDateTime startsAt = jdbc.queryForObject("SELECT starts_at FROM booking WHERE booking_code = ?",
                LocalDateTime.class, code);
        String gregorian = formats.day(startsAt.toLocalDate(), locale);
        assertThat(day).as("the day chosen is the day booked, in the Gregorian calendar").isEqualTo(gregorian);
        PlaceNotes notes = bookings.location(1L).orElseThrow().notesIn(locale);
        assertThat(notes.language()).as("the demo place has directions in %s", lang).isEqualTo(lang);
        assertThat(book.pageText()).contains(gregorian, notes.directions());

        MimeMessage mail = mailbox.awaitMails(address, 1).getFirst();
        assertThat(mail.getSubject()).contains(gregorian);
        assertThat(Mailbox.text(mail)).contains(code, gregorian);
        assertThat(problems).isEmpty();
    }

    /** A line of a mail's text in this language without arguments: proof the mail is written in it. */
    private static String plainLine(String lang, String key) {
        return TRANSLATIONS.pattern(Language.of(lang), key).orElseThrow().lines().map(String::strip)
                .filter(line -> line.length() > 20 && !line.contains("{")).findFirst().orElseThrow();
    }

    /** The page's language and direction, sideways scrolling and axe-core, plus a screenshot to look at. */
    private void check(FlowPage page, String lang, String name, List<String> problems) {
        String pageLang = String.valueOf(browser.script("return document.documentElement.lang"));
        if (!pageLang.equalsIgnoreCase(lang)) {
            problems.add(name + ": lang=" + pageLang);
        }
        String expectedDir = Set.of("ckb", "fa-AF").contains(lang) ? "rtl" : "ltr";
        if (!expectedDir.equals(page.direction())) {
            problems.add(name + ": dir=" + page.direction());
        }
        if (Boolean.TRUE.equals(browser.script(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;"))) {
            problems.add(name + ": scrolls sideways at 320 px");
        }
        page.accessibilityViolations().forEach(violation -> problems.add(name + ": " + violation));
        browser.screenshot("lang-" + lang + "-" + name);
    }
}
