package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kitabruecke.booking.NewBookings.aBooking;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kitabruecke.Mailbox;
import org.kitabruecke.booking.BookingResult;
import org.kitabruecke.booking.BookingStatus;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.booking.Slot;
import org.kitabruecke.i18n.Formats;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A parent books the open consultation hour on a phone in Ukrainian and in Arabic, gets the confirmation with a
 * calendar file (real SMTP), cancels through the personal link from the mail and gets the cancellation.
 */
class BookingE2ETest extends BrowserTest {

    static final long WATTENSCHEID = 2L;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Bookings bookings;

    @Autowired
    Formats formats;

    Mailbox mailbox;

    @BeforeAll
    void startMailServer() {
        mailbox = new Mailbox();
    }

    @AfterAll
    void stopMailServer() {
        mailbox.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "ar"})
    void aParentBooksGetsTheCalendarFileAndCancelsThroughTheLink(String lang) throws Exception {
        String address = lang + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        List<String> violations = new ArrayList<>();
        var book = new BookingPage(browser).open(lang);
        check(book, lang + "-1-location", violations);
        book.chooseLocation("Jugendamt Ruhrstadt, Haus A").goOnTo("book.day.question");
        check(book, lang + "-2-day", violations);
        String day = book.chooseFirstDay();
        book.goOnTo("book.time.question");
        check(book, lang + "-3-time", violations);
        String time = book.chooseFirstTime();
        book.goOnTo("book.contact.question").enter("book-email", address).contactLanguage(lang).interpreter(true);
        check(book, lang + "-4-contact", violations);
        book.goOnTo("book.check.title");
        assertThat(book.pageText()).contains(day, address);
        check(book, lang + "-5-check", violations);

        String code = book.book();
        check(book, lang + "-6-done", violations);
        assertThat(book.focused()).as("a screen reader starts at the confirmation").isEqualTo("book-done-title");
        assertThat(book.offersToPrint()).isTrue();
        assertThat(code).matches("TB-[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}");
        assertThat(book.pageText()).contains(day);
        var stored = jdbc.queryForMap("SELECT starts_at, interpreter_language FROM booking WHERE booking_code = ?",
                code);
        assertThat(stored).containsEntry("interpreter_language", lang);

        MimeMessage confirmation = awaitMails(address, 1).getFirst();
        assertThat(text(confirmation)).contains(code);
        VEvent invitation = (VEvent) calendar(confirmation, "REQUEST").getComponent("VEVENT").orElseThrow();
        String expectedStart = stored.get("starts_at").toString().replace("-", "").replace(":", "")
                .replace(" ", "T").replace(".0", "");
        assertThat(invitation.getDateTimeStart().getValue() + "").startsWith(expectedStart.substring(0, 13));
        assertThat(invitation.getDateTimeStart().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Berlin");

        assertThat(readInTheBrowser(confirmation)).as("ical.js in Chromium reads the invitation")
                .containsExactly("REQUEST", invitation.getUid().orElseThrow().getValue(),
                        LocalDateTime.parse(stored.get("starts_at").toString().replace(' ', 'T').replace(".0", ""))
                                .atZone(ZoneId.of("Europe/Berlin")).toInstant().toString().replace("Z", ".000Z"));

        Matcher link = Pattern.compile("(/book/manage/[A-Za-z0-9_-]+)").matcher(text(confirmation));
        assertThat(link.find()).isTrue();
        browser.open(link.group(1));
        browser.waiting().until(driver -> book.heading().equals(book.text("book.manage.title")));
        check(book, lang + "-7-manage", violations);
        book.askToCancel();
        assertThat(book.cancelForGood()).isEqualTo(book.text("book.manage.cancelled"));
        check(book, lang + "-8-cancelled", violations);

        MimeMessage cancellation = awaitMails(address, 2).get(1);
        VEvent cancelled = (VEvent) calendar(cancellation, "CANCEL").getComponent("VEVENT").orElseThrow();
        assertThat(cancelled.getUid()).isEqualTo(invitation.getUid());
        assertThat(violations).isEmpty();
        assertThat(time).isNotBlank();
    }

    /** A tap on the link in the mail, then a tap on "cancel" by mistake: nothing is lost until the parent says yes. */
    @ParameterizedTest
    @ValueSource(strings = {"de", "ar"})
    void oneTapOnCancelOnlyAsksNoKeepsTheAppointmentAndYesCancelsItOnce(String lang) {
        LocalDate thursday = LocalDate.of(2026, 12, 10);
        Slot slot = bookings.slots(1L, thursday).stream().filter(Slot::isFree).findFirst().orElseThrow();
        var booked = (BookingResult.Booked) bookings.book(aBooking().at(1L, slot.startsAt())
                .phone("+49151100072" + (lang.equals("de") ? "01" : "02")).language(lang, lang).build());
        List<String> violations = new ArrayList<>();
        var book = new BookingPage(browser).openPersonalLink(booked.manageToken(), lang);

        String question = book.askToCancel();

        assertThat(question).isEqualTo(book.text("book.manage.confirm.question",
                "when", formats.dayAndTime(slot.startsAt(), Locale.forLanguageTag(lang))));
        assertThat(status(booked)).as("one tap does not cancel").isEqualTo(BookingStatus.BOOKED);
        assertThat(book.focused()).as("the question is where the eyes are").isEqualTo("book-cancel-question");
        assertThat(book.bothAnswersAreOnScreen()).isTrue();
        check(book, lang + "-11-cancel-question", violations);

        assertThat(book.keepTheAppointment()).isEqualTo(book.text("book.manage.kept"));
        assertThat(status(booked)).isEqualTo(BookingStatus.BOOKED);

        book.askToCancel();
        assertThat(book.cancelForGood()).isEqualTo(book.text("book.manage.cancelled"));
        assertThat(status(booked)).isEqualTo(BookingStatus.CANCELLED);
        assertThat(book.focused()).isEqualTo("book-manage-message");
        assertThat(book.pageText()).contains(book.text("book.manage.next.place"), book.text("book.manage.bookAgain"));
        check(book, lang + "-12-cancelled", violations);

        browser.driver().navigate().refresh();
        browser.waiting().until(driver -> book.pageText().contains(book.text("book.manage.alreadyCancelled")));
        assertThat(book.canCancel()).as("nothing left to cancel twice").isFalse();
        assertThat(book.pageText()).contains(book.text("book.manage.next.place"));
        assertThat(violations).isEmpty();
    }

    private BookingStatus status(BookingResult.Booked booked) {
        return bookings.details(booked.bookingId()).orElseThrow().status();
    }

    @Test
    void aWaitingParentGetsTheFreedPlaceByMailAndTakesIt() throws Exception {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        List<BookingResult.Booked> taken = new ArrayList<>();
        for (Slot slot : bookings.slots(WATTENSCHEID, friday)) {
            for (int place = 0; place < slot.free(); place++) {
                taken.add((BookingResult.Booked) bookings.book(aBooking().at(WATTENSCHEID, slot.startsAt())
                        .phone("+4915110007" + (100 + taken.size())).build()));
            }
        }
        String address = "warten-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        List<String> violations = new ArrayList<>();
        var book = new BookingPage(browser).open("ar");
        book.chooseLocation("Stadtteilbüro Wattenscheid").goOnTo("book.day.question");
        browser.act(By.cssSelector("#book-full-days a"), WebElement::click);
        browser.waiting().until(driver -> !driver.findElements(By.id("waitlist-email")).isEmpty());
        book.enter("waitlist-email", address);
        browser.act(By.id("waitlist-join"), WebElement::click);
        browser.waiting().until(driver -> driver.findElement(By.id("waitlist-answer")).getText()
                .equals(book.text("book.waitlist.confirmed", "email", address)));
        check(book, "ar-9-waitlist", violations);
        assertThat(mailbox.awaitMails(address, 1)).as("the waiting list confirmed by mail").hasSize(1);

        bookings.cancel(taken.getFirst().manageToken());
        MimeMessage offer = mailbox.awaitMails(address, 2).get(1);
        Matcher link = Pattern.compile("(/book/offer/[A-Za-z0-9_-]+)").matcher(text(offer));
        assertThat(link.find()).isTrue();
        browser.open(link.group(1));
        browser.waiting().until(driver -> book.heading().equals(book.text("book.offer.title")));
        check(book, "ar-10-offer", violations);
        browser.act(By.id("book-offer-take"), WebElement::click);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("book-done-code")));

        assertThat(browser.driver().findElement(By.id("book-done-code")).getText()).startsWith("TB-");
        MimeMessage confirmation = mailbox.awaitMails(address, 3).get(2);
        VEvent invitation = (VEvent) calendar(confirmation, "REQUEST").getComponent("VEVENT").orElseThrow();
        assertThat(invitation.getDateTimeStart().getValue()).startsWith("20261204T09");
        assertThat(violations).isEmpty();
    }

    /**
     * Parses the attached calendar file with ical.js, a calendar library for browsers, in the test's Chromium: method,
     * UID and the start as an instant, computed by ical.js from the file's own VTIMEZONE.
     */
    private List<String> readInTheBrowser(MimeMessage message) throws Exception {
        String ics = Mailbox.calendarText(message);
        try (var library = getClass().getResourceAsStream("/e2e/ical.es5.min.js")) {
            // evaluated by DevTools: the portal's Content-Security-Policy rightly refuses a script added to its page
            browser.driver().executeCdpCommand("Runtime.evaluate",
                    Map.of("expression", new String(library.readAllBytes(), StandardCharsets.UTF_8)));
        }
        @SuppressWarnings("unchecked")
        List<String> read = (List<String>) browser.script("""
                const calendar = new ICAL.Component(ICAL.parse(arguments[0]));
                ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone'));
                const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent'));
                return [calendar.getFirstPropertyValue('method'), event.uid, event.startDate.toJSDate().toISOString()];
                """, ics);
        return read;
    }

    private void check(BookingPage page, String name, List<String> violations) {
        page.accessibilityViolations().forEach(violation -> violations.add(name + ": " + violation));
        browser.screenshot("book-" + name);
    }

    private static Calendar calendar(MimeMessage message, String method) throws Exception {
        Calendar calendar = Mailbox.calendar(message);
        assertThat(calendar.getMethod().getValue()).isEqualTo(method);
        return calendar;
    }

    private static String text(MimeMessage message) throws Exception {
        return Mailbox.text(message);
    }

    private List<MimeMessage> awaitMails(String address, int count) {
        return mailbox.awaitMails(address, count);
    }
}
