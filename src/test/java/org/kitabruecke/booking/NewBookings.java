package org.kitabruecke.booking;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.contact.PhoneNumber;

/**
 * Bookings as tests make them: {@code aBooking().at(location, slot).phone("+49…").build()}, in German unless a test
 * says otherwise, without interpreter or topic.
 */
public final class NewBookings {

    private long locationId;
    private @Nullable LocalDateTime startsAt;
    private @Nullable PhoneNumber phone;
    private @Nullable EmailAddress email;
    private String contactLanguage = "de";
    private String pageLanguage = "de";
    private @Nullable String interpreterLanguage;
    private @Nullable String topic;

    private NewBookings() {
    }

    public static NewBookings aBooking() {
        return new NewBookings();
    }

    public NewBookings at(long locationId, LocalDateTime startsAt) {
        this.locationId = locationId;
        this.startsAt = startsAt;
        return this;
    }

    public NewBookings phone(@Nullable String e164) {
        this.phone = e164 == null ? null : new PhoneNumber(e164);
        return this;
    }

    public NewBookings email(@Nullable String address) {
        this.email = address == null ? null : new EmailAddress(address);
        return this;
    }

    /** The language to talk in and the one the page was read in. */
    public NewBookings language(String contact, String page) {
        this.contactLanguage = contact;
        this.pageLanguage = page;
        return this;
    }

    public NewBookings interpreter(String language) {
        this.interpreterLanguage = language;
        return this;
    }

    public NewBookings topic(String topic) {
        this.topic = topic;
        return this;
    }

    public NewBooking build() {
        if (startsAt == null) {
            throw new IllegalStateException("A booking needs a place and a slot: at(location, slot)");
        }
        return new NewBooking(locationId, startsAt, phone, email, ContactLanguage.of(contactLanguage), pageLanguage,
                interpreterLanguage, topic);
    }
}
