package org.kitabruecke.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.kitabruecke.HelpRequestFixtures.byMail;
import static org.kitabruecke.booking.NewBookings.aBooking;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.Mailbox;
import org.kitabruecke.Outbox;
import org.kitabruecke.TestClock;
import org.kitabruecke.WithMailbox;
import org.kitabruecke.booking.BookingResult;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.notification.MailKind;
import org.kitabruecke.notification.ParkedMail;
import org.kitabruecke.notification.UndeliveredMail;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.request.Receipt;
import org.kitabruecke.request.RequestRetention;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Mail that cannot be delivered: while it waits, no PIN and no personal link lies in the outbox; after the last
 * attempt it is parked — no longer retried, nothing secret kept — and staff see it until an admin's retry (audited)
 * delivers it, exactly once.
 */
@IntegrationTest
@WithMailbox
class UndeliveredMailTest {

    @Autowired
    HelpRequests requests;

    @Autowired
    Bookings bookings;

    @Autowired
    UndeliveredMail undelivered;

    @Autowired
    MailRetry retry;

    @Autowired
    RequestRetention retention;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Value("${kitabruecke.mail.max-attempts}")
    int maxAttempts;

    Mailbox mailbox;
    Outbox outbox;

    @BeforeEach
    void startMailServer() {
        clock.followRealTime();
        outbox = new Outbox(retry, jdbc, maxAttempts);
    }

    @AfterEach
    void stopMailServer() {
        clock.followRealTime();
    }

    @Test
    void noPinWaitsInTheOutboxWhileTheMailServerIsDown() {
        mailbox.stop();
        Receipt receipt = requests.submit(byMail(unique("pin"), "de"));

        outbox.awaitFailed("ConfirmationMail", receipt.code().value(), 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?",
                Integer.class, "%" + receipt.pin().digits() + "%")).isZero();
    }

    @Test
    void noPersonalLinkWaitsInTheOutboxAndTheMailedLinkWorksWhenTheServerIsBack() throws Exception {
        clock.setCityTime(LocalDateTime.of(2026, 12, 1, 10, 30));
        String address = unique("link");
        mailbox.stop();
        var booked = (BookingResult.Booked) bookings.book(aBooking().at(2L, LocalDateTime.of(2026, 12, 11, 9, 0))
                .email(address).language("tr", "tr").build());

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
    @WithMockUser(username = "admin", roles = "ADMIN")
    void afterTheLastAttemptTheMailIsParkedWithoutItsPinAndAnAdminsRetryDeliversItOnce() throws Exception {
        String address = unique("geparkt");
        mailbox.stop();
        Receipt receipt = requests.submit(byMail(address, "ar"));
        long requestId = requestId(receipt);

        outbox.giveUp("ConfirmationMail", receipt.code().value());

        List<ParkedMail> parked = undelivered.ofRequest(requestId);
        assertThat(parked).singleElement().satisfies(mail -> {
            assertThat(mail.kind()).isEqualTo(MailKind.CONFIRMATION);
            assertThat(mail.attempts()).isEqualTo(maxAttempts);
            assertThat(mail.retrying()).isFalse();
        });
        assertThat(pinsKeptFor(requestId)).as("the PIN is forgotten when the mail is given up on").isZero();
        assertThat(jdbc.queryForObject("SELECT serialized_event FROM mail_parked WHERE id = ?", String.class,
                parked.getFirst().id())).doesNotContain(receipt.pin().digits());

        mailbox.restart();
        retry.retryUndelivered();
        assertNothingSentTo(receipt, address);

        assertThat(undelivered.retry(parked.getFirst().id())).isEqualTo(UndeliveredMail.Retry.STARTED);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM audit_entry WHERE action = 'MAIL_RETRY' AND actor = 'admin'
                AND record_type = 'help_request' AND record_id = ?""", Integer.class, requestId)).isEqualTo(1);

        MimeMessage mail = mailbox.awaitMails(address, 1).getFirst();
        assertThat(mail.getSubject()).contains(receipt.code().value());
        assertThat(Mailbox.text(mail)).contains(receipt.code().value()).doesNotContain(receipt.pin().digits())
                .contains("PIN");
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> undelivered.ofRequest(requestId).isEmpty());
        retry.retryUndelivered();
        assertOnlyOneMailTo(receipt, address);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aRetryThatFailsTooIsParkedAgainAndStaffKeepSeeingIt() {
        mailbox.stop();
        Receipt receipt = requests.submit(byMail(unique("wieder"), "de"));
        long requestId = requestId(receipt);
        outbox.giveUp("ConfirmationMail", receipt.code().value());
        long parkedId = undelivered.ofRequest(requestId).getFirst().id();

        assertThat(undelivered.retry(parkedId)).isEqualTo(UndeliveredMail.Retry.STARTED);
        assertThat(undelivered.retry(parkedId)).as("a second click while it runs").isEqualTo(
                UndeliveredMail.Retry.ALREADY_RUNNING);
        assertThat(undelivered.ofRequest(requestId)).singleElement().extracting(ParkedMail::retrying).isEqualTo(true);
        outbox.awaitFailed("ConfirmationMail", receipt.code().value(), 2);
        retry.retryUndelivered();

        assertThat(outbox.entries("ConfirmationMail", receipt.code().value())).isEmpty();
        assertThat(undelivered.ofRequest(requestId)).singleElement().satisfies(mail -> {
            assertThat(mail.retrying()).isFalse();
            assertThat(mail.attempts()).as("the admin's attempt counted").isEqualTo(maxAttempts + 1);
        });
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void whenTheFamilysDataIsErasedTheParkedMailGoesWithIt() {
        mailbox.stop();
        Receipt receipt = requests.submit(byMail(unique("vergessen"), "de"));
        long requestId = requestId(receipt);
        outbox.giveUp("ConfirmationMail", receipt.code().value());
        assertThat(undelivered.ofRequest(requestId)).hasSize(1);

        retention.forget(requestId, "test");
        retry.retryUndelivered();

        assertThat(undelivered.ofRequest(requestId)).isEmpty();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anErasureBeforeTheMailWentOutForgetsThePinAndNothingIsSent() {
        String address = unique("geloescht");
        mailbox.stop();
        Receipt receipt = requests.submit(byMail(address, "de"));
        long requestId = requestId(receipt);
        outbox.awaitFailed("ConfirmationMail", receipt.code().value(), 1);
        assertThat(pinsKeptFor(requestId)).as("kept while the mail waits").isEqualTo(1);

        retention.forget(requestId, "test");
        assertThat(pinsKeptFor(requestId)).isZero();
        mailbox.restart();
        retry.retryUndelivered();

        await().atMost(Duration.ofSeconds(10)).until(() -> outbox.entries("ConfirmationMail",
                receipt.code().value()).isEmpty());
        assertNothingSentTo(receipt, address);
    }

    private int pinsKeptFor(long requestId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM confirmation_pin WHERE help_request_id = ?", Integer.class,
                requestId);
    }

    /** Honest "nothing was sent": the request's confirmation is done with, and still nothing came for the address. */
    private void assertNothingSentTo(Receipt receipt, String address) {
        Outbox.awaitSettled(jdbc, "ConfirmationMail", receipt.code().value());
        mailbox.assertNothingElseArrives(() -> assertThat(mailbox.mailsTo(address)).isEmpty());
    }

    private void assertOnlyOneMailTo(Receipt receipt, String address) {
        Outbox.awaitSettled(jdbc, "ConfirmationMail", receipt.code().value());
        mailbox.assertNothingElseArrives(() -> assertThat(mailbox.mailsTo(address)).hasSize(1));
    }

    private long requestId(Receipt receipt) {
        return jdbc.queryForObject("SELECT id FROM help_request WHERE reference_code = ?", Long.class,
                receipt.code().value());
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
