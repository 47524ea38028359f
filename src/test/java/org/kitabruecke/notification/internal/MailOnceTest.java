package org.kitabruecke.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kitabruecke.HelpRequestFixtures.byMail;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.Mailbox;
import org.kitabruecke.TestClock;
import org.kitabruecke.WithMailbox;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.request.NewHelpRequest;
import org.kitabruecke.privacy.Consent;
import org.kitabruecke.privacy.ConsentRecord;
import org.kitabruecke.request.OptionalAnswer;
import org.kitabruecke.request.Children;
import org.kitabruecke.request.Receipt;
import org.kitabruecke.request.RequestSource;
import org.kitabruecke.request.Urgency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.support.PersistentApplicationEventMulticaster;

/**
 * A restart of one node never sends a mail twice: not the mail it sent just before it died without recording
 * that, and not a mail another node is sending at that moment. What a crashed or busy node leaves in the outbox is
 * put back as a row, exactly as MariaDB would hold it; "restart" is what a starting node does with the outbox.
 */
@IntegrationTest
@WithMailbox
class MailOnceTest {

    @Autowired
    HelpRequests requests;

    @Autowired
    MailRetry retry;

    @Autowired
    PersistentApplicationEventMulticaster multicaster;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    Mailbox mailbox;

    @BeforeEach
    void startMailServer() {
        clock.followRealTime();
    }

    @Test
    void aMailSentJustBeforeTheNodeDiedIsNotSentAgainAfterTheRestart() {
        String address = unique("einmal");
        Map<String, Object> publication = deliveredConfirmation(address);

        // the node sent the mail and died before it recorded that: the publication is still "processing"
        putBack(publication, "PROCESSING", Instant.now().minus(Duration.ofMinutes(10)));
        restartNode();

        // gone from the outbox: the listener ran again and returned, so a second mail would be with the server now
        await().atMost(Duration.ofSeconds(20)).until(() -> !exists(publication));
        mailbox.assertNothingElseArrives(() -> assertThat(mailbox.mailsTo(address))
                .as("the family got the confirmation once").hasSize(1));
    }

    @Test
    void aRestartingNodeLeavesTheMailAnotherNodeIsSendingRightNowAlone() {
        String address = unique("nebenan");
        Map<String, Object> publication = deliveredConfirmation(address);

        // another node is sending this very mail at this moment
        putBack(publication, "PROCESSING", Instant.now());
        try {
            restartNode();

            // untouched, so not handed to a listener again: nothing of it is on its way to the mail server
            assertThat(jdbc.queryForMap("SELECT status, completion_attempts FROM event_publication WHERE id = ?",
                    publication.get("id"))).as("untouched: it is the other node's")
                    .containsEntry("status", "PROCESSING").containsEntry("completion_attempts", 1);
            mailbox.assertNothingElseArrives(() -> assertThat(mailbox.mailsTo(address)).hasSize(1));
        } finally {
            jdbc.update("DELETE FROM event_publication WHERE id = ?", publication.get("id"));
        }
    }

    /** What a starting node does with the outbox: the registry's start-up hook, then its retry job. */
    private void restartNode() {
        multicaster.afterSingletonsInstantiated();
        retry.retryUndelivered();
    }

    /** Sends a confirmation that first failed (to learn its publication row), and returns that row. */
    private Map<String, Object> deliveredConfirmation(String address) {
        mailbox.stop();
        Receipt receipt = requests.submit(byMail(address, "de"));
        Map<String, Object> row = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList("""
                SELECT id, listener_id, event_type, serialized_event FROM event_publication
                WHERE serialized_event LIKE ? AND listener_id LIKE '%ConfirmationMail%' AND status = 'FAILED'""",
                "%" + receipt.code().value() + "%"), rows -> rows.size() == 1).getFirst();
        mailbox.restart();
        retry.retryUndelivered();
        mailbox.awaitMails(address, 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> !exists(row));
        return row;
    }

    private void putBack(Map<String, Object> publication, String status, Instant publishedAt) {
        jdbc.update("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                  completion_attempts, last_resubmission_date) VALUES (?, ?, ?, ?, ?, ?, 1, ?)""",
                publication.get("id"), publication.get("listener_id"), publication.get("event_type"),
                publication.get("serialized_event"), Timestamp.from(publishedAt), status, Timestamp.from(publishedAt));
    }

    private boolean exists(Map<String, Object> publication) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE id = ?", Integer.class,
                publication.get("id")) > 0;
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
