package org.kitabruecke.booking;

import java.time.LocalDateTime;

/** What became of an attempt to book. */
public sealed interface BookingResult {

    /**
     * Booked. The {@code manageToken} is the secret part of the parent's cancel/rebook link; it is shown and mailed
     * once and stored only as a hash.
     */
    record Booked(long bookingId, BookingCode code, String manageToken, LocalDateTime startsAt)
            implements BookingResult {
    }

    /** The browser did not solve the bot check (see {@code request.BotCheck}); nothing was booked. */
    record BotCheckFailed() implements BookingResult {
    }

    /** Too many bookings from this connection lately; nothing was booked. */
    record TooManyRequests() implements BookingResult {
    }

    /** Someone else took the last place a moment ago. */
    record SlotFull() implements BookingResult {
    }

    /** Not a time that can be booked (any more): in the past, too soon, beyond the window, closed, no such slot. */
    record NotBookable(Reason reason) implements BookingResult {
    }

    enum Reason { PAST, TOO_SOON, BEYOND_WINDOW, CLOSED, NO_SUCH_SLOT }
}
