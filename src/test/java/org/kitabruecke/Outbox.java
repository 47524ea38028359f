package org.kitabruecke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.kitabruecke.notification.internal.MailRetry;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox as tests watch it: a mail's entry (by its listener and a text its event contains, e.g. a reference
 * code), how often it failed, and the retry job run by hand, as the schedule runs it once a minute.
 */
public final class Outbox {

    private final MailRetry retry;
    private final JdbcTemplate jdbc;
    private final int maxAttempts;

    public Outbox(MailRetry retry, JdbcTemplate jdbc, int maxAttempts) {
        this.retry = retry;
        this.jdbc = jdbc;
        this.maxAttempts = maxAttempts;
    }

    /**
     * The entries of a listener whose event mentions the text: status and attempts. The listener as its id begins or
     * contains it, e.g. "ConfirmationMail" or "BookingMail.on(org.kitabruecke.booking.BookingConfirmed".
     */
    public List<Map<String, Object>> entries(String listener, String mentioning) {
        return jdbc.queryForList("""
                SELECT id, status, completion_attempts FROM event_publication
                WHERE listener_id LIKE ? AND serialized_event LIKE ?""", "%" + listener + "%",
                "%" + mentioning + "%");
    }

    /** Waits until the entry has failed {@code attempts} times (the registry counts every attempt begun). */
    public void awaitFailed(String listener, String mentioning, int attempts) {
        await().atMost(Duration.ofSeconds(20)).until(() -> entries(listener, mentioning),
                rows -> rows.size() == 1 && "FAILED".equals(rows.getFirst().get("status"))
                        && ((Number) rows.getFirst().get("completion_attempts")).intValue() == attempts);
    }

    /**
     * Waits until every entry of the listener whose event mentions the text is done with: delivered (gone) or
     * failed, none still waiting or under way. What its listener was going to send has been handed to the mail server
     * then (see {@link Mailbox#assertNothingElseArrives}). A text such as {@code "bookingId":42} with its closing
     * brace names one event exactly.
     */
    public static void awaitSettled(JdbcTemplate jdbc, String listener, String mentioning) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("""
                SELECT COUNT(*) FROM event_publication
                WHERE listener_id LIKE ? AND serialized_event LIKE ? AND completion_date IS NULL
                  AND (status IS NULL OR status <> 'FAILED')""", Integer.class, "%" + listener + "%",
                "%" + mentioning + "%") == 0);
    }

    /** With the mail server down: lets every attempt fail until the mail is given up on (parked). */
    public void giveUp(String listener, String mentioning) {
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            awaitFailed(listener, mentioning, attempt);
            retry.retryUndelivered();
        }
        assertThat(entries(listener, mentioning)).as("given up: out of the outbox").isEmpty();
    }

    public void runRetryJob() {
        retry.retryUndelivered();
    }
}
