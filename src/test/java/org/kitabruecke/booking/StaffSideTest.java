package org.kitabruecke.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.kitabruecke.booking.NewBookings.aBooking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kitabruecke.CityTime;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.TestClock;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.request.HelpRequestsTest;
import org.kitabruecke.request.Receipt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The social workers' side of the consultation hour: day list, attendance, links to requests, hours, closures. */
@IntegrationTest
@CityTime("2026-12-01T10:30")
@WithMockUser(username = "sozial", roles = "SOCIAL_WORKER")
class StaffSideTest {

    static final long WATTENSCHEID = 2L;

    @Autowired
    Bookings bookings;

    @Autowired
    BookingDesk desk;

    @Autowired
    HourPlanner planner;

    @Autowired
    ConsultationHours hours;

    @Autowired
    HelpRequests requests;

    @Autowired
    TestClock clock;

    @Test
    void theDayListShowsWhoComesAndRecordsWhoCameAndWhichRequestItIsAbout() {
        LocalDateTime slot = LocalDateTime.of(2026, 12, 29, 14, 30);
        var booked = (BookingResult.Booked) bookings.book(aBooking().at(WATTENSCHEID, slot).phone("+4915110006001")
                .language("ar", "de").interpreter("ar").topic("Mietschulden").build());
        var cancelled = (BookingResult.Booked) bookings.book(aBooking().at(WATTENSCHEID, slot).phone("+4915110006002")
                .build());
        bookings.cancel(cancelled.manageToken());
        Receipt request = requests.submit(HelpRequestsTest.byPhone("+4915110006001"));

        assertThat(desk.markAttendance(booked.bookingId(), true)).isTrue();
        assertThat(desk.markAttendance(cancelled.bookingId(), true)).as("a cancelled booking stays cancelled").isFalse();
        assertThat(desk.linkToRequest(booked.bookingId(), "kb " + request.code().value().substring(3))).isTrue();
        assertThat(desk.linkToRequest(booked.bookingId(), "KB-222-222")).isFalse();

        assertThat(desk.day(WATTENSCHEID, slot.toLocalDate())).extracting(DeskEntry::code, DeskEntry::status,
                        DeskEntry::interpreterLanguage, DeskEntry::helpRequestCode)
                .containsExactly(
                        tuple(booked.code(), BookingStatus.ATTENDED, "ar",
                                request.code().value()),
                        tuple(cancelled.code(), BookingStatus.CANCELLED, null, null));
    }

    @Test
    void newHoursBecomeBookableAndClosedDaysDoNot() {
        LocalDate saturday = LocalDate.of(2026, 12, 12);
        WeeklyHourEntry added = planner.save(new WeeklyHourEntry(null, WATTENSCHEID, DayOfWeek.SATURDAY,
                LocalTime.of(10, 0), LocalTime.of(11, 0), 20, 3));
        try {
            assertThat(bookings.slots(WATTENSCHEID, saturday)).extracting(Slot::startsAt, Slot::capacity)
                    .containsExactly(
                            tuple(saturday.atTime(10, 0), 3),
                            tuple(saturday.atTime(10, 20), 3),
                            tuple(saturday.atTime(10, 40), 3));
            planner.close(WATTENSCHEID, saturday, "Betriebsausflug");
            planner.close(WATTENSCHEID, saturday, "twice");
            assertThat(bookings.openDays(WATTENSCHEID)).doesNotContain(saturday);
            assertThat(planner.closures(WATTENSCHEID)).filteredOn(c -> c.date().equals(saturday)).hasSize(1);
            assertThatThrownBy(() -> planner.save(new WeeklyHourEntry(added.id(), WATTENSCHEID, DayOfWeek.SATURDAY,
                    LocalTime.of(11, 0), LocalTime.of(10, 0), 20, 3))).isInstanceOf(IllegalArgumentException.class);
        } finally {
            planner.closures(WATTENSCHEID).stream().filter(c -> c.date().equals(saturday))
                    .forEach(c -> planner.reopen(c.id()));
            planner.removeWeeklyHour(added.id());
        }
        assertThat(bookings.slots(WATTENSCHEID, saturday)).isEmpty();
    }

    @Test
    void todaysWaitingEstimateIsShownTodayOnly() {
        planner.estimateWaitingToday(WATTENSCHEID, 20);
        try {
            assertThat(hours.on(LocalDate.of(2026, 12, 1))).filteredOn(h -> h.locationName().contains("Wattenscheid"))
                    .extracting(OpenHour::waitingMinutes).containsOnly(20);
            clock.setCityTime(LocalDateTime.of(2026, 12, 8, 10, 0));
            assertThat(hours.on(LocalDate.of(2026, 12, 8))).extracting(OpenHour::waitingMinutes).containsOnlyNulls();
        } finally {
            clock.setCityTime(LocalDateTime.of(2026, 12, 1, 10, 30));
            planner.estimateWaitingToday(WATTENSCHEID, null);
        }
    }

    @Test
    void aParentReadsHowToGetThereInTheirLanguageOrInGermanMarkedAsGerman() {
        LocationEntry before = planner.locations().stream().filter(p -> p.id() == WATTENSCHEID).findFirst()
                .orElseThrow();
        try {
            planner.save(new LocationEntry(WATTENSCHEID, before.name(), before.street(), before.postcode(),
                    before.city(), before.districtId(), "Erdgeschoss, stufenlos.", "S-Bahn bis Wattenscheid.",
                    before.bookingWindowDays(), before.minimumNoticeMinutes(), Map.of(
                    "uk", new PlaceNotes("uk", "Перший поверх, без сходинок.", "S-Bahn до Wattenscheid."),
                    "fa-AF", new PlaceNotes("fa-AF", "منزل اول، بدون زینه.", null),
                    "ar", new PlaceNotes("ar", " ", ""))));
            BookingLocation place = bookings.location(WATTENSCHEID).orElseThrow();

            assertThat(place.notesIn(Locale.forLanguageTag("uk"))).isEqualTo(
                    new PlaceNotes("uk", "Перший поверх, без сходинок.", "S-Bahn до Wattenscheid."));
            assertThat(place.notesIn(Locale.forLanguageTag("fa-AF")).accessibility()).isEqualTo("منزل اول، بدون زینه.");
            assertThat(place.notesIn(Locale.forLanguageTag("ar")))
                    .as("blank fields are no translation: German, said to be German")
                    .isEqualTo(new PlaceNotes("de", "Erdgeschoss, stufenlos.", "S-Bahn bis Wattenscheid."));
            assertThat(planner.locations().stream().filter(p -> p.id() == WATTENSCHEID).findFirst().orElseThrow()
                    .translated()).containsOnlyKeys("uk", "fa-AF");
        } finally {
            planner.save(before);
        }
    }

    @Test
    void staffSetWhereAndHowFarAheadParentsMayBook() {
        LocationEntry before = planner.locations().stream().filter(p -> p.id() == WATTENSCHEID).findFirst()
                .orElseThrow();
        try {
            planner.save(new LocationEntry(WATTENSCHEID, before.name(), "Marktstraße 5", before.postcode(),
                    before.city(), before.districtId(), "Rampe am Seiteneingang", null, 7, 120, Map.of()));
            assertThat(bookings.location(WATTENSCHEID)).get().extracting(BookingLocation::street,
                    BookingLocation::accessibility, BookingLocation::directions)
                    .containsExactly("Marktstraße 5", "Rampe am Seiteneingang", null);
            assertThat(bookings.lastBookableDay(WATTENSCHEID)).isEqualTo(LocalDate.of(2026, 12, 8));
            assertThat(bookings.openDays(WATTENSCHEID)).allSatisfy(day -> assertThat(day)
                    .isBeforeOrEqualTo(LocalDate.of(2026, 12, 8)));
            assertThat(bookings.book(aBooking().at(WATTENSCHEID, LocalDateTime.of(2026, 12, 1, 12, 0))
                    .phone("+4915110006003").build()))
                    .as("two hours' notice now").isEqualTo(new BookingResult.NotBookable(BookingResult.Reason.TOO_SOON));
            assertThatThrownBy(() -> planner.save(new LocationEntry(WATTENSCHEID, before.name(), before.street(),
                    "4471", before.city(), before.districtId(), null, null, 28, 60, Map.of())))
                    .isInstanceOf(IllegalArgumentException.class);
        } finally {
            planner.save(before);
        }
        assertThat(bookings.lastBookableDay(WATTENSCHEID)).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    @WithMockUser(username = "kita", roles = "KITA_STAFF")
    void kitaStaffCannotSeeOrChangeTheConsultationHour() {
        assertThatThrownBy(() -> desk.day(WATTENSCHEID, LocalDate.of(2026, 12, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> planner.estimateWaitingToday(WATTENSCHEID, 5))
                .isInstanceOf(AccessDeniedException.class);
    }
}
