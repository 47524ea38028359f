package org.kitabruecke.request;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The answer of the status lookup. A wrong code and a wrong PIN give the same {@link NotFound}, so that nobody can
 * find out whether a code exists.
 */
public sealed interface StatusLookup {

    /** The state of the request, and the appointment if one was made. */
    record Found(RequestStatus status, @Nullable LocalDateTime appointmentAt) implements StatusLookup {
    }

    /** No request with this code and PIN. */
    record NotFound() implements StatusLookup {
    }

    /** Too many attempts from this device or for this code; try again later. */
    record TooManyAttempts() implements StatusLookup {
    }
}
