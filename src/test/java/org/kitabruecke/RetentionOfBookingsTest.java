package org.kitabruecke;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.kitabruecke.booking.BookingRetention;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Bookings and waiting-list entries have a maximum life too (decision 0015; requests in
 * {@link RetentionForEveryRecordTest}): the nightly jobs leave them alone just before and forget them just after.
 */
@IntegrationTest
@CityTime(NightlyRetention.JANUARY_2025)
@WithMockUser(username = "sozial", roles = {"SOCIAL_WORKER", "ADMIN"})
class RetentionOfBookingsTest extends NightlyRetention {

    @Autowired
    BookingRetention bookingRetention;

    @Test
    void aBookingFarAheadThatWasCancelledIsForgottenAMonthAfterTheCancellation() {
        jdbc.update("""
                INSERT INTO booking (booking_code, location_id, starts_at, ends_at, status, phone, email,
                  contact_language, page_language, topic, created_at, cancelled_at)
                VALUES ('TB-RET-015', 1, '2025-06-02 09:00:00', '2025-06-02 09:30:00', 'CANCELLED', '+4915112340005',
                  'weit@example.org', 'de', 'de', 'Kita-Platz', ?, ?)""", at(JAN_2025), at(JAN_2025.plusDays(1)));
        long id = jdbc.queryForObject("SELECT id FROM booking WHERE booking_code = 'TB-RET-015'", Long.class);
        jdbc.update("INSERT INTO booking_link (token_hash, booking_id, created_at) VALUES (?, ?, ?)",
                "f".repeat(63) + "5", id, at(JAN_2025));

        clock.setCityTime(justBefore(JAN_2025, 31));
        assertThat(bookingRetention.dueWithin(Duration.ofDays(14))).extracting(BookingRetention.Due::code)
                .contains("TB-RET-015");
        nightly();
        assertThat(booking()).containsEntry("phone", "+4915112340005").containsEntry("topic", "Kita-Platz");

        clock.setCityTime(justAfter(JAN_2025, 31));
        nightly();
        assertThat(booking()).containsEntry("phone", null).containsEntry("email", null).containsEntry("topic", null)
                .containsEntry("status", "CANCELLED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking_link WHERE booking_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void aWaitingListEntryIsDeletedAMonthAfterItWasMadeEvenForADayFarAhead() {
        jdbc.update("""
                INSERT INTO waitlist_entry (location_id, wanted_on, email, contact_language, page_language, status,
                  created_at) VALUES (1, '2025-04-01', 'warte@example.org', 'tr', 'tr', 'WAITING', ?)""",
                at(JAN_2025));
        Supplier<Integer> entries = () -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM waitlist_entry WHERE email = 'warte@example.org'", Integer.class);

        clock.setCityTime(justBefore(JAN_2025, 30));
        assertThat(bookingRetention.dueWithin(Duration.ofDays(14))).anyMatch(BookingRetention.Due::waitlist);
        nightly();
        assertThat(entries.get()).isEqualTo(1);

        clock.setCityTime(justAfter(JAN_2025, 30));
        assertThat(bookingRetention.forgetDue().waitlist()).isGreaterThanOrEqualTo(1);
        assertThat(entries.get()).isZero();
    }

    private Map<String, Object> booking() {
        return jdbc.queryForMap("SELECT phone, email, topic, status FROM booking WHERE booking_code = 'TB-RET-015'");
    }
}
