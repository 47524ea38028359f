package org.kitabruecke.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kitabruecke.booking.BookingResult;
import org.kitabruecke.booking.Slot;

/**
 * The slot calendar without a database: fixed examples around the clock changes in Berlin, and properties checked
 * over many generated weeks (holidays, closures of one place, places taken, clock changes), each from a fixed seed.
 */
class SlotCalendarTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final long PLACE = 1L;
    static final long OTHER_PLACE = 2L;
    static final int WEEKS = 400;

    /** Summer time starts on 28 March 2027 (2:00 becomes 3:00) and ends on 31 October 2027 (3:00 becomes 2:00). */
    static final LocalDate SPRING_SUNDAY = LocalDate.of(2027, 3, 28);
    static final LocalDate AUTUMN_SUNDAY = LocalDate.of(2027, 10, 31);

    @Test
    void aNineOClockSlotStaysAtNineWhenTheClocksChange() {
        var monday = new HourRule(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0), 30, 2);
        for (LocalDate sunday : List.of(SPRING_SUNDAY, AUTUMN_SUNDAY)) {
            LocalDate before = sunday.minusDays(6);
            LocalDate after = sunday.plusDays(1);
            var calendar = calendar(List.of(monday), Set.of(), before.minusDays(1).atTime(10, 0), 0, 28);
            List<Slot> slots = calendar.slots(before, after.plusDays(1), Map.of());

            assertThat(slots).extracting(Slot::startsAt, Slot::endsAt).containsExactly(
                    tuple(before.atTime(9, 0), before.atTime(9, 30)), tuple(before.atTime(9, 30), before.atTime(10, 0)),
                    tuple(after.atTime(9, 0), after.atTime(9, 30)), tuple(after.atTime(9, 30), after.atTime(10, 0)));
            assertThat(slots.getFirst().startsAt().atZone(BERLIN).getOffset())
                    .as("the wall clock kept the hour, the real time moved")
                    .isNotEqualTo(slots.getLast().startsAt().atZone(BERLIN).getOffset());
        }
    }

    @Test
    void theNoticeIsRealTimeWhenTheClocksGoForward() {
        // Saturday 9:30 winter time plus 24 hours is Sunday 10:30 summer time, not 9:30
        var sunday = new HourRule(DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), 30, 2);
        var calendar = calendar(List.of(sunday), Set.of(), SPRING_SUNDAY.minusDays(1).atTime(9, 30), 24 * 60, 28);

        assertThat(calendar.refusal(SPRING_SUNDAY.atTime(10, 0))).contains(BookingResult.Reason.TOO_SOON);
        assertThat(calendar.refusal(SPRING_SUNDAY.atTime(10, 30))).isEmpty();
        assertThat(calendar.slots(SPRING_SUNDAY, SPRING_SUNDAY.plusDays(1), Map.of())).first()
                .extracting(Slot::startsAt).isEqualTo(SPRING_SUNDAY.atTime(10, 30));
        assertThat(calendar.window().lastMomentFor(SPRING_SUNDAY.atTime(10, 0)))
                .isEqualTo(SPRING_SUNDAY.minusDays(1).atTime(9, 0));
    }

    @Test
    void theNoticeIsRealTimeWhenTheClocksGoBack() {
        // Saturday 10:30 summer time plus 24 hours is Sunday 9:30 winter time, not 10:30
        var sunday = new HourRule(DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), 30, 2);
        var calendar = calendar(List.of(sunday), Set.of(), AUTUMN_SUNDAY.minusDays(1).atTime(10, 30), 24 * 60, 28);

        assertThat(calendar.refusal(AUTUMN_SUNDAY.minusDays(1).atTime(9, 0))).contains(BookingResult.Reason.PAST);
        assertThat(calendar.refusal(AUTUMN_SUNDAY.atTime(9, 0))).contains(BookingResult.Reason.TOO_SOON);
        assertThat(calendar.slots(AUTUMN_SUNDAY, AUTUMN_SUNDAY.plusDays(1), Map.of())).first()
                .extracting(Slot::startsAt).isEqualTo(AUTUMN_SUNDAY.atTime(9, 30));
    }

    @Test
    void eachRefusalHasItsReason() {
        var tuesday = new HourRule(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), 30, 2);
        LocalDate today = LocalDate.of(2026, 12, 1);
        var calendar = calendar(List.of(tuesday), Set.of(today.plusDays(7)), today.atTime(10, 30), 60, 14);

        assertThat(calendar.refusal(today.atTime(10, 0))).contains(BookingResult.Reason.PAST);
        assertThat(calendar.refusal(today.atTime(11, 0))).contains(BookingResult.Reason.TOO_SOON);
        assertThat(calendar.refusal(today.atTime(11, 30))).isEmpty();
        assertThat(calendar.refusal(today.plusDays(7).atTime(9, 0))).contains(BookingResult.Reason.CLOSED);
        assertThat(calendar.refusal(today.plusDays(14).atTime(9, 0))).isEmpty();
        assertThat(calendar.refusal(today.plusDays(21).atTime(9, 0))).contains(BookingResult.Reason.BEYOND_WINDOW);
        assertThat(calendar.refusal(today.plusDays(14).atTime(9, 10))).contains(BookingResult.Reason.NO_SUCH_SLOT);
        assertThat(calendar.refusal(today.plusDays(13).atTime(9, 0))).contains(BookingResult.Reason.NO_SUCH_SLOT);
    }

    @Test
    void aHeldSlotEndsAsItsHourSaysEvenWhenClosedOrTooSoonAndAfterHalfAnHourWhenItsHourIsGone() {
        var tuesday = new HourRule(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), 45, 2);
        LocalDate today = LocalDate.of(2026, 12, 1);
        var calendar = calendar(List.of(tuesday), Set.of(today.plusDays(7)), today.atTime(10, 30), 60, 14);
        var hourDeleted = calendar(List.of(), Set.of(), today.atTime(10, 30), 60, 14);

        assertThat(calendar.endOf(today.plusDays(7).atTime(9, 45))).as("closed since")
                .isEqualTo(today.plusDays(7).atTime(10, 30));
        assertThat(calendar.endOf(today.atTime(10, 30))).as("too soon by now").isEqualTo(today.atTime(11, 15));
        assertThat(hourDeleted.endOf(today.plusDays(7).atTime(9, 45))).isEqualTo(today.plusDays(7).atTime(10, 15));
    }

    @Test
    void slotsAreSortedEndWithinTheirHourAndLieBetweenNowPlusNoticeAndTheWindowsEnd() {
        for (int seed = 0; seed < WEEKS; seed++) {
            var week = GeneratedWeek.from(new Random(seed));
            var calendar = week.calendarOf(PLACE);
            List<Slot> slots = calendar.slots(week.from, week.until, week.taken);
            String which = "seed " + seed;

            assertThat(slots).as(which).isSortedAccordingTo(Comparator.comparing(Slot::startsAt));
            for (Slot slot : slots) {
                assertThat(slot.locationId()).as(which).isEqualTo(PLACE);
                assertThat(week.hours).as(which + ": " + slot + " ends within an hour of its day").anyMatch(hour ->
                        hour.day() == slot.startsAt().getDayOfWeek()
                                && slot.endsAt().toLocalDate().equals(slot.startsAt().toLocalDate())
                                && !slot.startsAt().toLocalTime().isBefore(hour.from())
                                && !slot.endsAt().toLocalTime().isAfter(hour.until())
                                && slot.endsAt().isAfter(slot.startsAt()));
                assertThat(Duration.between(week.now, slot.startsAt().atZone(BERLIN))).as(which + ": " + slot)
                        .isGreaterThanOrEqualTo(week.notice);
                assertThat(slot.startsAt().toLocalDate()).as(which).isBetween(week.from, week.until.minusDays(1))
                        .isBeforeOrEqualTo(week.now.toLocalDate().plusDays(week.windowDays));
                assertThat(slot.free()).as(which).isBetween(0, slot.capacity());
                assertThat(slot.free()).as(which)
                        .isEqualTo(Math.max(0, slot.capacity() - week.taken.getOrDefault(slot.startsAt(), 0)));
            }
        }
    }

    @Test
    void holidaysCloseEveryPlaceAndAPlacesClosureOnlyThatPlace() {
        for (int seed = 0; seed < WEEKS; seed++) {
            var week = GeneratedWeek.from(new Random(seed));
            List<Slot> here = week.calendarOf(PLACE).slots(week.from, week.until, week.taken);
            List<Slot> there = week.calendarOf(OTHER_PLACE).slots(week.from, week.until, week.taken);
            String which = "seed " + seed;

            assertThat(here).as(which).noneMatch(slot -> week.holidays.contains(slot.startsAt().toLocalDate())
                    || week.closures.get(PLACE).contains(slot.startsAt().toLocalDate()));
            assertThat(there).as(which).noneMatch(slot -> week.holidays.contains(slot.startsAt().toLocalDate())
                    || week.closures.get(OTHER_PLACE).contains(slot.startsAt().toLocalDate()));
            Set<LocalDateTime> closedOnlyThere = new HashSet<>();
            there.forEach(slot -> closedOnlyThere.add(slot.startsAt()));
            here.forEach(slot -> closedOnlyThere.remove(slot.startsAt()));
            assertThat(closedOnlyThere).as(which + ": open there, closed here only by this place's closure")
                    .allMatch(start -> week.closures.get(PLACE).contains(start.toLocalDate()));
        }
    }

    @Test
    void aTimeIsRefusedExactlyWhenItIsNotAmongTheSlots() {
        for (int seed = 0; seed < WEEKS; seed++) {
            var week = GeneratedWeek.from(new Random(seed));
            var calendar = week.calendarOf(PLACE);
            Set<LocalDateTime> starts = new HashSet<>();
            calendar.slots(week.from, week.until, Map.of()).forEach(slot -> starts.add(slot.startsAt()));
            for (LocalDateTime time = week.from.atStartOfDay(); time.isBefore(week.until.atStartOfDay());
                 time = time.plusMinutes(5)) {
                Optional<BookingResult.Reason> refusal = calendar.refusal(time);
                assertThat(refusal.isEmpty()).as("seed " + seed + ": " + time + " " + refusal)
                        .isEqualTo(starts.contains(time));
                if (refusal.isEmpty()) {
                    assertThat(calendar.endOf(time)).as("seed " + seed)
                            .isEqualTo(time.plusMinutes(calendar.hourAt(time).orElseThrow().slotMinutes()));
                }
            }
        }
    }

    private static SlotCalendar calendar(List<HourRule> hours, Set<LocalDate> closed, LocalDateTime now,
                                         int noticeMinutes, int windowDays) {
        return new SlotCalendar(PLACE, hours, closed,
                new BookingWindow(now.atZone(BERLIN), Duration.ofMinutes(noticeMinutes), windowDays));
    }

    /**
     * Two places' hours, holidays, each place's closures and places taken, around a week that is often one with a
     * clock change; "now" somewhere in the days before it, at any minute.
     */
    record GeneratedWeek(List<HourRule> hours, Set<LocalDate> holidays, Map<Long, Set<LocalDate>> closures,
                         Map<LocalDateTime, Integer> taken, ZonedDateTime now, Duration notice, int windowDays,
                         LocalDate from, LocalDate until) {

        static final int[] SLOT_MINUTES = {5, 10, 15, 20, 30, 45, 60, 90};

        static GeneratedWeek from(Random random) {
            int year = 2026 + random.nextInt(5);
            LocalDate sunday = switch (random.nextInt(3)) {
                case 0 -> LocalDate.of(year, 3, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
                case 1 -> LocalDate.of(year, 10, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
                default -> LocalDate.of(year, 1, 4).plusWeeks(random.nextInt(50)).with(DayOfWeek.SUNDAY);
            };
            ZonedDateTime now = sunday.minusDays(random.nextInt(4)).atStartOfDay(BERLIN)
                    .plusMinutes(random.nextInt(24 * 60));
            LocalDate from = now.toLocalDate().minusDays(random.nextInt(3));
            LocalDate until = from.plusDays(2 + random.nextInt(20));
            List<HourRule> hours = new ArrayList<>();
            for (int n = random.nextInt(5); n >= 0; n--) {
                int slotMinutes = SLOT_MINUTES[random.nextInt(SLOT_MINUTES.length)];
                LocalTime start = LocalTime.of(random.nextInt(24), 5 * random.nextInt(12));
                LocalTime end = start.plusMinutes(slotMinutes * (1 + random.nextInt(6)) + random.nextInt(slotMinutes));
                hours.add(new HourRule(DayOfWeek.of(1 + random.nextInt(7)), start,
                        end.isBefore(start) ? LocalTime.MAX : end, slotMinutes, 1 + random.nextInt(5)));
            }
            Set<LocalDate> holidays = days(random, from, until);
            Map<Long, Set<LocalDate>> closures = Map.of(PLACE, days(random, from, until),
                    OTHER_PLACE, days(random, from, until));
            Map<LocalDateTime, Integer> taken = new HashMap<>();
            for (HourRule hour : hours) {
                for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
                    for (LocalTime start : hour.slotStarts()) {
                        if (random.nextInt(3) == 0) {
                            taken.put(day.atTime(start), random.nextInt(hour.placesPerSlot() + 3));
                        }
                    }
                }
            }
            return new GeneratedWeek(List.copyOf(hours), holidays, closures, taken, now,
                    Duration.ofMinutes(random.nextInt(3) == 0 ? 0 : random.nextInt(3 * 24 * 60)),
                    1 + random.nextInt(21), from, until);
        }

        private static Set<LocalDate> days(Random random, LocalDate from, LocalDate until) {
            Set<LocalDate> days = new HashSet<>();
            for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
                if (random.nextInt(6) == 0) {
                    days.add(day);
                }
            }
            return days;
        }

        /** As the database hands it over: the place's own closed days and the holidays. */
        SlotCalendar calendarOf(long place) {
            Set<LocalDate> closed = new HashSet<>(holidays);
            closed.addAll(closures.get(place));
            return new SlotCalendar(place, hours, closed, new BookingWindow(now, notice, windowDays));
        }
    }
}
