package org.kitabruecke.booking;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A day without open hours, at one place or ({@code locationId == null}) at all of them. */
public record ClosureEntry(long id, @Nullable Long locationId, LocalDate date, @Nullable String reason) {
}
