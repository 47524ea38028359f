package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The probes a load balancer asks: readiness reports the database and the outbox (backlog and parked counts) and
 * takes the node out only when the outbox is clearly stuck; liveness never asks the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(IntegrationTest.Clocks.class)
class HealthProbesE2ETest {

    @LocalManagementPort
    int managementPort;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private final UUID stuck = UUID.randomUUID();

    @BeforeEach
    void tuesdayMorning() {
        clock.setCityTime(LocalDateTime.of(2026, 12, 1, 10, 30));
    }

    @AfterEach
    void realTime() {
        jdbc.update("DELETE FROM event_publication WHERE id = ?", stuck.toString());
        clock.followRealTime();
    }

    @Test
    void readinessReportsTheDatabaseAndTheOutboxWithItsCounts() throws Exception {
        var ready = probe("readiness");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"db\"", "\"outbox\"", "\"backlog\":", "\"parked\":",
                "\"readinessState\"");
    }

    @Test
    void livenessAsksNoDatabase() throws Exception {
        var live = probe("liveness");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"status\":\"UP\"", "\"livenessState\"").doesNotContain("db", "outbox");
    }

    @Test
    void anOutboxEntryUndeliveredLongerThanTheRetryScheduleTakesTheNodeOutOfService() throws Exception {
        insertUndelivered(Duration.ofHours(2));
        assertThat(probe("readiness").statusCode()).as("two hours: still being retried").isEqualTo(200);

        jdbc.update("DELETE FROM event_publication WHERE id = ?", stuck.toString());
        insertUndelivered(Duration.ofHours(4));
        var ready = probe("readiness");
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).contains("\"status\":\"OUT_OF_SERVICE\"", "check that the mail retry job runs");
        assertThat(probe("liveness").statusCode()).as("the node itself is fine").isEqualTo(200);

        jdbc.update("DELETE FROM event_publication WHERE id = ?", stuck.toString());
        assertThat(probe("readiness").statusCode()).isEqualTo(200);
    }

    private void insertUndelivered(Duration ago) {
        jdbc.update("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
                  status, completion_attempts) VALUES (?, 'HealthProbesTest.stuck', 'java.lang.String', '"-"', ?,
                  'FAILED', 1)""", stuck.toString(), Timestamp.from(clock.instant().minus(ago)));
    }

    private java.net.http.HttpResponse<String> probe(String group) throws Exception {
        return Scrape.get("http://127.0.0.1:" + managementPort + "/actuator/health/" + group);
    }
}
