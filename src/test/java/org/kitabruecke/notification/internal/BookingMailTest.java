package org.kitabruecke.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.kitabruecke.booking.NewBookings.aBooking;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.kitabruecke.CityTime;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.Mailbox;
import org.kitabruecke.Outbox;
import org.kitabruecke.TestClock;
import org.kitabruecke.WithMailbox;
import org.kitabruecke.booking.BookingResult;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.booking.CancelResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Booking mails through a real SMTP server, with calendar files that a calendar parser (ical4j) accepts. */
@IntegrationTest
@CityTime("2026-12-01T10:30")
@WithMailbox
class BookingMailTest {

    private static final LocalDateTime SLOT = LocalDateTime.of(2026, 12, 9, 15, 30);

    @Autowired
    Bookings bookings;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    Mailbox mailbox;

    @Test
    void theConfirmationIsInTheContactLanguageWithAnInvitationAtTheRightLocalTimeAndTheCancelLinkWorks()
            throws Exception {
        String address = "booking-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var booked = (BookingResult.Booked) bookings.book(aBooking().at(1L, SLOT).email(address).language("uk", "de")
                .interpreter("uk").topic("Listy vid Jobcenter").build());

        MimeMessage confirmation = awaitMails(address, 1).getFirst();
        String body = Mailbox.text(confirmation);
        assertThat(confirmation.getSubject()).contains("9").doesNotContain("Termin");
        assertThat(body).contains(booked.code().value(), "Rathausplatz 1");
        Matcher link = Pattern.compile("/book/manage/([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).isTrue();
        assertThat(bookings.byManageToken(link.group(1))).as("the mail's own link opens this booking").get()
                .extracting(booking -> booking.id()).isEqualTo(booked.bookingId());

        VEvent invitation = event(Mailbox.calendar(confirmation), "REQUEST");
        ZonedDateTime start = ZonedDateTime.parse(invitation.getDateTimeStart().getValue(),
                java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneId.of("Europe/Berlin")));
        assertThat(invitation.getDateTimeStart().getValue()).isEqualTo("20261209T153000");
        assertThat(invitation.getDateTimeStart().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Berlin");
        assertThat(start.toInstant().toString()).as("15:30 in Berlin is 14:30 UTC in winter")
                .isEqualTo("2026-12-09T14:30:00Z");
        String uid = invitation.getUid().orElseThrow().getValue();

        assertThat(bookings.cancel(link.group(1))).isEqualTo(CancelResult.CANCELLED);
        MimeMessage cancellation = awaitMails(address, 2).get(1);
        VEvent cancelled = event(Mailbox.calendar(cancellation), "CANCEL");
        assertThat(cancelled.getUid().orElseThrow().getValue()).as("the same calendar entry").isEqualTo(uid);
        assertThat(cancelled.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(Mailbox.text(cancellation)).contains("/book");
    }

    @Test
    void theDayBeforeTheParentIsRemindedOnceWithAWorkingLink() throws Exception {
        clock.setCityTime(LocalDateTime.of(2026, 12, 14, 17, 0));
        String address = "reminder-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var tomorrow = (BookingResult.Booked) bookings.book(aBooking().at(1L, LocalDateTime.of(2026, 12, 15, 10, 0))
                .email(address).build());
        var later = (BookingResult.Booked) bookings.book(aBooking().at(1L, LocalDateTime.of(2026, 12, 17, 11, 0))
                .email(address).build());
        awaitMails(address, 2);

        assertThat(bookings.remindTomorrow()).isGreaterThanOrEqualTo(1);
        assertThat(bookings.remindTomorrow()).as("nobody is reminded twice").isZero();

        MimeMessage reminder = awaitMails(address, 3).get(2);
        assertThat(reminder.getSubject()).startsWith("Erinnerung: Ihr Termin morgen, Dienstag, 15. Dezember");
        String body = (String) reminder.getContent();
        assertThat(body).contains(tomorrow.code().value()).doesNotContain(later.code().value());
        Matcher link = Pattern.compile("/book/manage/([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).isTrue();
        assertThat(link.group(1)).as("a link of its own").isNotEqualTo(tomorrow.manageToken());
        assertThat(bookings.byManageToken(link.group(1))).get().extracting(b -> b.code().value())
                .isEqualTo(tomorrow.code().value());
        assertThat(bookings.byManageToken(tomorrow.manageToken())).as("the first link still works").isPresent();
        awaitMailsSettled(tomorrow.bookingId());
        awaitMailsSettled(later.bookingId());
        mailbox.assertNothingElseArrives(() -> assertThat(mailsTo(address)).hasSize(3));
    }

    @Test
    void aBookingWithoutAnEmailAddressSendsNoMail() {
        var booked = bookings.book(aBooking().at(1L, SLOT.plusMinutes(30)).phone("+4915110009001").build());
        assertThat(booked).isInstanceOf(BookingResult.Booked.class);
        awaitMailsSettled(((BookingResult.Booked) booked).bookingId());
        mailbox.assertNothingElseArrives(() ->
                assertThat(mailbox.mailsMentioning(((BookingResult.Booked) booked).code().value())).isEmpty());
    }

    private static VEvent event(Calendar calendar, String method) {
        assertThat(calendar.getMethod().getValue()).isEqualTo(method);
        return calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
    }

    /** Every mail about the booking (its events in the outbox) is sent or given up on. */
    private void awaitMailsSettled(long bookingId) {
        Outbox.awaitSettled(jdbc, "BookingMail", "\"bookingId\":" + bookingId + "}");
    }

    private List<MimeMessage> awaitMails(String address, int count) {
        return mailbox.awaitMails(address, count);
    }

    private List<MimeMessage> mailsTo(String address) {
        return mailbox.mailsTo(address);
    }
}
