package org.kitabruecke.booking;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.contact.EmailAddress;

/** A booking as the parent's mails and the cancel page show it. */
public record BookingDetails(long id, BookingCode code, BookingLocation location,
                             LocalDateTime startsAt, LocalDateTime endsAt, BookingStatus status,
                             @Nullable EmailAddress email, ContactLanguage contactLanguage, String pageLanguage) {
}
