package org.kitabruecke.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kitabruecke.booking.NewBookings.aBooking;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.CityTime;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.booking.BookingResult;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.ui.FlowViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Booking page by page without a browser: only free days and times, messages at the field, a slot taken meanwhile. */
@IntegrationTest
@CityTime("2026-12-01T10:30")
class BookingFlowTest extends FlowViewTest {

    BookingFlowTest() {
        super("book");
    }

    /** Wattenscheid district office: Tue 14–16 and Fri 9–11 in the demo data. */
    static final long WATTENSCHEID = 2L;

    @Autowired
    Bookings bookings;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void aParentBooksAPlaceAndSeesCodeAndCancelLink() {
        LocalDate friday = LocalDate.of(2026, 12, 11);
        chooseUpToContact(friday, friday.atTime(9, 30));
        type("book-phone", "0151 2345 6781");
        this.<Boolean>choices("book-interpreter").toggle(true);
        type("book-topic", "Brief vom Jobcenter");
        next();

        assertThat(heading()).isEqualTo("Bitte prüfen Sie Ihren Termin");
        assertThat($view(Paragraph.class).id("book-privacy").getElement().getTextRecursively())
                .as("the configured retention and the legal basis").contains("löschen sie 30 Tage danach",
                        "Art. 6 Abs. 1 Buchstabe e DSGVO", "Alles zum Datenschutz");
        assertThat($view(Anchor.class).id("book-privacy-link").getHref()).isEqualTo("privacy");
        solveBotCheck();
        next();

        assertThat(heading()).isEqualTo("Ihr Termin ist gebucht");
        String code = $view(Span.class).id("book-done-code").getText();
        assertThat(code).matches("TB-[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}");
        assertThat(jdbc.queryForMap("SELECT phone, interpreter_language, topic FROM booking WHERE booking_code = ?",
                code)).containsEntry("phone", "+4915123456781").containsEntry("interpreter_language", "de")
                .containsEntry("topic", "Brief vom Jobcenter");
    }

    @Test
    void aTimeTakenMeanwhileIsExplainedAndOnlyTheTimeIsAskedAgain() {
        LocalDate tuesday = LocalDate.of(2026, 12, 15);
        LocalDateTime slot = tuesday.atTime(14, 0);
        chooseUpToContact(tuesday, slot);
        type("book-email", "eltern@example.org");
        this.<Boolean>choices("book-interpreter").toggle(false);
        next();
        for (int place = 0; place < 2; place++) {
            assertThat(bookings.book(aBooking().at(WATTENSCHEID, slot).phone("+491511000700" + place).build()))
                    .isInstanceOf(BookingResult.Booked.class);
        }

        solveBotCheck();
        next();

        assertThat($view(Paragraph.class).id("book-problem").getText()).startsWith(
                "Diese Uhrzeit wurde gerade von jemand anderem gebucht.");
        navigate("book/time", TimeStep.class);
        assertThat(this.<LocalDateTime>choices("book-time").getItems()).doesNotContain(slot)
                .contains(tuesday.atTime(14, 30));
        this.<LocalDateTime>choices("book-time").toggle(tuesday.atTime(14, 30));
        next();
        next();
        assertThat(heading()).as("e-mail and the rest were kept").isEqualTo("Bitte prüfen Sie Ihren Termin");
    }

    @Test
    void aBookingWhoseBotCheckWasNotSolvedIsRefusedAtTheButtonAndNothingTypedIsLost() {
        LocalDate friday = LocalDate.of(2026, 12, 18);
        chooseUpToContact(friday, friday.atTime(9, 30));
        type("book-phone", "0151 2345 6799");
        this.<Boolean>choices("book-interpreter").toggle(false);
        type("book-topic", "Kita-Platz");
        next();

        answerBotCheck(4_000_000);
        next();

        assertThat(heading()).isEqualTo("Bitte prüfen Sie Ihren Termin");
        assertThat($view(Paragraph.class).id("book-problem").getText()).isEqualTo(
                "Ihr Browser konnte die Sicherheitsprüfung nicht abschließen. Bitte versuchen Sie es noch einmal. "
                        + "Ihre Angaben bleiben erhalten.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking WHERE phone = '+4915123456799'", Integer.class))
                .isZero();
        navigate("book/contact", BookContactStep.class);
        assertThat(typed("book-phone")).isEqualTo("0151 2345 6799");
        assertThat(typed("book-topic")).isEqualTo("Kita-Platz");

        next();
        next();
        assertThat(heading()).as("waits for the browser's new answer").isEqualTo("Bitte prüfen Sie Ihren Termin");
        solveBotCheck();
        assertThat(heading()).isEqualTo("Ihr Termin ist gebucht");
    }

    @Test
    void contactNeedsAPhoneOrAnEmailAndAnInterpreterAnswer() {
        LocalDate friday = LocalDate.of(2026, 12, 18);
        chooseUpToContact(friday, friday.atTime(10, 0));
        type("book-phone", "12");

        next();

        assertThat(errors()).containsExactly(
                "Diese Telefonnummer können wir nicht anrufen. Bitte prüfen Sie die Nummer. Nummern aus dem Ausland "
                        + "bitte mit Ländervorwahl, zum Beispiel +90.",
                "Bitte wählen Sie Ja oder Nein.");
        assertThat(typed("book-phone")).isEqualTo("12");
    }

    @Test
    void onlyDaysWithFreePlacesAreOffered() {
        navigate(LocationStep.class);
        this.<Long>choices("book-location").toggle(WATTENSCHEID);
        next();

        List<LocalDate> days = this.<LocalDate>choices("book-day").getItems();
        assertThat(days).isNotEmpty().allSatisfy(day -> assertThat(day.getDayOfWeek().getValue()).isIn(2, 5))
                .doesNotContain(LocalDate.of(2026, 12, 25));
    }

    private void chooseUpToContact(LocalDate day, LocalDateTime slot) {
        navigate(LocationStep.class);
        this.<Long>choices("book-location").toggle(WATTENSCHEID);
        next();
        this.<LocalDate>choices("book-day").toggle(day);
        next();
        this.<LocalDateTime>choices("book-time").toggle(slot);
        next();
        assertThat(heading()).isEqualTo("Wie erreichen wir Sie?");
    }
}
