package org.kitabruecke.booking;

import java.time.LocalDate;

/** A parent on a full day's waiting list, as the mail confirming the entry needs it. */
public record WaitingParent(long entryId, String email, String contactLanguage, String pageLanguage,
                            BookingLocation location, LocalDate day) {
}
