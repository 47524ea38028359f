package org.kitabruecke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/** The event publication registry on MariaDB is our outbox: nothing published in a transaction gets lost. */
@IntegrationTest
class OutboxTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    OutboxProbe probe;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @org.junit.jupiter.api.BeforeEach
    void realTime() {
        clock.followRealTime();
    }

    @Test
    void anEventWhoseListenerFailedIsKeptAndDeliveredWhenResubmitted() {
        String reference = UUID.randomUUID().toString();
        probe.setDown(true);
        transactions.executeWithoutResult(tx -> events.publishEvent(new OutboxProbe.Ping(reference)));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM event_publication
                WHERE serialized_event LIKE ? AND completion_date IS NULL AND status = 'FAILED'""",
                Integer.class, "%" + reference + "%")).isEqualTo(1));
        assertThat(probe.delivered()).doesNotContain(reference);

        probe.setDown(false);
        incomplete.resubmitIncompletePublications(publication -> true);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(probe.delivered()).containsOnlyOnce(reference));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?",
                Integer.class, "%" + reference + "%")).as("delivered events are deleted").isZero());
    }

    @Test
    void anEventPublishedInARolledBackTransactionIsNeverDelivered() {
        String reference = UUID.randomUUID().toString();
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(new OutboxProbe.Ping(reference));
            tx.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?",
                Integer.class, "%" + reference + "%")).isZero();
        // The rollback dropped the event while it ended (no outbox row, as above), so nothing is still on its way;
        // a control ping delivered after it shows the listener was up, and that not delivering it means something.
        String control = UUID.randomUUID().toString();
        transactions.executeWithoutResult(tx -> events.publishEvent(new OutboxProbe.Ping(control)));
        await().atMost(Duration.ofSeconds(10)).until(() -> probe.delivered().contains(control));
        assertThat(probe.delivered()).doesNotContain(reference);
    }
}
