package org.kitabruecke.notification.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The team's digest of {@code day} is due, covering requests received in {@code [since, until)}; published by
 * {@link TeamDigestJob} with the row that marks the day done, delivered through the outbox like every mail.
 */
public record TeamDigestDue(LocalDate day, Instant since, Instant until) {
}
