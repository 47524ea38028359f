package org.kitabruecke.booking;

/**
 * Published in the transaction that stores a booking, delivered through the outbox after the commit. Carries the
 * manage token in clear only so that the confirmation mail can contain the cancel link; deleted once delivered.
 */
public record BookingConfirmed(long bookingId, String manageToken) {
}
