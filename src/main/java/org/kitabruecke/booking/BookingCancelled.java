package org.kitabruecke.booking;

/** Published when a parent cancels a booking; the cancellation mail follows through the outbox. */
public record BookingCancelled(long bookingId) {
}
