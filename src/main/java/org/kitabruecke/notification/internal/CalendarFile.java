package org.kitabruecke.notification.internal;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.kitabruecke.booking.BookingDetails;

/**
 * The calendar file (.ics, RFC 5545/5546) that goes with a booking mail: an invitation ({@code METHOD:REQUEST}) or
 * its cancellation ({@code METHOD:CANCEL}) with the same UID, so that calendar apps update the entry. Times carry
 * the city's time zone (the clock's, e.g. Europe/Berlin) with its VTIMEZONE definition, from ical4j's bundled data, never the net.
 */
final class CalendarFile {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private CalendarFile() {
    }

    /** The invitation for a booking. */
    static String invitation(BookingDetails booking, ZoneId city, String summary, String description,
                             String organizer, String attendee) {
        return calendar(booking, city, summary, description, organizer, attendee, false);
    }

    /** The cancellation of the same entry. */
    static String cancellation(BookingDetails booking, ZoneId city, String summary, String organizer,
                               String attendee) {
        return calendar(booking, city, summary, "", organizer, attendee, true);
    }

    /** One UID per booking, stable across invitation and cancellation. */
    static String uid(BookingDetails booking) {
        return "booking-" + booking.code().value() + "@kitabruecke";
    }

    private static String calendar(BookingDetails booking, ZoneId city, String summary, String description,
                                   String organizer, String attendee, boolean cancelled) {
        TimeZone zone = ZONES.getTimeZone(city.getId());
        ZonedDateTime start = booking.startsAt().atZone(zone.toZoneId());
        ZonedDateTime end = booking.endsAt().atZone(zone.toZoneId());
        var event = new VEvent(start, end, summary);
        event.add(new Uid(uid(booking)));
        event.add(new Sequence(cancelled ? 1 : 0));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Location(booking.location().name() + ", " + booking.location().address().oneLine()));
        if (!description.isBlank()) {
            event.add(new Description(description));
        }
        event.add(new Organizer("mailto:" + organizer));
        event.add(new Attendee("mailto:" + attendee));
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Kita-Bruecke//Offene Sprechstunde//DE"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(zone.getVTimeZone());
        calendar.add(event);
        return calendar.toString();
    }
}
