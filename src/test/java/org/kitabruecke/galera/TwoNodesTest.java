package org.kitabruecke.galera;

import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.kitabruecke.booking.NewBookings.aBooking;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.Mailbox;
import org.kitabruecke.Outbox;
import org.kitabruecke.TestClock;
import org.kitabruecke.TestDays;
import org.kitabruecke.WithMailbox;
import org.kitabruecke.booking.BookingResult;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.booking.Slot;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.directory.DirectoryAdmin;
import org.kitabruecke.directory.KitaDetails;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.request.StatusLookup;
import org.kitabruecke.staff.LoginNames;
import org.kitabruecke.staff.internal.LoginGuard;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.context.TestPropertySource;

/**
 * Two portal "nodes" on one MariaDB: the tests' usual Spring context (node A) and a second, complete one (node B) on
 * the same embedded server, as two portal nodes share one Galera cluster. Parents on both race for the last places of
 * a slot; the status-lookup limit, the staff login lockout and the directory are the same whichever node is asked.
 */
@IntegrationTest
@WithMailbox
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest {

    /** Node B: the same application and test configuration, one property apart, so Spring builds a second context. */
    @IntegrationTest
    @TestPropertySource(properties = "kitabruecke.test.node=B")
    static class NodeB {
    }

    private static final long YOUTH_OFFICE = 1L;
    private static final TestDays DAYS = TestDays.forClass(TwoNodesTest.class);
    /** Thursday 10:30 two weeks after the test week: a slot no other test books. */
    private static final LocalDateTime SLOT = DAYS.day(THURSDAY, 2).atTime(10, 30);
    private static final LocalDateTime NOW = DAYS.at(TUESDAY, 10, 30);

    private final TestContextManager nodeB = new TestContextManager(NodeB.class);

    @Autowired
    ApplicationContext a;

    private ApplicationContext b;

    private Mailbox mailbox;

    @BeforeAll
    void startNodeB() {
        b = nodeB.getTestContext().getApplicationContext();
        assertThat(b).isNotSameAs(a);
    }

    @AfterAll
    void stopNodeB() {
        nodeB.getTestContext().markApplicationContextDirty(null);
        a.getBean(TestClock.class).followRealTime();
    }

    @BeforeEach
    void sameTimeOnBothNodes() {
        a.getBean(TestClock.class).setCityTime(NOW);
        b.getBean(TestClock.class).setCityTime(NOW);
    }

    @Test
    void parentsOnBothNodesRacingForTheLastPlacesGetEachPlaceOnceAndOneMailEach() throws Exception {
        Bookings onA = a.getBean(Bookings.class);
        Bookings onB = b.getBean(Bookings.class);
        Slot before = slot(onA);
        int parents = 40;
        var ready = new CountDownLatch(parents);
        var go = new CountDownLatch(1);
        List<String> addresses = new ArrayList<>();
        List<Callable<BookingResult>> racers = new ArrayList<>();
        for (int i = 0; i < parents; i++) {
            String address = "race-" + i + "-" + System.nanoTime() + "@example.org";
            Bookings node = i % 2 == 0 ? onA : onB;
            addresses.add(address);
            racers.add(() -> {
                ready.countDown();
                go.await();
                return node.book(aBooking().at(YOUTH_OFFICE, SLOT).email(address).build());
            });
        }
        List<BookingResult> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(parents)) {
            List<Future<BookingResult>> futures = racers.stream().map(pool::submit).toList();
            ready.await();
            go.countDown();
            for (Future<BookingResult> future : futures) {
                results.add(future.get());
            }
            List<String> winners = new ArrayList<>();
            for (int i = 0; i < parents; i++) {
                if (results.get(i) instanceof BookingResult.Booked) {
                    winners.add(addresses.get(i));
                }
            }
            JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);

            assertThat(winners).as("every free place goes to exactly one parent").hasSize(before.free());
            assertThat(results).filteredOn(BookingResult.SlotFull.class::isInstance)
                    .hasSize(parents - before.free());
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking WHERE location_id = ? AND starts_at = ? "
                    + "AND status = 'BOOKED'", Integer.class, YOUTH_OFFICE, SLOT)).as("never over capacity")
                    .isEqualTo(before.capacity());
            assertThat(slot(onB).free()).as("node B sees the slot full").isZero();
            for (String address : addresses) {
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking WHERE email = ?", Integer.class,
                        address)).as("bookings of " + address).isEqualTo(winners.contains(address) ? 1 : 0);
            }
            winners.forEach(winner -> mailbox.awaitMails(winner, 1));
            results.stream().filter(BookingResult.Booked.class::isInstance).map(BookingResult.Booked.class::cast)
                    .forEach(booked -> Outbox.awaitSettled(jdbc, "BookingMail",
                            "\"bookingId\":" + booked.bookingId() + "}"));
            mailbox.assertNothingElseArrives(() -> {
                for (String address : addresses) {
                    assertThat(mailbox.mailsTo(address)).as("mails to " + address)
                            .hasSize(winners.contains(address) ? 1 : 0);
                }
            });
        }
    }

    @Test
    void statusLookupsOnEitherNodeCountAgainstTheSameLimit() {
        String client = "198.18.0." + (System.nanoTime() % 200 + 20);
        for (int i = 0; i < 10; i++) {
            HelpRequests node = (i % 2 == 0 ? a : b).getBean(HelpRequests.class);
            assertThat(node.status("KB-TWO-N" + i, "123456", client)).as("attempt " + (i + 1))
                    .isInstanceOf(StatusLookup.NotFound.class);
        }
        assertThat(b.getBean(HelpRequests.class).status("KB-TWO-NEW", "123456", client))
                .as("the eleventh, five of them made on the other node").isInstanceOf(StatusLookup.TooManyAttempts.class);
        assertThat(a.getBean(HelpRequests.class).status("KB-TWO-NEW", "123456", client))
                .isInstanceOf(StatusLookup.TooManyAttempts.class);
    }

    @Test
    void failedLoginsOnEitherNodeLockTheNameOnBoth() {
        String name = "zwei-knoten-" + System.nanoTime();
        String address = "198.18.1." + (System.nanoTime() % 200 + 20);
        assertThat(a.getBean(LoginNames.class).key(name)).as("both nodes hash a name alike")
                .isEqualTo(b.getBean(LoginNames.class).key(name));
        try {
            for (int i = 0; i < 4; i++) {
                failLogin(i < 2 ? a : b, name, address);
            }
            assertThat(a.getBean(LoginGuard.class).isLocked(name, "198.18.2.1")).isFalse();
            failLogin(a, name, address);
            assertThat(b.getBean(LoginGuard.class).isLocked(name, "198.18.2.1"))
                    .as("five failures, two of them on node B, three on node A").isTrue();
            assertThat(a.getBean(LoginGuard.class).isLocked(name, "198.18.2.1")).isTrue();
        } finally {
            a.getBean(JdbcTemplate.class).update("DELETE FROM staff_login_failure WHERE connection = ?", address);
        }
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aDirectoryChangeOnOneNodeIsSeenOnTheOtherWithinSeconds() {
        Directory onB = b.getBean(Directory.class);
        DirectoryAdmin admin = a.getBean(DirectoryAdmin.class);
        KitaDetails kita = admin.kitas().getFirst();
        long id = Objects.requireNonNull(kita.id());
        assertThat(onB.kita(id)).get().extracting(entry -> entry.name()).isEqualTo(kita.name());
        String renamed = kita.name() + " (umbenannt)";

        long changed = System.nanoTime();
        admin.saveKita(new KitaDetails(id, renamed, kita.street(), kita.postcode(), kita.city(), kita.phone(),
                kita.districtId(), kita.version()));
        try {
            await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(50))
                    .until(() -> onB.kita(id).map(entry -> entry.name()).orElse(""), renamed::equals);
            System.out.printf("Directory change visible on node B after %d ms%n",
                    Duration.ofNanos(System.nanoTime() - changed).toMillis());
            assertThat(onB.kitas(Locale.GERMAN)).extracting(entry -> entry.name()).contains(renamed);
        } finally {
            KitaDetails now = admin.kitas().stream().filter(k -> k.id() == id).findFirst().orElseThrow();
            admin.saveKita(new KitaDetails(id, kita.name(), kita.street(), kita.postcode(), kita.city(),
                    kita.phone(), kita.districtId(), now.version()));
        }
        await().atMost(Duration.ofSeconds(3)).until(() -> onB.kita(id).map(entry -> entry.name()).orElse(""),
                kita.name()::equals);
    }

    private static void failLogin(ApplicationContext node, String name, String address) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(name, "falsch");
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        node.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("bad")));
    }

    private static Slot slot(Bookings bookings) {
        return bookings.slots(YOUTH_OFFICE, SLOT.toLocalDate()).stream().filter(s -> s.startsAt().equals(SLOT))
                .findFirst().orElseThrow();
    }
}
