package org.kitabruecke.booking;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** One booking on the staff's day list. */
public record DeskEntry(long id, BookingCode code, LocalDateTime startsAt, LocalDateTime endsAt, BookingStatus status,
                        @Nullable String phone, @Nullable String email, String contactLanguage,
                        @Nullable String interpreterLanguage, @Nullable String topic,
                        @Nullable String helpRequestCode) {
}
