package org.kitabruecke.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kitabruecke.booking.NewBookings.aBooking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kitabruecke.CityTime;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.TestClock;
import org.kitabruecke.request.BotCheck;
import org.kitabruecke.request.Puzzles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Booking on MariaDB, with the demo hours: youth office (location 1) Tue 9–12, Wed 14–17, slots of 30 min, 2 places. */
@IntegrationTest
@CityTime("2026-12-01T10:30")
class BookingsTest {

    static final long YOUTH_OFFICE = 1L;
    /** Tuesday, 10:30 in the city. */
    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 10, 30);

    @Autowired
    Bookings bookings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Test
    void theLastPlaceOfASlotGoesToExactlyOneParentWhateverTheRace() throws Exception {
        LocalDateTime slot = LocalDateTime.of(2026, 12, 16, 14, 0);
        int parents = 50;
        var ready = new CountDownLatch(parents);
        var go = new CountDownLatch(1);
        List<Callable<BookingResult>> racers = new ArrayList<>();
        for (int i = 0; i < parents; i++) {
            String phone = "+491511000%04d".formatted(i);
            racers.add(() -> {
                ready.countDown();
                go.await();
                return bookings.book(booking(slot, phone));
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
        }

        assertThat(results).filteredOn(BookingResult.Booked.class::isInstance).hasSize(2);
        assertThat(results).filteredOn(BookingResult.SlotFull.class::isInstance).hasSize(parents - 2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking WHERE location_id = ? AND starts_at = ?",
                Integer.class, YOUTH_OFFICE, slot)).isEqualTo(2);
        assertThat(bookings.slots(YOUTH_OFFICE, slot.toLocalDate())).filteredOn(s -> s.startsAt().equals(slot))
                .singleElement().extracting(Slot::free).isEqualTo(0);
    }

    @Test
    void aFullDayIsNeverOffered() {
        LocalDate wednesday = LocalDate.of(2026, 12, 23);
        assertThat(bookings.openDays(YOUTH_OFFICE)).contains(wednesday);
        for (Slot slot : bookings.slots(YOUTH_OFFICE, wednesday)) {
            for (int place = 0; place < slot.capacity(); place++) {
                assertThat(bookings.book(booking(slot.startsAt(), "+4915110001" + place + "00")))
                        .isInstanceOf(BookingResult.Booked.class);
            }
        }
        assertThat(bookings.openDays(YOUTH_OFFICE)).doesNotContain(wednesday);
    }

    @Test
    void timesThatCannotBeBookedSayWhy() {
        assertThat(bookings.book(booking(NOW.minusHours(1).withMinute(0), "+4915110002001")))
                .isEqualTo(new BookingResult.NotBookable(BookingResult.Reason.PAST));
        assertThat(bookings.book(booking(NOW.withHour(11).withMinute(0), "+4915110002002")))
                .isEqualTo(new BookingResult.NotBookable(BookingResult.Reason.TOO_SOON));
        assertThat(bookings.book(booking(LocalDateTime.of(2027, 1, 5, 9, 0), "+4915110002003")))
                .isEqualTo(new BookingResult.NotBookable(BookingResult.Reason.BEYOND_WINDOW));
        assertThat(bookings.book(booking(LocalDateTime.of(2026, 12, 24, 9, 0), "+4915110002004")))
                .as("Christmas Eve is closed").isEqualTo(new BookingResult.NotBookable(BookingResult.Reason.CLOSED));
        assertThat(bookings.book(booking(LocalDateTime.of(2026, 12, 8, 9, 10), "+4915110002005")))
                .isEqualTo(new BookingResult.NotBookable(BookingResult.Reason.NO_SUCH_SLOT));
        assertThat(bookings.openDays(YOUTH_OFFICE)).doesNotContain(LocalDate.of(2026, 12, 24))
                .allSatisfy(day -> assertThat(day).isBetween(NOW.toLocalDate(), bookings.lastBookableDay(YOUTH_OFFICE)));
    }

    @Test
    void theLinkCancelsOnceFreesThePlaceAndExpiresAfterTheAppointment() {
        LocalDateTime slot = LocalDateTime.of(2026, 12, 8, 11, 30);
        var booked = (BookingResult.Booked) bookings.book(booking(slot, "+4915110003001"));
        int freeBefore = free(slot);

        assertThat(bookings.byManageToken(booked.manageToken())).isPresent();
        assertThat(bookings.cancel(booked.manageToken())).isEqualTo(CancelResult.CANCELLED);
        assertThat(free(slot)).isEqualTo(freeBefore + 1);
        assertThat(bookings.cancel(booked.manageToken())).isEqualTo(CancelResult.ALREADY_CANCELLED);
        assertThat(free(slot)).as("a second cancel frees nothing").isEqualTo(freeBefore + 1);
        assertThat(bookings.cancel("not-a-token")).isEqualTo(CancelResult.NOT_FOUND);

        var later = (BookingResult.Booked) bookings.book(booking(slot, "+4915110003002"));
        clock.setCityTime(slot.plusHours(1));
        assertThat(bookings.byManageToken(later.manageToken())).isEmpty();
        assertThat(bookings.cancel(later.manageToken())).isEqualTo(CancelResult.EXPIRED);
    }

    @Test
    void aBookingFromThePublicPagesIsStoredOnlyWithTheBotCheckSolvedAndEachAnswerCountsOnce() {
        LocalDateTime slot = LocalDateTime.of(2026, 12, 9, 16, 30);
        String client = "2001:db8:77:1::1";
        BotCheck check = bookings.newBotCheck(client);
        long answer = Puzzles.solve(check);

        assertThat(bookings.bookFromParent(booking(slot, "+4915110009901"), check, answer + 1, client))
                .isEqualTo(new BookingResult.BotCheckFailed());
        assertThat(bookings.bookFromParent(booking(slot, "+4915110009901"), check, answer, client))
                .isInstanceOf(BookingResult.Booked.class);
        assertThat(bookings.bookFromParent(booking(slot, "+4915110009902"), check, answer, "2001:db8:77:1::2"))
                .as("the same answer again").isEqualTo(new BookingResult.BotCheckFailed());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking WHERE phone IN ('+4915110009901', "
                + "'+4915110009902')", Integer.class)).isEqualTo(1);
    }

    private int free(LocalDateTime slot) {
        return bookings.slots(YOUTH_OFFICE, slot.toLocalDate()).stream().filter(s -> s.startsAt().equals(slot))
                .findFirst().orElseThrow().free();
    }

    static NewBooking booking(LocalDateTime slot, String phone) {
        return aBooking().at(YOUTH_OFFICE, slot).phone(phone).build();
    }
}
