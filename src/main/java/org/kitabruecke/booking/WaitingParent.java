package org.kitabruecke.booking;

import java.time.LocalDate;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.contact.EmailAddress;

/** A parent on a full day's waiting list, as the mail confirming the entry needs it. */
public record WaitingParent(long entryId, EmailAddress email, ContactLanguage contactLanguage, String pageLanguage,
                            BookingLocation location, LocalDate day) {
}
