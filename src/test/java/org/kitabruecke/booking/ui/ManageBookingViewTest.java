package org.kitabruecke.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.TestClock;
import org.kitabruecke.booking.BookingResult;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.booking.NewBooking;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ManageBookingViewTest extends SpringBrowserlessTest {

    @Autowired
    Bookings bookings;

    @Autowired
    TestClock clock;

    @BeforeEach
    void tuesdayMorning() {
        clock.setCityTime(LocalDateTime.of(2026, 12, 1, 10, 30));
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @AfterEach
    void realTime() {
        clock.followRealTime();
    }

    @Test
    void thePersonalLinkShowsTheAppointmentAndCancelsItOnce() {
        var booked = (BookingResult.Booked) bookings.book(new NewBooking(1L, LocalDateTime.of(2026, 12, 10, 9, 0),
                "+4915110008001", null, "de", "de", null, null));
        navigate("book/manage/" + booked.manageToken(), ManageBookingView.class);

        assertThat(texts()).contains("Wann: Donnerstag, 10. Dezember, 09:00–09:30 Uhr",
                "Ihre Buchungsnummer: " + booked.code().value());

        test($view(NativeButton.class).id("book-cancel")).click();

        assertThat(message()).startsWith("Ihr Termin ist abgesagt.");
        assertThat($view(NativeButton.class).all()).isEmpty();
        navigate("book/manage/" + booked.manageToken(), ManageBookingView.class);
        assertThat(message()).isEqualTo("Dieser Termin ist bereits abgesagt.");
    }

    @Test
    void anUnknownOrExpiredLinkSaysSoKindly() {
        navigate("book/manage/no-such-token", ManageBookingView.class);

        assertThat(message()).startsWith("Dieser Link gilt nicht mehr");
    }

    private String message() {
        return $view(Paragraph.class).id("book-manage-message").getText();
    }

    private java.util.List<String> texts() {
        return $view(Paragraph.class).all().stream().map(Paragraph::getText).toList();
    }
}
