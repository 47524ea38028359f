package org.kitabruecke.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.kitabruecke.booking.internal.ClosedDays;
import org.kitabruecke.booking.internal.WeeklyHour;
import org.kitabruecke.booking.internal.WeeklyHourRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When and where the open consultation hour takes place: the question a parent asks first ("can I come today?").
 */
@Service
@Transactional(readOnly = true)
public class ConsultationHours {

    /** How far ahead we look for the next open hour; the hours are weekly, so one week always finds one. */
    private static final int DAYS_AHEAD = 8;

    private final WeeklyHourRepository hours;
    private final ClosedDays closedDays;
    private final Clock clock;

    ConsultationHours(WeeklyHourRepository hours, ClosedDays closedDays, Clock clock) {
        this.hours = hours;
        this.closedDays = closedDays;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether an hour has already ended, by the city's clock. */
    public boolean isOver(OpenHour hour) {
        LocalDateTime now = LocalDateTime.now(clock);
        return hour.date().isBefore(now.toLocalDate())
                || hour.date().equals(now.toLocalDate()) && hour.isOver(now.toLocalTime());
    }

    /**
     * Whether the city closed every place on this day (a holiday entered for all locations, such as Christmas):
     * the team does not work then either.
     */
    public boolean isClosedEverywhere(LocalDate date) {
        return closedDays.on(date).all();
    }

    /** All open hours on a day, in time order; includes hours already over. */
    public List<OpenHour> on(LocalDate date) {
        return on(date, hours.findByDayOfWeek(date.getDayOfWeek().getValue()));
    }

    /** The open hours at one place from today on, for the given number of days, in time order. */
    public List<OpenHour> upcomingAt(long locationId, int days) {
        List<WeeklyHour> week = hours.findAll();
        return Stream.iterate(LocalDate.now(clock), day -> day.plusDays(1))
                .limit(days)
                .flatMap(day -> on(day, week).stream())
                .filter(hour -> hour.locationId() == locationId)
                .toList();
    }

    /** The next open hour that has not ended yet, from now on; one query for the whole week. */
    public Optional<OpenHour> next() {
        LocalDateTime now = LocalDateTime.now(clock);
        List<WeeklyHour> week = hours.findAll();
        return Stream.iterate(now.toLocalDate(), day -> day.plusDays(1))
                .limit(DAYS_AHEAD)
                .flatMap(day -> on(day, week).stream())
                .filter(hour -> hour.date().isAfter(now.toLocalDate()) || !hour.isOver(now.toLocalTime()))
                .findFirst();
    }

    /** The hours of a day, without places closed that day (holidays, closures). */
    private List<OpenHour> on(LocalDate date, List<WeeklyHour> candidates) {
        var closed = closedDays.on(date);
        return candidates.stream()
                .filter(hour -> hour.isOn(date.getDayOfWeek()))
                .filter(hour -> !closed.closes(hour.location().id()))
                .map(hour -> hour.on(date))
                .sorted(Comparator.comparing(OpenHour::startsAt).thenComparing(OpenHour::locationName))
                .toList();
    }
}
