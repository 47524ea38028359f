package org.kitabruecke.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.booking.internal.ClosedDays;
import org.kitabruecke.booking.internal.ConsultationLocation;
import org.kitabruecke.booking.internal.LocationRepository;
import org.kitabruecke.booking.internal.PlaceTranslation;
import org.kitabruecke.booking.internal.WeeklyHour;
import org.kitabruecke.booking.internal.WeeklyHourRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How social workers run the open consultation hour: the weekly hours per place (with slot length and places per
 * slot), closed days, and today's waiting estimate. Existing bookings stay as they are when hours change.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'ADMIN')")
public class HourPlanner {

    private final WeeklyHourRepository hours;
    private final LocationRepository locations;
    private final ClosedDays closedDays;
    private final Clock clock;

    HourPlanner(WeeklyHourRepository hours, LocationRepository locations, ClosedDays closedDays, Clock clock) {
        this.hours = hours;
        this.locations = locations;
        this.closedDays = closedDays;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<LocationEntry> locations() {
        return locations.findAll().stream().sorted(Comparator.comparing(ConsultationLocation::id))
                .map(HourPlanner::entry).toList();
    }

    /** Adds or changes a place; {@link IllegalArgumentException} if the address is incomplete or a rule out of range. */
    public LocationEntry save(LocationEntry entry) {
        ConsultationLocation place = entry.id() == null ? new ConsultationLocation(entry.districtId())
                : locations.findById(entry.id()).orElseThrow();
        place.describe(entry.name(), entry.street(), entry.postcode(), entry.city(), entry.accessibility(),
                entry.directions());
        place.bookingRules(entry.bookingWindowDays(), entry.minimumNoticeMinutes());
        place.translateNotes(entry.translated().entrySet().stream().filter(text -> !text.getKey().equals("de"))
                .collect(Collectors.toMap(Map.Entry::getKey, text -> new PlaceTranslation(
                        text.getValue().accessibility(), text.getValue().directions()))));
        return entry(locations.save(place));
    }

    private static LocationEntry entry(ConsultationLocation place) {
        return new LocationEntry(place.id(), place.name(), place.street(), place.postcode(), place.city(),
                place.districtId(), place.accessibility(), place.directions(), place.bookingWindowDays(),
                place.minimumNoticeMinutes(), translatedNotes(place));
    }

    /** The place's notes in every language it has them in, by language code. */
    static Map<String, PlaceNotes> translatedNotes(ConsultationLocation place) {
        return place.translations().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                text -> new PlaceNotes(text.getKey(), text.getValue().accessibility(), text.getValue().directions())));
    }

    @Transactional(readOnly = true)
    public List<WeeklyHourEntry> weeklyHours(long locationId) {
        return hours.findByLocationId(locationId).stream()
                .sorted(Comparator.comparing(WeeklyHour::dayOfWeek).thenComparing(WeeklyHour::startsAt))
                .map(hour -> new WeeklyHourEntry(hour.id(), locationId, hour.dayOfWeek(), hour.startsAt(),
                        hour.endsAt(), hour.slotMinutes(), hour.placesPerSlot()))
                .toList();
    }

    /** Adds or changes a weekly hour; {@link IllegalArgumentException} if it cannot be booked sensibly. */
    public WeeklyHourEntry save(WeeklyHourEntry entry) {
        WeeklyHour hour = entry.id() == null
                ? new WeeklyHour(locations.findById(entry.locationId()).orElseThrow())
                : hours.findById(entry.id()).orElseThrow();
        hour.plan(entry.day(), entry.from(), entry.until(), entry.slotMinutes(), entry.places());
        WeeklyHour saved = hours.save(hour);
        return new WeeklyHourEntry(saved.id(), entry.locationId(), entry.day(), entry.from(), entry.until(),
                entry.slotMinutes(), entry.places());
    }

    public void removeWeeklyHour(long id) {
        hours.deleteById(id);
    }

    /** Closed days from today on, for one place and for all places. */
    @Transactional(readOnly = true)
    public List<ClosureEntry> closures(long locationId) {
        return closedDays.from(locationId, LocalDate.now(clock));
    }

    /** Closes a day at one place, or at all places ({@code locationId == null}); closing twice changes nothing. */
    public void close(@Nullable Long locationId, LocalDate day, @Nullable String reason) {
        closedDays.close(locationId, day, reason);
    }

    public void reopen(long closureId) {
        closedDays.reopen(closureId);
    }

    /** Today's waiting estimate at a place, shown to parents today only; {@code null} removes it. */
    public void estimateWaitingToday(long locationId, @Nullable Integer minutes) {
        locations.findById(locationId).orElseThrow().estimateWaiting(minutes, LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public @Nullable Integer waitingToday(long locationId) {
        return locations.findById(locationId).orElseThrow().waitingOn(LocalDate.now(clock)).orElse(null);
    }
}
