package org.kitabruecke.booking;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A booking as the parent's mails and the cancel page show it. */
public record BookingDetails(long id, BookingCode code, BookingLocation location,
                             LocalDateTime startsAt, LocalDateTime endsAt, BookingStatus status,
                             @Nullable String email, String contactLanguage, String pageLanguage) {
}
