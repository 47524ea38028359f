package org.kitabruecke.booking;

import java.time.LocalDateTime;

/** A place held for a waiting parent, as the offer mail and the offer page show it. */
public record WaitlistOffer(long entryId, String email, String contactLanguage, String pageLanguage,
                            BookingLocation location, LocalDateTime slot, LocalDateTime slotEnds,
                            LocalDateTime holdUntil) {
}
