package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.kitabruecke.HelpRequestFixtures.aRequest;
import static org.kitabruecke.booking.NewBookings.aBooking;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.Mailbox;
import org.kitabruecke.TestClock;
import org.kitabruecke.booking.BookingResult;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.booking.Slot;
import org.kitabruecke.booking.Waitlist;
import org.kitabruecke.notification.internal.MailRetry;
import org.kitabruecke.request.BotCheck;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.request.NewHelpRequest;
import org.kitabruecke.request.Puzzles;
import org.kitabruecke.request.Receipt;
import org.kitabruecke.request.Submission;
import org.kitabruecke.request.Urgency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * No personal data in any log line: a family's whole path through the services the pages call (help request with
 * e-mail, phone and free text, status lookup with a wrong and a right PIN, a booking, the waiting list, the
 * confirmation mail failing while the mail server is down and sent later) and a staff login with the family's
 * address typed as the name, everything the application logged meanwhile (every thread) captured and searched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(IntegrationTest.Clocks.class)
@ExtendWith(OutputCaptureExtension.class)
class FamilyPathLogsE2ETest {

    static final String EMAIL = "quitte.leakprobe4711@example.org";
    static final String PHONE = "+4915199887766";
    static final String FREE_TEXT = "Quittengelee Sonderfall Zwetschgenbaum";
    static final String CALL_TIMES = "nach dem Kirschkuchen";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    HelpRequests requests;

    @Autowired
    Bookings bookings;

    @Autowired
    Waitlist waitlist;

    @Autowired
    MailRetry retry;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFamilysWholePathLeavesNoneOfItsDataInTheLog(CapturedOutput log) throws Exception {
        clock.setCityTime(LocalDateTime.of(2027, 6, 8, 10, 30));
        try (var mailbox = new Mailbox()) {
            mailbox.stop();
            BotCheck check = requests.newBotCheck("log-test");
            var submitted = requests.submitFromParent(helpRequest(), check, Puzzles.solve(check), "log-test");
            Receipt receipt = ((Submission.Accepted) submitted).receipt();
            requests.status(receipt.code().value(), "000000", "log-test");
            requests.status(receipt.code().value(), receipt.pin().digits(), "log-test");
            book();
            LoginOverHttp.attempt("http://127.0.0.1:" + port, EMAIL, EMAIL);
            LoginOverHttp.attempt("http://127.0.0.1:" + port, PHONE, PHONE);

            await().atMost(Duration.ofSeconds(20)).until(() -> log.getAll().contains("MailConnectException")
                    || log.getAll().contains("Couldn't connect"));
            mailbox.restart();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                retry.retryUndelivered();
                return !mailbox.mailsTo(EMAIL).isEmpty() && jdbc.queryForObject(
                        "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL", Integer.class) == 0;
            });
        } finally {
            clock.followRealTime();
        }

        assertThat(log.getAll()).as("the capture sees the application's log").contains("Failed staff login");
        for (String personal : List.of(EMAIL, "leakprobe4711", PHONE, "15199887766", "99887766", FREE_TEXT,
                "Zwetschgenbaum", CALL_TIMES, "Kirschkuchen")) {
            assertThat(LogLines.ofThePortal(log)).as("no log line contains " + personal).doesNotContain(personal);
        }
    }

    private void book() {
        LocalDate day = bookings.openDays(1L).getLast();
        Slot slot = bookings.slots(1L, day).stream().filter(s -> s.free() > 0).findFirst().orElseThrow();
        BotCheck check = bookings.newBotCheck("log-test");
        var booked = bookings.bookFromParent(aBooking().at(1L, slot.startsAt()).phone(PHONE).email(EMAIL)
                .topic(FREE_TEXT).build(), check, Puzzles.solve(check), "log-test");
        assertThat(booked).isInstanceOf(BookingResult.Booked.class);
        BotCheck join = waitlist.newBotCheck("log-test");
        waitlist.join(1L, day, EMAIL, "de", "de", join, Puzzles.solve(join), "log-test");
    }

    private static NewHelpRequest helpRequest() {
        return aRequest().urgency(Urgency.URGENT).phone(PHONE).email(EMAIL).callTimes(CALL_TIMES).freeText(FREE_TEXT)
                .build();
    }
}
