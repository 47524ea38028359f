package org.kitabruecke.booking;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.contact.PhoneNumber;

/** One booking on the staff's day list. */
public record DeskEntry(long id, BookingCode code, LocalDateTime startsAt, LocalDateTime endsAt, BookingStatus status,
                        @Nullable PhoneNumber phone, @Nullable EmailAddress email, ContactLanguage contactLanguage,
                        @Nullable String interpreterLanguage, @Nullable String topic,
                        @Nullable String helpRequestCode) {
}
