package org.kitabruecke.booking;

import java.time.LocalDateTime;

/**
 * Published inside the transaction of a cancellation: a place of a slot is free again. The waiting list either holds
 * it for the first waiting parent or gives it back to everyone. Handled synchronously, never through the outbox.
 */
record PlaceFreed(long locationId, LocalDateTime slot) {
}
