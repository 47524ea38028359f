package org.kitabruecke.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.kitabruecke.CityTime;
import org.kitabruecke.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A place the waiting list held is the parent's like a booking: taking it works after the staff closed the day or
 * deleted the hour meanwhile, and the booking ends when the offer page said (the one end both look up).
 */
@IntegrationTest
@CityTime("2026-12-01T10:30")
@WithMockUser(username = "sozial", roles = "SOCIAL_WORKER")
class HeldPlaceTest {

    static final long WATTENSCHEID = 2L;
    /** No other test books on Sundays: the hour added here is the day's only one. */
    static final LocalDate SUNDAY = LocalDate.of(2026, 12, 20);
    static final LocalDateTime SLOT = SUNDAY.atTime(7, 45);

    @Autowired
    Bookings bookings;

    @Autowired
    HourPlanner planner;

    @Test
    void aHeldPlaceIsBookedAfterItsDayWasClosedOrItsHourDeletedAndEndsAsTheOfferSaid() {
        WeeklyHourEntry hour = planner.save(new WeeklyHourEntry(null, WATTENSCHEID, DayOfWeek.SUNDAY,
                LocalTime.of(7, 0), LocalTime.of(8, 30), 45, 1));
        BookingResult.Booked onClosedDay;
        try {
            assertThat(bookings.heldSlotEnd(WATTENSCHEID, SLOT)).isEqualTo(SUNDAY.atTime(8, 30));
            planner.close(WATTENSCHEID, SUNDAY, "Weihnachtsfeier");
            assertThat(bookings.slots(WATTENSCHEID, SUNDAY)).isEmpty();
            assertThat(bookings.heldSlotEnd(WATTENSCHEID, SLOT)).as("closed since").isEqualTo(SUNDAY.atTime(8, 30));
            onClosedDay = bookings.bookHeld(held("+4915110018001"));
        } finally {
            planner.closures(WATTENSCHEID).stream().filter(closure -> closure.date().equals(SUNDAY))
                    .forEach(closure -> planner.reopen(closure.id()));
            planner.removeWeeklyHour(hour.id());
        }
        assertThat(bookings.heldSlotEnd(WATTENSCHEID, SLOT)).as("no hour starts a slot then: the usual half hour")
                .isEqualTo(SUNDAY.atTime(8, 15));
        BookingResult.Booked withoutHour = bookings.bookHeld(held("+4915110018002"));

        assertThat(bookings.details(onClosedDay.bookingId())).get()
                .extracting(BookingDetails::startsAt, BookingDetails::endsAt)
                .containsExactly(SLOT, SUNDAY.atTime(8, 30));
        assertThat(bookings.details(withoutHour.bookingId())).get()
                .extracting(BookingDetails::startsAt, BookingDetails::endsAt)
                .containsExactly(SLOT, SUNDAY.atTime(8, 15));
    }

    private static NewBooking held(String phone) {
        return NewBookings.aBooking().at(WATTENSCHEID, SLOT).phone(phone).build();
    }
}
