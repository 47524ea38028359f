package org.kitabruecke.booking;

import java.time.LocalDateTime;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.contact.EmailAddress;

/** A place held for a waiting parent, as the offer mail and the offer page show it. */
public record WaitlistOffer(long entryId, EmailAddress email, ContactLanguage contactLanguage, String pageLanguage,
                            BookingLocation location, LocalDateTime slot, LocalDateTime slotEnds,
                            LocalDateTime holdUntil) {
}
