package org.kitabruecke.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A mail given up on after its last attempt, as staff see it: which kind, for which request or booking (by its
 * code), how often it was tried, and whether an admin's new attempt is under way. Nothing of the family in it.
 */
public record ParkedMail(long id, MailKind kind, @Nullable Long requestId, @Nullable Long bookingId,
                         @Nullable String reference, int attempts, Instant firstTriedAt, Instant parkedAt,
                         boolean retrying) {
}
