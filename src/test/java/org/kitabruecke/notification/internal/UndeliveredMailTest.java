package org.kitabruecke.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.Mailbox;
import org.kitabruecke.TestClock;
import org.kitabruecke.booking.BookingResult;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.booking.NewBooking;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.request.NewHelpRequest;
import org.kitabruecke.request.Receipt;
import org.kitabruecke.request.RequestSource;
import org.kitabruecke.request.Urgency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Mail that cannot be delivered: while it waits, no PIN and no personal link lies in the outbox; after the last
 * attempt it is parked — no longer retried, nothing secret kept — and staff see it.
 */
@IntegrationTest
class UndeliveredMailTest {

    @Autowired
    HelpRequests requests;

    @Autowired
    Bookings bookings;

    @Autowired
    MailRetry retry;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Value("${kitabruecke.mail.max-attempts:8}")
    int maxAttempts;

    Mailbox mailbox;

    @BeforeEach
    void startMailServer() {
        clock.followRealTime();
        mailbox = new Mailbox();
    }

    @AfterEach
    void stopMailServer() {
        mailbox.close();
        clock.followRealTime();
    }

    @Test
    void noPinWaitsInTheOutboxWhileTheMailServerIsDown() {
        mailbox.stop();
        Receipt receipt = requests.submit(byMail(unique("pin"), "de"));

        awaitFailedConfirmation(receipt, 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?",
                Integer.class, "%" + receipt.pin().digits() + "%")).isZero();
    }

    @Test
    void noPersonalLinkWaitsInTheOutboxAndTheMailedLinkWorksWhenTheServerIsBack() throws Exception {
        clock.setCityTime(LocalDateTime.of(2026, 12, 1, 10, 30));
        String address = unique("link");
        mailbox.stop();
        var booked = (BookingResult.Booked) bookings.book(new NewBooking(2L, LocalDateTime.of(2026, 12, 11, 9, 0),
                null, address, "tr", "tr", null, null));

        List<Map<String, Object>> waiting = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList("""
                SELECT serialized_event FROM event_publication
                WHERE event_type LIKE '%BookingConfirmed' AND status = 'FAILED'
                AND (serialized_event LIKE ? OR serialized_event LIKE ?)""",
                "%\"bookingId\":" + booked.bookingId() + ",%", "%\"bookingId\":" + booked.bookingId() + "}%"),
                rows -> rows.size() == 1);
        assertThat((String) waiting.getFirst().get("serialized_event")).doesNotContain(booked.manageToken());

        mailbox.restart();
        retry.retryUndelivered();
        String body = Mailbox.text(mailbox.awaitMails(address, 1).getFirst());
        Matcher link = Pattern.compile("/book/manage/([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).isTrue();
        assertThat(bookings.byManageToken(link.group(1))).get().extracting(b -> b.id())
                .isEqualTo(booked.bookingId());
    }

    @Test
    void afterTheLastAttemptTheMailIsParkedAndNoLongerRetried() {
        mailbox.stop();
        Receipt receipt = requests.submit(byMail(unique("geparkt"), "ar"));

        for (int attempt = 1; attempt < maxAttempts; attempt++) {
            awaitFailedConfirmation(receipt, attempt);
            retry.retryUndelivered();
        }
        awaitFailedConfirmation(receipt, maxAttempts);
        retry.retryUndelivered();

        assertThat(confirmations(receipt)).as("parked: out of the outbox, never retried again").isEmpty();
    }

    /** Waits until the confirmation has failed {@code attempts} times (the registry counts every attempt begun). */
    private void awaitFailedConfirmation(Receipt receipt, int attempts) {
        await().atMost(Duration.ofSeconds(20)).until(() -> confirmations(receipt),
                rows -> rows.size() == 1 && "FAILED".equals(rows.getFirst().get("status"))
                        && ((Number) rows.getFirst().get("completion_attempts")).intValue() == attempts);
    }

    private List<Map<String, Object>> confirmations(Receipt receipt) {
        return jdbc.queryForList("""
                SELECT status, completion_attempts FROM event_publication
                WHERE listener_id LIKE '%ConfirmationMail%' AND serialized_event LIKE ?""",
                "%" + receipt.code().value() + "%");
    }

    private static NewHelpRequest byMail(String address, String language) {
        return new NewHelpRequest(RequestSource.PARENT, Set.of(Topic.PARENTING), Urgency.QUESTION,
                1, 0, 0, null, 2L, null, address, language, language, false, null, false, false, null, "v1");
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
