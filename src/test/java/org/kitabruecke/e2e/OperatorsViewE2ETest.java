package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.kitabruecke.HelpRequestFixtures.aRequest;
import static org.kitabruecke.booking.NewBookings.aBooking;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.HelpRequestFixtures;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.Mailbox;
import org.kitabruecke.TestClock;
import org.kitabruecke.booking.BookingResult;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.booking.CancelResult;
import org.kitabruecke.booking.Slot;
import org.kitabruecke.booking.Waitlist;
import org.kitabruecke.notification.internal.MailRetry;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.request.NewHelpRequest;
import org.kitabruecke.request.Puzzles;
import org.kitabruecke.request.RequestRetention;
import org.kitabruecke.request.RequestSource;
import org.kitabruecke.request.Urgency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The operators' view as Prometheus and a load balancer see it: counters read over HTTP from the management port
 * move when the real things happen (docs/ops/metrics.md), and the public port serves none of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(IntegrationTest.Clocks.class)
class OperatorsViewE2ETest {

    /** A Tuesday no other test books on: the places of June 2027 are this class's own. */
    static final LocalDateTime JUNE_MORNING = LocalDateTime.of(2027, 6, 1, 10, 30);

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    TestClock clock;

    @Autowired
    HelpRequests requests;

    @Autowired
    Bookings bookings;

    @Autowired
    Waitlist waitlist;

    @Autowired
    RequestRetention retention;

    @Autowired
    MailRetry retry;

    @Autowired
    JdbcTemplate jdbc;

    Mailbox mailbox;

    @BeforeEach
    void startMailServer() {
        mailbox = new Mailbox();
    }

    @AfterEach
    void stopMailServer() {
        clock.followRealTime();
        mailbox.close();
    }

    @Test
    void thePublicPortServesNoMetricsAndNoActuatorOnlyTheLivenessProbe() throws Exception {
        var metrics = Scrape.get(publicUrl("/actuator/prometheus"));
        assertThat(metrics.statusCode()).isNotEqualTo(200);
        assertThat(metrics.body()).doesNotContain("jvm_memory_used_bytes", "kitabruecke_");
        assertThat(Scrape.get(publicUrl("/actuator/health")).body())
                .doesNotContain("{\"status\":\"UP\"", "\"components\"");
        var live = Scrape.get(publicUrl("/livez"));
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).endsWith("\"status\":\"UP\"}").contains("livenessState").doesNotContain("db");

        assertThat(managementPort).isNotEqualTo(port);
        assertThat(Scrape.get("http://127.0.0.1:" + managementPort + "/actuator/prometheus").statusCode())
                .isEqualTo(200);
    }

    @Test
    void jvmPoolAndHttpMetricsComeWithTheApplication() throws Exception {
        Scrape.get(publicUrl("/livez"));
        Scrape scrape = Scrape.of(managementPort);
        assertThat(scrape.has("jvm_memory_used_bytes")).isTrue();
        assertThat(scrape.has("hikaricp_connections_active")).isTrue();
        assertThat(scrape.has("http_server_requests_seconds_bucket")).as("histogram for p95").isTrue();
        assertThat(scrape.text()).contains("application=\"kitabruecke\"");
    }

    @Test
    void aRequestABookingACancellationAndAnOfferAreEachCountedOnce() throws Exception {
        clock.setCityTime(JUNE_MORNING);
        Scrape before = Scrape.of(managementPort);

        requests.submit(request(RequestSource.PARENT, Urgency.URGENT));
        requests.submit(request(RequestSource.KITA, Urgency.QUESTION), "kita-account");
        List<BookingResult.Booked> day = fillADay(2L);
        String waiting = "ops-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var check = waitlist.newBotCheck("ops-test");
        LocalDate wanted = day.getFirst().startsAt().toLocalDate();
        assertThat(waitlist.join(2L, wanted, waiting, "de", "de", check, Puzzles.solve(check), "ops-test"))
                .isEqualTo(Waitlist.JoinResult.ON_THE_LIST);
        assertThat(bookings.cancel(day.getFirst().manageToken())).isEqualTo(CancelResult.CANCELLED);

        Scrape after = Scrape.of(managementPort);
        assertThat(delta(before, after, "kitabruecke_requests_received_total", "channel=\"parent\"",
                "urgent=\"true\"")).isEqualTo(1);
        assertThat(delta(before, after, "kitabruecke_requests_received_total", "channel=\"kita\"",
                "urgent=\"false\"")).isEqualTo(1);
        assertThat(delta(before, after, "kitabruecke_bookings_total", "outcome=\"confirmed\""))
                .isEqualTo(day.size());
        assertThat(delta(before, after, "kitabruecke_bookings_total", "outcome=\"cancelled\"")).isEqualTo(1);
        // the waiting list offers the freed place in its own transaction after the cancellation's (outbox)
        await().atMost(Duration.ofSeconds(20)).until(
                () -> delta(before, Scrape.of(managementPort), "kitabruecke_waitlist_offers_total") == 1);
        deliverEverything();
    }

    @Test
    void mailsTheServerRefusesAreCountedAndTheOutboxShowsThem() throws Exception {
        clock.setCityTime(JUNE_MORNING);
        Scrape before = Scrape.of(managementPort);
        mailbox.stop();
        String address = "ops-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        requests.submit(HelpRequestFixtures.byMail(address, "de"));

        await().atMost(Duration.ofSeconds(20)).until(
                () -> delta(before, Scrape.of(managementPort), "kitabruecke_mail_send_failures_total") >= 1);
        // the gauges read MariaDB at most every ten seconds
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(
                () -> Scrape.of(managementPort).value("kitabruecke_outbox_backlog") >= 1);
        Scrape scrape = Scrape.of(managementPort);
        assertThat(scrape.has("kitabruecke_mail_parked")).isTrue();
        assertThat(scrape.has("kitabruecke_outbox_oldest_age")).isTrue();

        mailbox.restart();
        deliverEverything();
        assertThat(mailbox.awaitMails(address, 1)).hasSize(1);
    }

    @Test
    void failedLoginsAndTheLockoutTheyCauseAreCounted() throws Exception {
        Scrape before = Scrape.of(managementPort);
        String name = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(LoginOverHttp.attempt(publicUrl(""), name, "wrong-password-1")).endsWith("/login?error");
        }
        assertThat(LoginOverHttp.attempt(publicUrl(""), name, "wrong-password-1")).endsWith("/login?locked");

        Scrape after = Scrape.of(managementPort);
        assertThat(delta(before, after, "kitabruecke_staff_login_failures_total")).isEqualTo(5);
        assertThat(delta(before, after, "kitabruecke_staff_lockouts_total", "scope=\"name\"")).isEqualTo(1);
        assertThat(delta(before, after, "kitabruecke_staff_login_refused_total")).isEqualTo(1);
        assertThat(after.text()).as("no name in any label").doesNotContain(name);
    }

    @Test
    void aRetentionRunIsCountedWithWhatItRemoved() throws Exception {
        clock.setCityTime(LocalDateTime.of(2026, 12, 1, 10, 30));
        Scrape before = Scrape.of(managementPort);
        RequestRetention.Forgotten forgotten = retention.forgetDue();

        Scrape after = Scrape.of(managementPort);
        assertThat(delta(before, after, "kitabruecke_retention_runs_total", "job=\"request\"")).isEqualTo(1);
        assertThat(delta(before, after, "kitabruecke_retention_removed_total", "job=\"request\"",
                "record=\"closed\"")).isEqualTo(forgotten.closed());
        assertThat(after.has("kitabruecke_retention_runs_total")).isTrue();
        assertThat(after.text()).contains("job=\"booking\"", "job=\"mail\"", "job=\"audit\"");
    }

    private static double delta(Scrape before, Scrape after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }

    private String publicUrl(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Books every free place of the last open day at the location within its window. */
    private List<BookingResult.Booked> fillADay(long location) {
        List<LocalDate> open = bookings.openDays(location);
        LocalDate day = open.getLast();
        List<BookingResult.Booked> booked = new ArrayList<>();
        for (Slot slot : bookings.slots(location, day)) {
            for (int place = 0; place < slot.free(); place++) {
                booked.add((BookingResult.Booked) bookings.book(aBooking().at(location, slot.startsAt())
                        .phone("+4915110077%03d".formatted(booked.size())).build()));
            }
        }
        assertThat(bookings.fullDays(location)).contains(day);
        return booked;
    }

    /** Leaves nothing of this class in the shared outbox: what failed is sent now, the mail server being up. */
    private void deliverEverything() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            retry.retryUndelivered();
            return jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL",
                    Integer.class) == 0;
        });
    }

    private static NewHelpRequest request(RequestSource source, Urgency urgency) {
        return aRequest().from(source).urgency(urgency).phone("+4915110066001").build();
    }
}
