package org.kitabruecke.booking.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.booking.OpenHour;

/** A weekly recurring open consultation hour, e.g. every Tuesday 9:00–12:00 at the youth office. */
@Entity
@Table(name = "consultation_hour")
public class WeeklyHour {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "location_id")
    private @Nullable ConsultationLocation location;

    /** ISO day of week, 1 = Monday. */
    @Column(name = "day_of_week", nullable = false, columnDefinition = "tinyint")
    private int dayOfWeek;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt = LocalTime.MIN;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt = LocalTime.MIN;

    @Column(name = "slot_minutes", nullable = false, columnDefinition = "smallint")
    private int slotMinutes = 30;

    @Column(name = "places_per_slot", nullable = false, columnDefinition = "smallint")
    private int placesPerSlot = 2;

    protected WeeklyHour() {
    }

    public WeeklyHour(ConsultationLocation location) {
        this.location = location;
    }

    /** Sets when the hour is and how it is cut into slots; refuses what cannot be booked sensibly. */
    public void plan(DayOfWeek day, LocalTime from, LocalTime until, int slotMinutes, int placesPerSlot) {
        if (!from.isBefore(until) || slotMinutes < 5 || slotMinutes > 240 || placesPerSlot < 1 || placesPerSlot > 50
                || from.plusMinutes(slotMinutes).isAfter(until)) {
            throw new IllegalArgumentException("Not a bookable hour");
        }
        this.dayOfWeek = day.getValue();
        this.startsAt = from;
        this.endsAt = until;
        this.slotMinutes = slotMinutes;
        this.placesPerSlot = placesPerSlot;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public DayOfWeek dayOfWeek() {
        return DayOfWeek.of(dayOfWeek);
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public LocalTime endsAt() {
        return endsAt;
    }

    public ConsultationLocation location() {
        return Objects.requireNonNull(location, "every hour has a location");
    }

    public int placesPerSlot() {
        return placesPerSlot;
    }

    /** When it is and how it is cut into slots, as plain values for {@link SlotCalendar}. */
    public HourRule rule() {
        return new HourRule(dayOfWeek(), startsAt, endsAt, slotMinutes, placesPerSlot);
    }

    public int slotMinutes() {
        return slotMinutes;
    }

    public boolean isOn(DayOfWeek day) {
        return day.getValue() == dayOfWeek;
    }

    public OpenHour on(LocalDate date) {
        if (date.getDayOfWeek().getValue() != dayOfWeek || location == null) {
            throw new IllegalArgumentException("This hour is on ISO day " + dayOfWeek + ", not on " + date);
        }
        return new OpenHour(location.id(), location.name(), location.street(), location.postcode(), location.city(),
                date, startsAt, endsAt, location.waitingOn(date).orElse(null));
    }
}
