package org.kitabruecke.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.kitabruecke.booking.NewBookings.aBooking;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.CityTime;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.Mailbox;
import org.kitabruecke.Outbox;
import org.kitabruecke.WithMailbox;
import org.kitabruecke.booking.BookingLocation;
import org.kitabruecke.booking.BookingResult;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.notification.internal.MailRetry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** A booking whose confirmation could not be delivered is marked on the staff's day list; an admin sends it again. */
@IntegrationTest
@CityTime("2026-12-01T10:30")
@WithMailbox
@WithMockUser(username = "admin", roles = "ADMIN")
class UndeliveredMailOnBookingsTest extends SpringBrowserlessTest {

    private static final long WATTENSCHEID = 2L;
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 11);

    @Autowired
    Bookings bookings;

    @Autowired
    MailRetry retry;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${kitabruecke.mail.max-attempts}")
    int maxAttempts;

    Mailbox mailbox;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void theDayListMarksTheBookingUntilAnAdminsRetryHasDeliveredItsConfirmation() {
        String address = "termin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        mailbox.stop();
        var booked = (BookingResult.Booked) bookings.book(aBooking().at(WATTENSCHEID, FRIDAY.atTime(10, 0))
                .email(address).build());
        new Outbox(retry, jdbc, maxAttempts).giveUp("BookingMail.on(org.kitabruecke.booking.BookingConfirmed",
                "\"bookingId\":" + booked.bookingId() + "}");

        showDay();
        assertThat(row(booked).getElement().getTextRecursively())
                .contains("Bestätigung konnte nicht zugestellt werden");

        mailbox.restart();
        test($view(Button.class).id("staff-bookings-mail-retry-" + booked.bookingId())).click();
        mailbox.awaitMails(address, 1);

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            showDay();
            return !row(booked).getElement().getTextRecursively().contains("nicht zugestellt");
        });
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM audit_entry WHERE action = 'MAIL_RETRY' AND record_type = 'booking'
                AND record_id = ?""", Integer.class, booked.bookingId())).isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    private void showDay() {
        navigate(StaffBookingsView.class);
        test($view(DatePicker.class).id("staff-bookings-day")).setValue(FRIDAY);
        Select<BookingLocation> location = $view(Select.class).id("staff-bookings-location");
        location.setValue(bookings.location(WATTENSCHEID).orElseThrow());
    }

    private NativeTableRow row(BookingResult.Booked booked) {
        return $view(NativeTableRow.class).withAttribute("data-code", booked.code().value()).single();
    }
}
