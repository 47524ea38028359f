package org.kitabruecke.booking;

/**
 * Published in the transaction that stores a booking, delivered through the outbox after the commit. Carries no
 * secret: the confirmation mail makes its own personal link when it is written ({@link Bookings#newManageLink}),
 * so that no working link waits in the outbox while the mail server is away.
 */
public record BookingConfirmed(long bookingId) {
}
