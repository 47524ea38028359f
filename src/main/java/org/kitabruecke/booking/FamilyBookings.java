package org.kitabruecke.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.contact.PhoneNumber;

/**
 * What the booking module holds of one family (Art. 15 GDPR): their bookings and waiting-list entries, found by
 * booking code, e-mail address, phone number or the help requests they are linked to. Anonymised bookings are
 * not part of it — nothing of the family is left in them.
 */
public record FamilyBookings(List<Booked> bookings, List<Waiting> waiting) {

    public boolean isEmpty() {
        return bookings.isEmpty() && waiting.isEmpty();
    }

    /** One booking as it is stored, with the family's contacts and their words. */
    public record Booked(long id, BookingCode code, String location, LocalDateTime startsAt, LocalDateTime endsAt,
                         BookingStatus status, @Nullable PhoneNumber phone, @Nullable EmailAddress email,
                         ContactLanguage contactLanguage, @Nullable String interpreterLanguage, @Nullable String topic,
                         @Nullable Long helpRequestId, Instant bookedAt, @Nullable Instant cancelledAt) {
    }

    /** One waiting-list entry: the day wanted, where, the address, and an offer if one was made. */
    public record Waiting(long id, long locationId, String location, LocalDate wantedOn, EmailAddress email,
                          ContactLanguage contactLanguage, String status, @Nullable LocalDateTime offeredSlot,
                          Instant joinedAt) {
    }
}
