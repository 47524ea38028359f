package org.kitabruecke.galera;

import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kitabruecke.booking.NewBookings.aBooking;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.CityTime;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.Mailbox;
import org.kitabruecke.Outbox;
import org.kitabruecke.TestDays;
import org.kitabruecke.WithMailbox;
import org.kitabruecke.booking.BookingConfirmed;
import org.kitabruecke.booking.BookingResult;
import org.kitabruecke.booking.Bookings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A booking that MariaDB picks as the loser of a real deadlock (error 1213: two transactions locking rows in opposite
 * order, as Galera's certification failure also reports itself) is tried again in a fresh transaction: the parent
 * gets exactly one booking, the slot counts it once, and exactly one confirmation mail goes out.
 */
@IntegrationTest
@CityTime("tuesday 10:30")
@WithMailbox
class DeadlockRetryTest {

    private static final long YOUTH_OFFICE = 1L;
    /** Thursday 9:30 two weeks after the test week: a slot no other test books. */
    private static final LocalDateTime SLOT = TestDays.forClass(DeadlockRetryTest.class).day(THURSDAY, 2)
            .atTime(9, 30);
    /** Rows the rival transaction changes first, so that MariaDB rolls back the lighter booking, not the rival. */
    private static final int BALLAST = 3_000;

    @Autowired
    Bookings bookings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ConfigurableApplicationContext context;

    private final ExecutorService rivalThread = Executors.newSingleThreadExecutor();
    private Mailbox mailbox;

    @BeforeEach
    void setUp() {
        jdbc.execute("CREATE TABLE deadlock_ballast (id INT NOT NULL PRIMARY KEY, n INT NOT NULL)");
        jdbc.batchUpdate("INSERT INTO deadlock_ballast (id, n) VALUES (?, 0)",
                IntStream.rangeClosed(1, BALLAST).mapToObj(id -> new Object[] {id}).toList());
    }

    @AfterEach
    void tearDown() {
        rivalThread.shutdownNow();
        jdbc.execute("DROP TABLE IF EXISTS deadlock_ballast");
    }

    @Test
    void aBookingThatLosesARealDeadlockIsTriedAgainAndBookedExactlyOnce() throws Exception {
        int takenBefore = taken();
        var rivalHoldsBallast = new CountDownLatch(1);
        var bookingHoldsSlot = new CountDownLatch(1);
        Future<?> rival = rivalThread.submit(() -> rival(rivalHoldsBallast, bookingHoldsSlot));
        assertThat(rivalHoldsBallast.await(10, TimeUnit.SECONDS)).isTrue();

        var confirmations = new AtomicInteger();
        var deadlockCodes = new CopyOnWriteArrayList<Integer>();
        // inside the booking's first transaction, after it took the place (its slot row locked): now it wants a row
        // the rival holds, while the rival wants the slot row
        ApplicationListener<ApplicationEvent> inTheMiddle = event -> {
            if (!(event instanceof PayloadApplicationEvent<?> published)
                    || !(published.getPayload() instanceof BookingConfirmed) || confirmations.incrementAndGet() > 1) {
                return;
            }
            bookingHoldsSlot.countDown();
            pause(Duration.ofMillis(300));
            try {
                jdbc.queryForObject("SELECT n FROM deadlock_ballast WHERE id = 1 FOR UPDATE", Integer.class);
            } catch (RuntimeException lost) {
                deadlockCodes.add(errorCode(lost));
                throw lost;
            }
        };
        context.addApplicationListener(inTheMiddle);
        String address = "deadlock-" + System.nanoTime() + "@example.org";
        BookingResult result;
        try {
            result = bookings.book(aBooking().at(YOUTH_OFFICE, SLOT).email(address).build());
        } finally {
            context.removeApplicationListener(inTheMiddle);
        }
        rival.get(20, TimeUnit.SECONDS);

        assertThat(deadlockCodes).as("the first attempt lost a real deadlock").containsExactly(1213);
        assertThat(confirmations).as("two attempts: the first rolled back").hasValue(2);
        assertThat(result).isInstanceOf(BookingResult.Booked.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking WHERE email = ?", Integer.class, address))
                .as("one booking, not two").isEqualTo(1);
        assertThat(taken()).as("the place is counted once").isEqualTo(takenBefore + 1);
        assertThat(mailbox.awaitMails(address, 1)).hasSize(1);
        Outbox.awaitSettled(jdbc, "BookingMail", "\"bookingId\":" + ((BookingResult.Booked) result).bookingId() + "}");
        mailbox.assertNothingElseArrives(() -> assertThat(mailbox.mailsTo(address))
                .as("mailed once: the rolled-back attempt sent nothing").hasSize(1));
    }

    /** Changes every ballast row (a heavy transaction), then waits for the slot row the booking holds. */
    private Void rival(CountDownLatch holdsBallast, CountDownLatch bookingHoldsSlot) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var update = connection.prepareStatement("UPDATE deadlock_ballast SET n = n + 1")) {
                update.executeUpdate();
            }
            holdsBallast.countDown();
            assertThat(bookingHoldsSlot.await(20, TimeUnit.SECONDS)).isTrue();
            try (var update = connection.prepareStatement(
                    "UPDATE slot_load SET booked = booked WHERE location_id = ? AND starts_at = ?")) {
                update.setLong(1, YOUTH_OFFICE);
                update.setObject(2, SLOT);
                update.executeUpdate();
            } finally {
                connection.rollback();
            }
        }
        return null;
    }

    private int taken() {
        List<Integer> rows = jdbc.queryForList("SELECT booked FROM slot_load WHERE location_id = ? AND starts_at = ?",
                Integer.class, YOUTH_OFFICE, SLOT);
        return rows.isEmpty() ? 0 : rows.getFirst();
    }

    private static int errorCode(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getErrorCode();
            }
        }
        return -1;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
