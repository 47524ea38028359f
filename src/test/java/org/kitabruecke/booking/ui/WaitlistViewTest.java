package org.kitabruecke.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kitabruecke.booking.NewBookings.aBooking;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.CityTime;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.Mailbox;
import org.kitabruecke.WithMailbox;
import org.kitabruecke.booking.BookingResult;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.booking.Slot;
import org.kitabruecke.ui.FlowViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A full day's waiting list from the parent's side: join from the day page, take the offered place by its link. */
@IntegrationTest
@CityTime("2026-12-01T10:30")
@WithMailbox
class WaitlistViewTest extends FlowViewTest {

    WaitlistViewTest() {
        super("book");
    }

    static final long YOUTH_OFFICE = 1L;
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 21);
    static final LocalDate TUESDAY = LocalDate.of(2026, 12, 22);

    @Autowired
    Bookings bookings;

    @Autowired
    JdbcTemplate jdbc;

    Mailbox mailbox;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void aParentJoinsTheWaitingListOfAFullDayAndTakesTheFreedPlace() throws Exception {
        BookingResult.Booked first = null;
        int n = 0;
        for (Slot slot : bookings.slots(YOUTH_OFFICE, MONDAY)) {
            for (int place = 0; place < slot.free(); place++) {
                var booked = (BookingResult.Booked) bookings.book(aBooking().at(YOUTH_OFFICE, slot.startsAt())
                        .phone("+4915110003" + (100 + n++)).build());
                first = first == null ? booked : first;
            }
        }
        navigate(LocationStep.class);
        this.<Long>choices("book-location").toggle(YOUTH_OFFICE);
        next();
        var fullDays = $view(UnorderedList.class).id("book-full-days");
        assertThat(fullDays.getChildren().map(item -> ((Anchor) item.getChildren().findFirst().orElseThrow())
                .getText())).contains("Montag, 21. Dezember");

        navigate("book/waitlist/" + MONDAY, WaitlistView.class);
        test($view(Input.class).id("waitlist-email")).setValue("warten@example.org");
        solveBotCheck();
        test($view(NativeButton.class).id("waitlist-join")).click();
        assertThat($view(Paragraph.class).id("waitlist-answer").getText())
                .startsWith("Danke. Wir haben eine E-Mail an warten@example.org geschickt.");

        assertThat(mailbox.awaitMails("warten@example.org", 1)).as("confirmed by mail").hasSize(1);
        bookings.cancel(first.manageToken());
        String body = Mailbox.text(mailbox.awaitMails("warten@example.org", 2).get(1));
        Matcher link = Pattern.compile("/book/offer/([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).isTrue();
        navigate("book/offer/" + link.group(1), OfferView.class);
        test($view(NativeButton.class).id("book-offer-take")).click();
        followPageLoad();

        assertThat($view(Span.class).id("book-done-code").getText()).startsWith("TB-");
        navigate("book/offer/" + link.group(1), OfferView.class);
        assertThat($view(Paragraph.class).id("book-offer-gone").getText()).startsWith("Dieses Angebot gilt nicht mehr");
    }

    /**
     * Whoever types an address that waits already must not learn it: a family's partner trying the mother's address
     * sees what a new address sees. Only the mail to that address tells the difference.
     */
    @Test
    void aKnownAddressGetsTheSamePageAsANewOne() throws Exception {
        int n = 0;
        for (Slot slot : bookings.slots(YOUTH_OFFICE, TUESDAY)) {
            for (int place = 0; place < slot.free(); place++) {
                bookings.book(aBooking().at(YOUTH_OFFICE, slot.startsAt()).phone("+4915110004" + (100 + n++)).build());
            }
        }
        String address = "bekannt-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        String asNew = joinAndRead(address);
        String asKnown = joinAndRead(address);

        assertThat(asKnown).isEqualTo(asNew);
        assertThat(mailbox.awaitMails(address, 2)).extracting(message -> message.getSubject())
                .containsExactlyInAnyOrder("Warteliste: Dienstag, 22. Dezember",
                        "Sie stehen schon auf der Warteliste: Dienstag, 22. Dezember");
    }

    /** Joins the waiting list of TUESDAY with this address and returns all that the page then shows. */
    private String joinAndRead(String address) {
        navigate(LocationStep.class);
        this.<Long>choices("book-location").toggle(YOUTH_OFFICE);
        next();
        navigate("book/waitlist/" + TUESDAY, WaitlistView.class);
        test($view(Input.class).id("waitlist-email")).setValue(address);
        solveBotCheck();
        test($view(NativeButton.class).id("waitlist-join")).click();
        var page = $view(WaitlistView.class).single();
        return page.getElement().getTextRecursively() + " | answer: "
                + $view(Paragraph.class).id("waitlist-answer").getElement().getOuterHTML()
                + " | join button shown: " + page.getChildren().filter(NativeButton.class::isInstance)
                .map(button -> button.isVisible()).toList();
    }

    @Test
    void joiningWithoutTheBotCheckSolvedIsRefusedAtTheAnswerAndTheAddressStays() {
        navigate(LocationStep.class);
        this.<Long>choices("book-location").toggle(YOUTH_OFFICE);
        next();
        navigate("book/waitlist/" + MONDAY, WaitlistView.class);
        test($view(Input.class).id("waitlist-email")).setValue("ohne-loesung@example.org");

        test($view(NativeButton.class).id("waitlist-join")).click();
        answerBotCheck(-1);

        assertThat($view(Paragraph.class).id("waitlist-answer").getText()).isEqualTo(
                "Ihr Browser konnte die Sicherheitsprüfung nicht abschließen. Bitte versuchen Sie es noch einmal. "
                        + "Ihre Angaben bleiben erhalten.");
        assertThat($view(Input.class).id("waitlist-email").getValue()).isEqualTo("ohne-loesung@example.org");
        assertThat($view(NativeButton.class).id("waitlist-join").isVisible()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM waitlist_entry WHERE email = 'ohne-loesung@example.org'",
                Integer.class)).isZero();
    }
}
