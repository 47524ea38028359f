package org.kitabruecke.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kitabruecke.booking.NewBookings.aBooking;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.CityTime;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.booking.BookingResult;
import org.kitabruecke.booking.BookingStatus;
import org.kitabruecke.booking.Bookings;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@CityTime("2026-12-01T10:30")
class ManageBookingViewTest extends SpringBrowserlessTest {

    @Autowired
    Bookings bookings;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void oneTapOnCancelOnlyAsksAndNoKeepsTheAppointment() {
        var booked = book("+4915110008001");
        navigate("book/manage/" + booked.manageToken(), ManageBookingView.class);
        assertThat(texts()).contains("Wann: Donnerstag, 10. Dezember, 09:00–09:30 Uhr",
                "Ihre Buchungsnummer: " + booked.code().value());

        test($view(NativeButton.class).id("book-cancel")).click();

        assertThat($view(H2.class).id("book-cancel-question").getText())
                .isEqualTo("Möchten Sie Ihren Termin am Donnerstag, 10. Dezember um 09:00 absagen?");
        assertThat(status(booked)).as("one tap does not cancel").isEqualTo(BookingStatus.BOOKED);

        test($view(NativeButton.class).id("book-cancel-no")).click();

        assertThat(status(booked)).isEqualTo(BookingStatus.BOOKED);
        assertThat(message()).isEqualTo("Ihr Termin bleibt bestehen. Wir freuen uns auf Sie.");
        assertThat($view(H2.class).all()).isEmpty();
        assertThat($view(NativeButton.class).id("book-cancel").isVisible()).isTrue();
    }

    @Test
    void yesCancelsOnceAndSaysWhatHappensNextAlsoAfterAReload() {
        var booked = book("+4915110008002");
        navigate("book/manage/" + booked.manageToken(), ManageBookingView.class);

        test($view(NativeButton.class).id("book-cancel")).click();
        test($view(NativeButton.class).id("book-cancel-yes")).click();

        assertThat(status(booked)).isEqualTo(BookingStatus.CANCELLED);
        assertThat(message()).startsWith("Ihr Termin ist abgesagt.");
        assertThat(nextSteps()).containsExactly(
                "Ihr Platz ist jetzt frei. Steht jemand auf der Warteliste, bekommt diese Person ihn zuerst angeboten.",
                "Sie möchten doch kommen? Buchen Sie einfach einen neuen Termin – vielleicht ist dieselbe Zeit noch "
                        + "frei. Oder kommen Sie ohne Termin in die offene Sprechstunde.");
        assertThat($view(Anchor.class).id("book-again").getHref()).isEqualTo("book");
        assertThat($view(NativeButton.class).all()).isEmpty();

        navigate("book/manage/" + booked.manageToken(), ManageBookingView.class);

        assertThat(message()).isEqualTo("Dieser Termin ist bereits abgesagt.");
        assertThat(nextSteps()).hasSize(2);
        assertThat($view(NativeButton.class).all()).as("nothing left to cancel twice").isEmpty();
    }

    @Test
    void anUnknownOrExpiredLinkSaysSoKindly() {
        navigate("book/manage/no-such-token", ManageBookingView.class);

        assertThat(message()).startsWith("Dieser Link gilt nicht mehr");
    }

    private BookingResult.Booked book(String phone) {
        return (BookingResult.Booked) bookings.book(aBooking().at(1L, LocalDateTime.of(2026, 12, 10, 9, 0))
                .phone(phone).build());
    }

    private BookingStatus status(BookingResult.Booked booked) {
        return bookings.details(booked.bookingId()).orElseThrow().status();
    }

    private java.util.List<String> nextSteps() {
        return $view(ListItem.class).all().stream().map(ListItem::getText).toList();
    }

    private String message() {
        return $view(Paragraph.class).id("book-manage-message").getText();
    }

    private java.util.List<String> texts() {
        return $view(Paragraph.class).all().stream().map(Paragraph::getText).toList();
    }
}
