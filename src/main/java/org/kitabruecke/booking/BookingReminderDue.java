package org.kitabruecke.booking;

/**
 * Published the day before an appointment, in the transaction that marks the booking as reminded: the reminder mail
 * goes out exactly once, through the outbox. The mail makes a fresh personal link when it is written.
 */
public record BookingReminderDue(long bookingId) {
}
